/**
 * What a hover over a Hugo front-matter key adds: on date keys (any key of the `[frontmatter]` chains) the four
 * dates Hugo gives the page and the key each came from; on those and on draft the build status with its
 * reason; whether the key goes into the URL.
 */
import { readHugoContentPath } from './hugoContentPath';
import { resolveHugoDates } from './hugoDates';
import { castToBoolE, goLower } from './goValues';
import { hugoFormatOf } from './hugoLint';
import type { HugoConfig } from './hugoSiteConfig';
import type { DateFact, KeyHoverFacts, StatusFact } from '../frontMatterRules';
import type { ScannedEntry } from '../../lint/frontMatterScan';
import type { PostInfo } from '../../post';

const URL_KEYS = new Set(['title', 'slug', 'url']);
const DATE_NAMES = ['date', 'publishDate', 'lastmod', 'expiryDate'] as const;
/** Chain entries as Hugo's docs spell them (the chains are lower-cased). */
const SPELLING: Readonly<Record<string, string>> = { publishdate: 'publishDate', expirydate: 'expiryDate', ':filename': ':filename', ':filemodtime': ':fileModTime' };

/** Every key the `[frontmatter]` chains read (lower-cased; tokens such as `:filename` left out). */
export function chainKeys(config: HugoConfig): Set<string> {
  const { date, lastmod, publishDate, expiryDate } = config.hugo.frontmatter;
  return new Set([...date, ...lastmod, ...publishDate, ...expiryDate].filter((id) => !id.startsWith(':')));
}

function datesOf(info: PostInfo, config: HugoConfig, text: string, nowMs: number): DateFact[] | undefined {
  const place = readHugoContentPath(info.path, config.hugo);
  const reading = place.kind === 'content' ? place.readings[0] : undefined;
  const zone = reading === undefined ? undefined : (config.zones.get(reading.lang) ?? config.zones.get(config.hugo.defaultContentLanguage));
  if (reading === undefined || zone === undefined) return undefined;
  const dates = resolveHugoDates({ frontMatter: info.frontMatter, chains: config.hugo.frontmatter, zone, contentBaseName: reading.contentBaseName, modTimeMs: nowMs, format: hugoFormatOf(text) });
  return DATE_NAMES.map((name) => {
    const from = dates.sources[name];
    return { name, iso: dates[name]?.iso, from: from === undefined ? undefined : (SPELLING[from] ?? from) };
  });
}

function statusOf(info: PostInfo, dates: readonly DateFact[] | undefined): StatusFact {
  const at = (name: string): string => dates?.find((d) => d.name === name)?.iso ?? '';
  if (info.status === 'draft') return { kind: 'draft', built: 'withFlag' };
  if (info.status === 'future') return { kind: 'future', at: at('publishDate') };
  if (info.status === 'expired') return { kind: 'expired', at: at('expiryDate') };
  return { kind: 'published' };
}

export function hugoKeyHover(entry: ScannedEntry, info: PostInfo, config: HugoConfig, text: string, nowMs: number): KeyHoverFacts {
  const readable = info.status !== 'invalid' && info.status !== 'notPost';
  if (entry.parents.length > 0 || !readable) return { makesUrl: false };
  const lower = goLower(entry.key);
  // `published: true` is the undocumented opposite of draft; as a date it is an alias of publishDate.
  const isDate = chainKeys(config).has(lower) && !(lower === 'published' && castToBoolE(info.frontMatter[entry.key], hugoFormatOf(text)) !== undefined);
  const makesUrl = URL_KEYS.has(lower) || config.hugo.frontmatter.date.includes(lower);
  if (!isDate && lower !== 'draft') return { makesUrl };
  const dates = datesOf(info, config, text, nowMs);
  const status = statusOf(info, dates);
  return dates === undefined || !isDate ? { makesUrl, status } : { makesUrl, dates, datesConfig: '[frontmatter]', status };
}
