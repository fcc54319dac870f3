import { noProblems, type PostSummary } from '../core/postSummary';
import type { Problem } from '../core/problem';
import type { CachedFile } from './indexStore';
import { setOwn } from '../core/ownProperty';
import type { Writable } from '../core/writable';

/*
 * The persisted index's format, shared by the desktop's store (indexCache.ts, Node's fs) and the web's
 * (workspaceIndexStore.ts, workspace.fs): bytes in and out, no file I/O and no Node API, so it runs in a web worker.
 */

/** Bump when PostSummary, the rows or the reading rules change: an index of another format is thrown away. */
const formatVersion = 9;
const formatName = 'postcraft-site-index';


/**
 * One file per row, fields by position (a third of the size of keyed objects, and parsed faster); category,
 * tag, layout and key names are indices into one shared table, so posts restored from it share those strings.
 */
type Row = [
  path: string, mtimeMs: number, size: number, status: string, flags: number, epochMs: number | null, offsetMinutes: number,
  iso: string | null, title: string, slug: string, categories: number[], tags: number[], layout: number, url: string | null,
  frontMatterStart: number, frontMatterEnd: number, problems: Problem[], keys: number[], notPostReason: string | null,
  publishAt: number | null, expireAt: number | null, terms: Record<string, number[]> | null, lang: number,
];

/**
 * The file's first line. Each further line is a JSON array of at most `rowsPerLine` rows, so a reader can parse
 * it a line at a time and let its thread breathe between lines (50k posts are about 18 MB of JSON).
 */
interface CacheHeader {
  readonly format: string;
  readonly version: number;
  readonly siteRoot: string;
  /** Summaries depend on the config and the zone: a cache made with others is not used. */
  readonly configKey: string;
  readonly names: readonly string[];
  readonly lines: number;
}

/** A line is parsed (or made) whole between two pauses: 250 rows are about 90 KB, a few milliseconds. */
const rowsPerLine = 250;

const willPublishFlag = 1;
const draftFlag = 2;
const markedUnpublishedFlag = 4;

/** SHA-256 of `text` in hex, through Web Crypto (in Node and in the browser's extension host alike). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The name of a site's index file in a storage folder: the same as the desktop's files before the split. */
export async function indexFileName(siteKey: string): Promise<string> {
  return `site-index-${(await sha256Hex(siteKey)).slice(0, 16)}.json`;
}

/** What the summaries depend on besides the file (the generator, its config files' texts, the zone), hashed. */
export function configKey(identity: string): Promise<string> {
  return sha256Hex(identity);
}

/**
 * Decodes a persisted index. Anything unexpected (not JSON, another format or version, another site or config, a
 * malformed row) gives undefined: it is an optimisation, never a source of truth.
 */
export async function decodeIndex(bytes: Uint8Array, siteRoot: string, key: string, pause?: () => Promise<void>): Promise<Map<string, CachedFile> | undefined> {
  // A line at a time, each found as it comes: decoding 18 MB at once would block the thread as long as parsing it,
  // and so would even finding every line break of it first.
  const decoder = new TextDecoder('utf-8');
  const lineEnd = (start: number): number => {
    const end = bytes.indexOf(0x0a, start);
    return end < 0 ? bytes.length : end;
  };
  let header: unknown;
  let start = lineEnd(0);
  try {
    header = JSON.parse(decoder.decode(bytes.subarray(0, start)));
  } catch {
    return undefined;
  }
  if (
    !isCacheHeader(header) || header.format !== formatName || header.version !== formatVersion || header.siteRoot !== siteRoot ||
    header.configKey !== key || !header.names.every((n) => typeof n === 'string')
  ) {
    return undefined;
  }
  const files = new Map<string, CachedFile>();
  let lines = 0;
  for (start += 1; start <= bytes.length; lines++) {
    const end = lineEnd(start);
    let rows: unknown;
    try {
      rows = JSON.parse(decoder.decode(bytes.subarray(start, end)));
    } catch {
      return undefined;
    }
    if (!Array.isArray(rows)) {
      return undefined;
    }
    for (const row of rows) {
      const cached = fromRow(row, header.names);
      if (cached === undefined) {
        return undefined;
      }
      files.set(cached.info.path, cached);
    }
    start = end + 1;
    await pause?.();
  }
  // A file cut short at a line break parses line by line: the header's count tells.
  return lines === header.lines ? files : undefined;
}

