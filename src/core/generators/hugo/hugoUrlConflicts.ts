/**
 * Two pages Hugo writes to the same file: plain `hugo` (0.111) writes one over the other without a word, and
 * `hugo --printPathWarnings` lists the path ("Duplicate target paths: /x/index.html (2)"). A warning on each page,
 * at its `url` or `slug` line when it has one (what usually made the clash), else at the front matter's first line.
 */
import { lintMessage } from '../../lint/lintMessages';
import { destinationOf } from '../../lint/postKeys';
import type { BodyCheckInput } from '../generatorInputs';
import type { LintFinding } from '../../lint/lintTypes';

export function hugoUrlConflicts(input: BodyCheckInput): LintFinding[] {
  const { info, text } = input;
  if (!info.willPublish || info.url === undefined) return [];
  const destination = destinationOf(info.url);
  const others = (input.pages.postsByDestination?.get(destination) ?? []).filter((p) => p !== input.path);
  if (others.length === 0) return [];
  const lines = text.split('\n', (info.frontMatterLines?.end ?? 0) + 1);
  const keyLine = (key: string): number => lines.findIndex((l) => new RegExp(`^${key}\\s*[:=]`, 'i').test(l));
  const at = Math.max(0, keyLine('url') >= 0 ? keyLine('url') : keyLine('slug'));
  const range = { line: at, startChar: 0, endChar: Math.max(1, (lines[at] ?? '').trimEnd().length) };
  const args = [destination, others.join(', ')];
  return [{ range, severity: 'warning', code: 'hugo.urlConflict', args, message: lintMessage('hugo.urlConflict', args), fixes: [] }];
}
