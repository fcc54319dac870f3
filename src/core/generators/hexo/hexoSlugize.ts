/**
 * hexo-util 3.3's slugize and Permalink, which Hexo 8.1.2 uses for tag and category slugs, the file-name rule
 * (`new_post_name`) and the permalink. Pure string functions.
 */
import { escapeHexoDiacritics } from './hexoDiacritics';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f]/g;
const SPECIAL = /[\s~`!@#$%^&*()\-_+=[\]{}|\\;:"'<>,.?/]+/g;

/** `filename_case`: 0 keeps the case, 1 lower-cases, 2 upper-cases. */
export type FilenameCase = 0 | 1 | 2;

/** hexo-util slugize with the default separator `-`. */
export function hexoSlugize(text: string, transform: FilenameCase = 0): string {
  const result = escapeHexoDiacritics(text).replace(CONTROL, '').replace(SPECIAL, '-').replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '');
  return transform === 1 ? result.toLowerCase() : transform === 2 ? result.toUpperCase() : result;
}

const PARAM = /:(\w*[^_\W])/g;

function escapeRegExp(text: string): string {
  return text.replace(/[-[\]/{}()*+?.\\^$|]/g, '\\$&');
}

/** A rule such as `:year-:month-:day-:title` (hexo-util Permalink): its token names, in order, and its pattern. */
export interface PermalinkRule {
  readonly rule: string;
  readonly params: readonly string[];
  readonly regex: RegExp;
}

export function permalinkRule(rule: string, segments: Readonly<Record<string, RegExp>> = {}): PermalinkRule {
  const params: string[] = [];
  const source = escapeRegExp(rule).replace(PARAM, (_m, name: string) => {
    params.push(name);
    return Object.prototype.hasOwnProperty.call(segments, name) ? (segments[name]?.source ?? '(.+?)') : '(.+?)';
  });
  return { rule, params, regex: new RegExp(`^${source}$`) };
}

/** The tokens a path matches the rule with, or undefined when it does not. */
export function parsePermalink(rule: PermalinkRule, text: string): Record<string, string> | undefined {
  const match = rule.regex.exec(text);
  if (match === null) return undefined;
  const out: Record<string, string> = {};
  rule.params.forEach((name, i) => {
    out[name] = match[i + 1] ?? '';
  });
  return out;
}

/** Fills a rule's tokens; a token with no value becomes `undefined`, as JavaScript's String(undefined) in Hexo. */
export function stringifyPermalink(rule: string, value: (name: string) => string | undefined): string {
  return rule.replace(PARAM, (_m, name: string) => value(name) ?? 'undefined');
}