/**
 * Encodes an index as the pieces of its file (UTF-8), to be written in order: the header, then each line of rows
 * with the line break before it (JSON.stringify writes no raw line breaks, so lines split the file exactly). Rows
 * are made a line at a time, with `pause` between lines, so a large site does not block the thread; each line is
 * kept as bytes, outside the JavaScript heap, which a collection then need not copy.
 *
 * `entries` and `sizes` are read as the rows are made, not copied first (50,000 of them would block the thread):
 * they may change during a pause. A row is still never wrong for the file: its time and summary come from one
 * entry, and a file whose time or size the row does not match is read again when the index is next used.
 */
export async function encodeIndex(
  siteRoot: string,
  key: string,
  entries: Iterable<{ mtimeMs: number; info: PostSummary }>,
  sizes: ReadonlyMap<string, number>,
  pause?: () => Promise<void>,
): Promise<Uint8Array[]> {
  const encoder = new TextEncoder();
  const names: string[] = [];
  const indices = new Map<string, number>();
  const name = (n: string): number => {
    let i = indices.get(n);
    if (i === undefined) {
      i = names.push(n) - 1;
      indices.set(n, i);
    }
    return i;
  };
  const lines: Uint8Array[] = [];
  let rows: Row[] = [];
  const flush = (): void => {
    lines.push(encoder.encode(`\n${asciiJson(rows)}`));
    rows = [];
  };
  for (const { mtimeMs, info } of entries) {
    const size = sizes.get(info.path);
    if (size !== undefined) {
      rows.push([
        info.path, mtimeMs, size, info.status, (info.willPublish ? willPublishFlag : 0) | (info.isDraft ? draftFlag : 0) | (info.markedUnpublished ? markedUnpublishedFlag : 0),
        info.date?.epochMs ?? null, info.date?.offsetMinutes ?? 0, info.date?.iso ?? null, info.title, info.slug,
        info.categories.map(name), info.tags.map(name), info.layout === undefined ? -1 : name(info.layout), info.url ?? null,
        info.frontMatterLines?.start ?? -1, info.frontMatterLines?.end ?? -1, [...info.problems], info.keys.map(name),
        info.notPostReason ?? null, info.publishAt ?? null, info.expireAt ?? null,
        info.terms === undefined ? null : Object.fromEntries(Object.entries(info.terms).map(([k, v]) => [k, v.map(name)])),
        info.lang === undefined ? -1 : name(info.lang),
      ]);
      if (rows.length === rowsPerLine) {
        flush();
        await pause?.();
      }
    }
  }
  if (rows.length > 0) {
    flush();
  }
  const header: CacheHeader = { format: formatName, version: formatVersion, siteRoot, configKey: key, names, lines: lines.length };
  return [encoder.encode(asciiJson(header)), ...lines];
}

/**
 * JSON with every character from DEL (0x7f) on written as a `\uXXXX` escape, so the file is printable ASCII: a reader
 * decodes it several times faster than a site's Korean titles in UTF-8 (the bench's 10,000-post index: about 15 ms
 * against 40, parse included, for a file 13 % larger; a title all in Hangul takes twice its UTF-8 bytes). Files
 * written in UTF-8 before read as they were.
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The pieces encodeIndex made, as one file's bytes. */
export function joinPieces(pieces: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const piece of pieces) {
    bytes.set(piece, at);
    at += piece.length;
  }
  return bytes;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCacheHeader(value: unknown): value is CacheHeader {
  return isRecord(value) && typeof value['format'] === 'string' && typeof value['version'] === 'number' &&
    typeof value['siteRoot'] === 'string' && typeof value['configKey'] === 'string' && Array.isArray(value['names']) && typeof value['lines'] === 'number';
}

const statuses = new Set<string>(['published', 'draft', 'unpublished', 'future', 'expired', 'invalid', 'notPost']);
const notPostReasons = new Set<string>(['noDate', 'noExtension', 'ignoredName', 'excluded', 'hiddenFolder', 'headless']);
const severities = new Set<string>(['error', 'warning', 'info']);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isLine = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= -1;

