/**
 * Findings about the category and tag names a post writes: commas (Jekyll splits on spaces) and spellings
 * that differ from a name the rest of the site already uses only in case, spacing, width or Unicode form.
 */
import { looseNameKey, rubySplit } from '../taxonomy';
import { lintMessage, formatMessage, FIX_MESSAGES } from './lintMessages';
import { topEntry } from './frontMatterScan';
import type { FrontMatterScan, ScannedEntry, ScannedValue, TextRange } from './frontMatterScan';
import type { LintFinding, LintFix, NameIndex } from './lintTypes';

/** A name the post writes and the characters that spell it. */
interface WrittenName {
  readonly name: string;
  readonly range: TextRange;
  /** The item or scalar it was read from, for fixes that rewrite it whole. */
  readonly source: ScannedValue;
  readonly inBlockList: boolean;
}

/** Counts of the names the saved copy of this post adds to the site, to leave it out of "elsewhere". */
export type OwnNames = { readonly categories: readonly string[]; readonly tags: readonly string[] };

/** Builds the loose-spelling index of a count map (once per site change, not per keystroke). */
export function nameIndex(counts: ReadonlyMap<string, number>): NameIndex {
  const byLoose = new Map<string, string[]>();
  for (const name of counts.keys()) {
    const key = looseNameKey(name);
    const list = byLoose.get(key);
    if (list) list.push(name);
    else byLoose.set(key, [name]);
  }
  return { counts, byLoose };
}

/** Writes a name as a YAML plain scalar when that reads back the same, else double-quoted. */
export function yamlScalar(name: string): string {
  const plain = /^[^\s\-?:,[\]{}#&*!|>'"%@`][^:#,[\]{}]*$/.test(name) && !/\s$/.test(name) && !/^(yes|no|on|off|true|false|null|~|y|n)$/i.test(name);
  return plain && !/^[\d.+-]/.test(name) ? name : JSON.stringify(name);
}

function fix(code: keyof typeof FIX_MESSAGES, args: string[], edits: LintFix['edits']): LintFix {
  return { code, args, title: formatMessage(FIX_MESSAGES[code], args), edits };
}

function writtenNames(entry: ScannedEntry, split: boolean): WrittenName[] {
  const out: WrittenName[] = [];
  for (const item of entry.items ?? []) out.push({ name: item.text, range: item.range, source: item, inBlockList: !entry.flow });
  const v = entry.value;
  if (v === undefined) return out;
  if (!split || (v.quoted && v.text.length !== v.range.endChar - v.range.startChar - 2)) {
    out.push({ name: v.text, range: v.range, source: v, inBlockList: false });
    return out;
  }
  // A space-separated string: each word is a name at its own characters.
  const offset = v.range.startChar + (v.quoted ? 1 : 0);
  for (const m of v.text.matchAll(/[^ \t\n\v\f\r]+/g)) {
    const start = offset + (m.index ?? 0);
    out.push({ name: m[0], range: { line: v.range.line, startChar: start, endChar: start + m[0].length }, source: v, inBlockList: false });
  }
  return out;
}

function commaFix(entry: ScannedEntry, w: WrittenName, lines: readonly string[], splitWords: boolean): LintFix | undefined {
  const source = w.source;
  const parts = (splitWords ? rubySplit(source.text.replace(/,/g, ' ')) : source.text.split(',').map((p) => p.trim())).filter((p) => p !== '');
  if (parts.length < 2) return undefined;
  const shown = parts.map((p) => JSON.stringify(p)).join(', ');
  if (entry.value === source) {
    // `tags: a, b` (split on spaces) becomes `a b`; a singular key, which Jekyll does not split, becomes a list.
    const newText = splitWords && parts.every((p) => yamlScalar(p) === p) ? parts.join(' ') : `[${parts.map(yamlScalar).join(', ')}]`;
    return fix('fix.split', [shown], [{ range: source.range, newText }]);
  }
  if (w.inBlockList) {
    const line = lines[source.range.line] ?? '';
    const prefix = /^( *- *)/.exec(line)?.[1] ?? '- ';
    return fix('fix.split', [shown], [{ range: source.range, newText: parts.map(yamlScalar).join(`\n${prefix}`) }]);
  }
  return fix('fix.split', [shown], [{ range: source.range, newText: parts.map(yamlScalar).join(', ') }]);
}

function variantFinding(kind: 'tag' | 'category', w: WrittenName, index: NameIndex, own: readonly string[]): LintFinding | undefined {
  const ownCount = (n: string): number => own.filter((o) => o === n).length;
  const count = (n: string): number => (index.counts.get(n) ?? 0) - ownCount(n);
  const candidates = index.byLoose.get(looseNameKey(w.name)) ?? [];
  let best: string | undefined;
  for (const c of candidates) if (c !== w.name && count(c) > 0 && (best === undefined || count(c) > count(best))) best = c;
  if (best === undefined || count(best) <= count(w.name)) return undefined;
  // A name that differs only by its Unicode form gets the NFC finding instead.
  if (w.name.normalize('NFC') === best && w.name !== best) return undefined;
  const args = [w.name, best, String(count(best))];
  const code = kind === 'tag' ? 'tag.variant' : 'category.variant';
  const quoted = w.source.quoted && w.range === w.source.range;
  const newText = quoted ? JSON.stringify(best) : w.range === w.source.range ? yamlScalar(best) : best;
  return {
    range: w.range, severity: 'warning', code, args, message: lintMessage(code, args),
    fixes: [fix('fix.useSpelling', [best], [{ range: w.range, newText }])],
  };
}

/** Comma and variant findings for `categories`/`category` and `tags`/`tag`. */
export function nameFindings(scan: FrontMatterScan, site: { categories: NameIndex; tags: NameIndex }, own: OwnNames): LintFinding[] {
  const findings: LintFinding[] = [];
  const keys = [
    { key: 'categories', kind: 'category', split: true },
    { key: 'category', kind: 'category', split: false },
    { key: 'tags', kind: 'tag', split: true },
    { key: 'tag', kind: 'tag', split: false },
  ] as const;
  for (const { key, kind, split } of keys) {
    const entry = topEntry(scan, key);
    if (entry === undefined) continue;
    const names = writtenNames(entry, split);
    const reportedSources = new Set<ScannedValue>();
    for (const w of names) {
      if (w.name.includes(',') && !reportedSources.has(w.source)) {
        reportedSources.add(w.source);
        const code = kind === 'tag' ? 'tag.comma' : 'category.comma';
        const f = commaFix(entry, w, scan.lines, split && entry.value === w.source);
        findings.push({ range: w.source.range, severity: 'warning', code, args: [w.name], message: lintMessage(code, [w.name]), fixes: f ? [f] : [] });
        continue;
      }
      const variant = variantFinding(kind, w, kind === 'tag' ? site.tags : site.categories, kind === 'tag' ? own.tags : own.categories);
      if (variant) findings.push(variant);
    }
  }
  return findings;
}
