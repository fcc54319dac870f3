import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PostSummary } from '../core/postSummary';

/** Bump when PostSummary or the reading rules change: an index of another format is thrown away. */
const formatVersion = 5;
const formatName = 'postcraft-site-index';

export interface CachedFile {
  readonly mtimeMs: number;
  readonly size: number;
  readonly info: PostSummary;
}

interface CacheDocument {
  readonly format: string;
  readonly version: number;
  readonly siteRoot: string;
  /** Summaries depend on the config and the zone: a cache made with others is not used. */
  readonly configKey: string;
  readonly files: readonly CachedFile[];
}

/** The cache file for a site inside the extension's workspace storage. */
export function indexCacheFile(storageDir: string, siteRoot: string): string {
  const key = crypto.createHash('sha256').update(siteRoot).digest('hex').slice(0, 16);
  return path.join(storageDir, `site-index-${key}.json`);
}

/** What the summaries depend on besides the file: the config file's text and the zone name. */
export function configKey(configText: string, zoneName: string): string {
  return crypto.createHash('sha256').update(zoneName).update('\0').update(configText).digest('hex');
}

/**
 * Reads a persisted index. Anything unexpected (unreadable, not JSON, another format or version, another site or
 * config, a malformed entry) discards the whole cache: it is an optimisation, never a source of truth.
 */
export function loadIndexCache(file: string, siteRoot: string, key: string): Map<string, CachedFile> | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  if (!isCacheDocument(doc) || doc.format !== formatName || doc.version !== formatVersion || doc.siteRoot !== siteRoot || doc.configKey !== key) {
    return undefined;
  }
  const files = new Map<string, CachedFile>();
  for (const entry of doc.files) {
    if (!isCachedFile(entry)) {
      return undefined;
    }
    files.set(entry.info.path, entry);
  }
  return files;
}

/** Writes the index atomically (a temporary file, then a rename), so a crash never leaves half a cache. */
export function saveIndexCache(file: string, siteRoot: string, key: string, entries: readonly { mtimeMs: number; info: PostSummary }[], sizes: ReadonlyMap<string, number>): void {
  const files: CachedFile[] = [];
  for (const e of entries) {
    const size = sizes.get(e.info.path);
    if (size !== undefined) {
      files.push({ mtimeMs: e.mtimeMs, size, info: e.info });
    }
  }
  const doc: CacheDocument = { format: formatName, version: formatVersion, siteRoot, configKey: key, files };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(doc));
  fs.renameSync(temporary, file);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCacheDocument(value: unknown): value is CacheDocument {
  return isRecord(value) && typeof value['format'] === 'string' && typeof value['version'] === 'number' &&
    typeof value['siteRoot'] === 'string' && typeof value['configKey'] === 'string' && Array.isArray(value['files']);
}

const statuses = new Set(['published', 'draft', 'unpublished', 'future', 'invalid', 'notPost']);
const isStrings = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string');

function isCachedFile(value: unknown): value is CachedFile {
  if (!isRecord(value) || typeof value['mtimeMs'] !== 'number' || typeof value['size'] !== 'number' || !isRecord(value['info'])) {
    return false;
  }
  const info = value['info'];
  const date = info['date'];
  return (
    typeof info['path'] === 'string' && typeof info['status'] === 'string' && statuses.has(info['status']) &&
    typeof info['willPublish'] === 'boolean' && typeof info['isDraft'] === 'boolean' && typeof info['title'] === 'string' &&
    typeof info['slug'] === 'string' && isStrings(info['categories']) && isStrings(info['tags']) && Array.isArray(info['problems']) &&
    (date === undefined || (isRecord(date) && typeof date['epochMs'] === 'number' && typeof date['iso'] === 'string'))
  );
}
