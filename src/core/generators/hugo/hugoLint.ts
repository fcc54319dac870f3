/**
 * Hugo 0.111's own front-matter rules as lint findings with exact ranges: dates its parser cannot read (which
 * it skips without a word), taxonomy-looking keys the site does not declare, terms that are not strings or
 * strings that look like several terms, and draft/headless values that are not booleans.
 */
import { findOpening } from '../../frontMatter/matterScan';
import { formatMessage, FIX_MESSAGES, lintMessage, type LintCode } from '../../lint/lintMessages';
import { yamlScalar } from '../../lint/lintNames';
import { castToBoolE, castToString, goLower, isPlainObject, type HugoValueFormat } from './goValues';
import { parseHugoDateValue } from './hugoDates';
import type { FrontMatterLintInput } from '../frontMatterRules';
import type { ScannedEntry, TextRange } from '../../lint/frontMatterScan';
import type { LintFinding, LintFix } from '../../lint/lintTypes';
import type { HugoConfig } from './hugoSiteConfig';

/** Keys blogs use for taxonomies; on a site that does not declare them Hugo keeps them as plain params. */
const TAXONOMY_LOOKING = new Set(['tags', 'categories', 'series', 'topics', 'tag', 'category']);
const BOOLEAN_KEYS = new Set(['draft', 'headless']);

function finding(range: TextRange, code: LintCode, args: string[], fixes: LintFix[] = []): LintFinding {
  return { range, severity: 'warning', code, args, message: lintMessage(code, args), fixes };
}

function fix(code: keyof typeof FIX_MESSAGES, args: string[], edits: LintFix['edits']): LintFix {
  return { code, args, title: formatMessage(FIX_MESSAGES[code], args), edits };
}

/** The format of the post's block, as Hugo's lexer tells it from the opening. */
export function hugoFormatOf(text: string): HugoValueFormat {
  const open = findOpening(text, ['---', '+++', '{'], true);
  if (open.kind !== 'opening') return 'yaml';
  return open.opening === '+++' ? 'toml' : open.opening === '{' ? 'json' : 'yaml';
}

/** Top-level entries, the last one of each (lower-cased) key, as Hugo keeps it. */
function topEntries(entries: readonly ScannedEntry[]): Map<string, ScannedEntry> {
  const out = new Map<string, ScannedEntry>();
  for (const e of entries) if (e.parents.length === 0) out.set(goLower(e.key), e);
  return out;
}

function dateFindings(entries: Map<string, ScannedEntry>, input: FrontMatterLintInput, config: HugoConfig, format: HugoValueFormat): LintFinding[] {
  const { date, lastmod, publishDate, expiryDate } = config.hugo.frontmatter;
  const chained = new Set([...date, ...lastmod, ...publishDate, ...expiryDate].filter((id) => !id.startsWith(':')));
  const out: LintFinding[] = [];
  for (const [lower, entry] of entries) {
    if (!chained.has(lower) || !Object.prototype.hasOwnProperty.call(input.info.frontMatter, entry.key)) continue;
    const value = input.info.frontMatter[entry.key];
    // `published: false` (or "false") is the undocumented opposite of draft, not a date.
    if (lower === 'published' && castToBoolE(value, format) !== undefined) continue;
    if (parseHugoDateValue(value, input.ctx.zone, format) !== undefined) continue;
    out.push(finding(entry.value?.range ?? entry.keyRange, 'hugo.dateUnreadable', [entry.key, entry.value?.text ?? castToString(value)]));
  }
  return out;
}

