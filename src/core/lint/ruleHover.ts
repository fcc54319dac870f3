/**
 * The hover over a front-matter key or value of a generator that has front-matter rules (generator.ts): the
 * key's documentation from the generator's table, and what the generator adds (dates, status, URL).
 */
import { entryAt } from './frontMatterHover';
import { scanAnyFrontMatter } from './frontMatterTomlScan';
import type { FrontMatterKey } from './frontMatterKeys';
import type { TextRange } from './frontMatterScan';
import type { FrontMatterRules, KeyHoverFacts } from '../generators/frontMatterRules';
import type { PostContext, PostInfo } from '../post';

export interface RuleHoverFacts extends KeyHoverFacts {
  /** Dotted key path, as written. */
  readonly key: string;
  readonly range: TextRange;
  readonly doc: FrontMatterKey | undefined;
  /** The post's URL, on keys that make it (undefined when the generator gives the post none). */
  readonly url: string | undefined;
}

/** The table entry of a dotted key, in any case when the generator matches keys so. */
export function ruleKeyInfo(table: readonly FrontMatterKey[], key: string, caseInsensitive: boolean): FrontMatterKey | undefined {
  return caseInsensitive ? table.find((k) => k.key.toLowerCase() === key.toLowerCase()) : table.find((k) => k.key === key);
}

export function ruleHoverFacts(text: string, line: number, character: number, info: PostInfo, ctx: PostContext, rules: FrontMatterRules): RuleHoverFacts | undefined {
  const scan = scanAnyFrontMatter(text);
  const hit = scan === undefined ? undefined : entryAt(scan, line, character);
  if (hit === undefined) return undefined;
  const key = [...hit.entry.parents, hit.entry.key].join('.');
  const facts = rules.hover({ entry: hit.entry, text, info, ctx });
  return { ...facts, key, range: hit.range, doc: ruleKeyInfo(rules.keyDocs(ctx.config), key, rules.caseInsensitiveKeys), url: facts.makesUrl ? info.url : undefined };
}
