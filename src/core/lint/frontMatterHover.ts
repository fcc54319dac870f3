/** What a hover over a front-matter key or value shows: the key's meaning, its effective value and origin, the URL. */
import { matchingDefaults } from '../defaults';
import { placeOf } from '../postPath';
import { rubyToS } from '../taxonomy';
import { keyInfo, type FrontMatterKey } from './frontMatterKeys';
import { scanFrontMatter } from './frontMatterScan';
import type { JekyllConfig, DefaultsScope } from '../config';
import type { PostInfo } from '../post';
import type { FrontMatterScan, ScannedEntry, TextRange } from './frontMatterScan';

export type ValueOrigin =
  | { readonly kind: 'file' }
  | { readonly kind: 'defaults'; readonly scope: DefaultsScope }
  /** Filled in by Jekyll (title from the file name, date, slug…). */
  | { readonly kind: 'jekyll' };

export interface HoverFacts {
  readonly key: string;
  readonly range: TextRange;
  readonly doc: FrontMatterKey | undefined;
  /** The effective value as Jekyll's Liquid would print it; undefined when the post could not be read. */
  readonly value: string | undefined;
  readonly origin: ValueOrigin | undefined;
  /** The post's URL, on the keys that make it. */
  readonly url: string | undefined;
}

const URL_KEYS = new Set(['title', 'slug', 'categories', 'category', 'permalink', 'date']);

function valueAt(data: Readonly<Record<string, unknown>>, path: readonly string[]): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

function show(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  if (Array.isArray(v)) return v.map((x) => rubyToS(x)).join(', ');
  return rubyToS(v);
}

/** Where the effective value of `path` comes from: this file, the most specific `defaults:` scope that sets it, or Jekyll. */
export function originOf(info: PostInfo, config: JekyllConfig, path: readonly string[]): ValueOrigin | undefined {
  if (valueAt(info.frontMatter, path) !== undefined) return { kind: 'file' };
  const place = placeOf(info.path, config);
  if (place.kind === 'post' || place.kind === 'draft') {
    let best: DefaultsScope | undefined;
    for (const set of matchingDefaults(config, place.jekyllPath, place.sitePath, 'posts')) {
      if (valueAt(set.values, path) !== undefined && (best === undefined || set.scope.path.length >= best.path.length)) best = set.scope;
    }
    if (best !== undefined) return { kind: 'defaults', scope: best };
  }
  return valueAt(info.data, path) === undefined ? undefined : { kind: 'jekyll' };
}

/** The entry whose key, value or list item is at a position, with the range of what is under the cursor. */
export function entryAt(scan: FrontMatterScan, line: number, character: number): { readonly entry: ScannedEntry; readonly range: TextRange } | undefined {
  const inRange = (r: TextRange): boolean => r.line === line && character >= r.startChar && character <= r.endChar;
  let hit: { entry: ScannedEntry; range: TextRange } | undefined;
  for (const entry of scan.entries) {
    if (inRange(entry.keyRange)) hit = { entry, range: entry.keyRange };
    else if (entry.value && inRange(entry.value.range)) hit = { entry, range: entry.value.range };
    else {
      const item = entry.items?.find((i) => inRange(i.range));
      if (item) hit = { entry, range: item.range };
    }
  }
  return hit;
}

/** The hover at a position of a post's text, or undefined when it is not on a front-matter key or value. */
export function hoverFacts(text: string, line: number, character: number, info: PostInfo, config: JekyllConfig): HoverFacts | undefined {
  const scan = scanFrontMatter(text);
  if (scan === undefined) return undefined;
  const hit = entryAt(scan, line, character);
  if (hit === undefined) return undefined;
  const path = [...hit.entry.parents, hit.entry.key];
  const key = path.join('.');
  const readable = info.status !== 'invalid';
  return {
    key,
    range: hit.range,
    doc: keyInfo(key),
    value: readable ? show(valueAt(info.data, path)) : undefined,
    origin: readable ? originOf(info, config, path) : undefined,
    url: readable && path.length === 1 && URL_KEYS.has(key) ? info.url : undefined,
  };
}
