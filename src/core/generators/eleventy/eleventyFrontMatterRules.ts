/** Eleventy's part of the front-matter seam: its keys, the date it gives a post, its status and URL on hovers. */
import { formatIso } from '../../dates';
import { ELEVENTY_KEYS } from './eleventyKeyDocs';
import type { DateFact, FrontMatterRules, KeyHoverFacts } from '../frontMatterRules';
import type { PostInfo } from '../../post';

function dateFrom(info: PostInfo): string {
  if (info.frontMatter['date'] !== undefined) return 'date';
  return /\d{4}-\d{2}-\d{2}/.test(info.path) ? ':filename' : ':fileModTime';
}

export function eleventyHover(key: string, info: PostInfo): KeyHoverFacts {
  const dates: DateFact[] = [{ name: 'date', iso: info.date?.iso, from: info.date === undefined ? undefined : dateFrom(info) }];
  return {
    ...(key === 'date' ? { dates } : {}),
    ...(key === 'date' || key === 'draft' ? { status: info.isDraft ? { kind: 'draft' as const, built: 'bySiteRule' as const } : { kind: 'published' as const } } : {}),
    makesUrl: key === 'permalink',
  };
}

export const eleventyFrontMatterRules: FrontMatterRules = {
  // JSON front matter is read, not positioned: completion and hovers work in YAML.
  syntaxes: ['yaml'],
  // A string of tags is split on commas by Eleventy, never on spaces.
  wordKeys: [],
  keyDocs: () => ELEVENTY_KEYS,
  caseInsensitiveKeys: false,
  // The reader's problems (dates Luxon cannot read, computed values) are the findings; no rule of Eleventy's own yet.
  lint: () => [],
  ownedProblems: [],
  // A YAML timestamp with its offset: js-yaml reads it as a Date, which Eleventy uses as it is.
  dateText: (nowMs, zone) => formatIso(Math.floor(nowMs / 1000) * 1000, zone.offsetMinutesAt(nowMs)),
  hover: ({ entry, info }) => eleventyHover(entry.key, info),
};