/** The names at `indices`, or undefined when one is not an index of the table. */
function namesAt(indices: unknown, names: readonly string[]): string[] | undefined {
  if (!Array.isArray(indices)) {
    return undefined;
  }
  const out: string[] = [];
  for (const i of indices) {
    const n = Number.isInteger(i) ? names[i as number] : undefined;
    if (n === undefined) {
      return undefined;
    }
    out.push(n);
  }
  return out;
}

/** The other taxonomies' names: undefined when there are none, null when the row is malformed. */
function termsAt(value: unknown, names: readonly string[]): Record<string, string[]> | undefined | null {
  if (value === null) return undefined;
  if (!isRecord(value)) return null;
  const out: Record<string, string[]> = {};
  for (const [key, indices] of Object.entries(value)) {
    const list = namesAt(indices, names);
    if (list === undefined) return null;
    // A taxonomy may be called `__proto__` in a config: its names are data, not the object's prototype.
    setOwn(out, key, list);
  }
  return out;
}

function isProblem(value: unknown): value is Problem {
  return isRecord(value) && typeof value['severity'] === 'string' && severities.has(value['severity']) && typeof value['code'] === 'string' &&
    typeof value['message'] === 'string' && isLine(value['line']) && (value['column'] === undefined || isLine(value['column']));
}

function fromRow(row: unknown, names: readonly string[]): CachedFile | undefined {
  if (!Array.isArray(row) || row.length !== 23) {
    return undefined;
  }
  const [p, mtimeMs, size, status, flags, epochMs, offsetMinutes, iso, title, slug, cats, tags, layout, url, fmStart, fmEnd, problems, keys, reason, publishAt, expireAt, rawTerms, rawLang] = row as unknown[];
  const terms = termsAt(rawTerms, names);
  const categories = namesAt(cats, names);
  const tagNames = namesAt(tags, names);
  const keyNames = namesAt(keys, names);
  const layoutName = layout === -1 ? undefined : Number.isInteger(layout) ? names[layout as number] : null;
  const lang = rawLang === -1 ? undefined : Number.isInteger(rawLang) ? (names[rawLang as number] ?? null) : null;
  if (
    typeof p !== 'string' || !isNumber(mtimeMs) || !isNumber(size) || typeof status !== 'string' || !statuses.has(status) ||
    !Number.isInteger(flags) || !(epochMs === null || isNumber(epochMs)) || !isNumber(offsetMinutes) || !(iso === null || typeof iso === 'string') ||
    (epochMs === null) !== (iso === null) || typeof title !== 'string' || typeof slug !== 'string' || categories === undefined ||
    tagNames === undefined || keyNames === undefined || layoutName === null || !(url === null || typeof url === 'string') ||
    !isLine(fmStart) || !isLine(fmEnd) || !Array.isArray(problems) || !problems.every(isProblem) ||
    !(reason === null || (typeof reason === 'string' && notPostReasons.has(reason))) || !(publishAt === null || isNumber(publishAt)) ||
    !(expireAt === null || isNumber(expireAt)) || terms === null || lang === null
  ) {
    return undefined;
  }
  // In the field order of a summary made from a file (postSummary.ts), the optional fields set after where they have
  // a value: restored and fresh summaries are one shape to the code that reads them.
  const info: Writable<PostSummary> = {
    path: p,
    status: status as PostSummary['status'],
    willPublish: ((flags as number) & willPublishFlag) !== 0,
    isDraft: ((flags as number) & draftFlag) !== 0,
    markedUnpublished: ((flags as number) & markedUnpublishedFlag) !== 0,
    date: epochMs === null || iso === null ? undefined : { epochMs, offsetMinutes, iso },
    title,
    slug,
    categories,
    tags: tagNames,
    layout: layoutName,
    url: url ?? undefined,
    frontMatterLines: fmStart === -1 ? undefined : { start: fmStart, end: fmEnd },
    problems: problems.length === 0 ? noProblems : problems,
    keys: keyNames,
  };
  if (reason !== null) info.notPostReason = reason as NonNullable<PostSummary['notPostReason']>;
  if (terms !== undefined) info.terms = terms;
  if (lang !== undefined) info.lang = lang;
  if (publishAt !== null) info.publishAt = publishAt;
  if (expireAt !== null) info.expireAt = expireAt;
  return { mtimeMs, size, info };
}