function taxonomyKeyFindings(entries: Map<string, ScannedEntry>, input: FrontMatterLintInput, config: HugoConfig): LintFinding[] {
  const taxonomies = config.hugo.taxonomies;
  const plurals = new Set(Object.values(taxonomies).map(goLower));
  const out: LintFinding[] = [];
  for (const [lower, entry] of entries) {
    if (plurals.has(lower)) continue;
    const value = input.info.frontMatter[entry.key];
    if (typeof value !== 'string' && !Array.isArray(value)) continue;
    const plural = taxonomies[lower];
    if (plural !== undefined) {
      const fixes = entries.has(goLower(plural)) ? [] : [fix('fix.renameKey', [plural], [{ range: entry.keyRange, newText: plural }])];
      out.push(finding(entry.keyRange, 'hugo.taxonomySingular', [entry.key, plural], fixes));
    } else if (TAXONOMY_LOOKING.has(lower)) {
      out.push(finding(entry.keyRange, 'hugo.taxonomyUndeclared', [entry.key]));
    }
  }
  return out;
}

function termFindings(entries: Map<string, ScannedEntry>, input: FrontMatterLintInput, config: HugoConfig, syntax: 'yaml' | 'toml'): LintFinding[] {
  const out: LintFinding[] = [];
  for (const plural of Object.values(config.hugo.taxonomies)) {
    const entry = entries.get(goLower(plural));
    if (entry === undefined) continue;
    const value = input.info.frontMatter[entry.key];
    if (typeof value === 'string') {
      const parts = value.split(',').map((p) => p.trim()).filter((p) => p !== '');
      if (parts.length < 2 || entry.value === undefined) continue;
      const list = `[${parts.map((p) => (syntax === 'toml' ? JSON.stringify(p) : yamlScalar(p))).join(', ')}]`;
      out.push(finding(entry.value.range, 'hugo.termComma', [value], [fix('fix.split', [list], [{ range: entry.value.range, newText: list }])]));
    } else if (Array.isArray(value)) {
      const items = entry.items !== undefined && entry.items.length === value.length ? entry.items : undefined;
      value.forEach((item, i) => {
        const range = items?.[i]?.range ?? entry.keyRange;
        if (Array.isArray(item) || isPlainObject(item)) out.push(finding(range, 'hugo.termDropped', [entry.key]));
        else if (typeof item !== 'string' && item !== null && item !== undefined) out.push(finding(range, 'hugo.termNotString', [entry.key, castToString(item)]));
      });
    } else if (isPlainObject(value)) {
      out.push(finding(entry.keyRange, 'hugo.termsMapping', [entry.key]));
    } else if (value !== null && value !== undefined) {
      out.push(finding(entry.value?.range ?? entry.keyRange, 'hugo.termNotString', [entry.key, castToString(value)]));
    }
  }
  return out;
}

function booleanFindings(entries: Map<string, ScannedEntry>, input: FrontMatterLintInput, format: HugoValueFormat): LintFinding[] {
  const out: LintFinding[] = [];
  for (const [lower, entry] of entries) {
    if (!BOOLEAN_KEYS.has(lower)) continue;
    const value = input.info.frontMatter[entry.key];
    if (typeof value === 'boolean' || value === null || value === undefined) continue;
    const range = entry.value?.range ?? entry.keyRange;
    const text = entry.value?.text ?? castToString(value);
    const read = castToBoolE(value, format);
    if (read === undefined) out.push(finding(range, 'hugo.boolUnreadable', [entry.key, text]));
    else {
      const fixes = entry.value === undefined ? [] : [fix('fix.bool', [String(read)], [{ range: entry.value.range, newText: String(read) }])];
      out.push(finding(range, 'hugo.boolText', [entry.key, text, String(read)], fixes));
    }
  }
  return out;
}

/** Hugo's findings on a post that reads (the reader reports syntax errors itself). */
export function lintHugoFrontMatter(input: FrontMatterLintInput, config: HugoConfig): LintFinding[] {
  if (input.scan === undefined) return [];
  const format = hugoFormatOf(input.text);
  const entries = topEntries(input.scan.entries);
  return [
    ...dateFindings(entries, input, config, format),
    ...taxonomyKeyFindings(entries, input, config),
    ...termFindings(entries, input, config, input.scan.syntax),
    ...booleanFindings(entries, input, format),
  ];
}
