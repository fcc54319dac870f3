/**
 * The lint of a file that is no post but whose text the build parses (Generator.parsedFiles): only the generator's
 * checks of what stops the build in it (Generator.checkParsedFile), with the file read as a post would be.
 */
import { analyzePost } from '../analyzePost';
import { indexReadOptions } from '../postRead';
import { generatorOf } from '../generators/generators';
import type { LintFinding, SitePages } from './lintTypes';
import type { PostContext } from '../post';

export interface ParsedFileInput {
  /** Site-relative. */
  readonly path: string;
  readonly text: string;
  readonly ctx: PostContext;
  readonly pages: SitePages;
}

export function lintParsedFile(input: ParsedFileInput): readonly LintFinding[] {
  const check = generatorOf(input.ctx.config).checkParsedFile;
  if (check === undefined) return [];
  const info = analyzePost({ path: input.path, text: input.text, mtimeMs: input.ctx.nowMs }, input.ctx, indexReadOptions);
  if (info.status === 'invalid') return [];
  return check({ path: input.path, text: input.text, info, config: input.ctx.config, pages: input.pages });
}
