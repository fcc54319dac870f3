/**
 * Eleventy's template and directory data files (Data/TemplateData.js getLocalDataPaths): `post.11tydata.json` and
 * `post.json` beside a template, `<dir>/<dir>.11tydata.json` and `<dir>/<dir>.json` in each folder above it inside
 * the input folder, and the input folder's own; `.11tydata.{js,cjs,mjs}` are code, read as text for their plain
 * literals and never run. The data cascade merges them from the least specific, then the front matter, with
 * Eleventy's Merge: arrays joined, objects merged, `override:key` replacing.
 */
import { assignmentsOf, blankComments } from './eleventyCodeText';
import { checkJson } from '../../frontMatter/jsonCheck';
import { CONFIG_PROBLEM_MESSAGES } from '../../configProblemMessages';
import type { Problem } from '../../problem';

/** The keys whose value Postcraft reads from data; a JS data file's other keys do not matter here. */
const READ_KEYS = ['tags', 'permalink', 'layout', 'date', 'title', 'draft', 'eleventyExcludeFromCollections'] as const;

export interface EleventyDataFile {
  readonly file: string;
  /** What the file says, as far as it can be known without running anything. */
  readonly data: Readonly<Record<string, unknown>>;
  /** Keys of READ_KEYS the file gives a value Postcraft cannot know (computed by code, or `eleventyComputed`). */
  readonly computed: readonly string[];
  readonly problems: readonly (Problem & { readonly file: string })[];
}

const CODE_EXT = /\.11tydata\.(?:js|cjs|mjs)$/;

/** Whether a site-relative file is a data file Eleventy may read for a template or folder (by its name alone). */
export function isEleventyDataFileName(sitePath: string): boolean {
  const parts = sitePath.split('/');
  const name = parts[parts.length - 1] ?? '';
  if (/\.11tydata\.(?:json|js|cjs|mjs)$/.test(name)) return true;
  // `<dir>/<dir>.json`: a folder's data file by its folder's name (template data files `post.json` are not read).
  const parent = parts[parts.length - 2];
  return parent !== undefined && name === `${parent}.json`;
}

/** A plain object, as Eleventy's isPlainObject: a Date (a YAML timestamp) is a value, not a mapping to merge. */
function isRecord(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function computedKeysOf(value: Record<string, unknown>): string[] {
  const computed = value['eleventyComputed'];
  return isRecord(computed) ? READ_KEYS.filter((k) => k in computed) : [];
}

/** Reads one data file's text. Never throws and never runs code. */
export function readEleventyDataFile(file: string, text: string): EleventyDataFile {
  if (CODE_EXT.test(file)) {
    const code = blankComments(text);
    const data: Record<string, unknown> = {};
    const computed: string[] = [];
    for (const key of READ_KEYS) {
      const found = assignmentsOf(code, key);
      if (found.length === 0) continue;
      const literal = found.length === 1 ? found[0]?.literal : undefined;
      if (literal === undefined) computed.push(key);
      else data[key] = literal;
    }
    // A data file that exports a function (or anything but one object) computes everything it gives.
    const exportsFunction = /(?:module\.exports\s*=|export\s+default)\s*(?:async\s+)?(?:function\b|\(|[A-Za-z_$][\w$]*\s*=>)/.test(code);
    if (exportsFunction) {
      const line = text.slice(0, code.search(/module\.exports|export\s+default/)).split('\n').length - 1;
      return { file, data: {}, computed: [...READ_KEYS], problems: [{ severity: 'info', code: 'config.eleventy.codeData', message: CONFIG_PROBLEM_MESSAGES['config.eleventy.codeData'], line, file }] };
    }
    const problems: (Problem & { file: string })[] = computed.length === 0 ? [] : [{ severity: 'info', code: 'config.eleventy.codeData', message: CONFIG_PROBLEM_MESSAGES['config.eleventy.codeData'], line: 0, file }];
    return { file, data, computed, problems };
  }
  const check = checkJson(text);
  if (check.error !== undefined) {
    const line = text.slice(0, check.error.offset).split('\n').length - 1;
    return { file, data: {}, computed: [], problems: [{ severity: 'error', code: 'config.eleventy.dataFile', message: `${file}: ${check.error.message}; Eleventy stops the build`, line, file }] };
  }
  try {
    const value: unknown = text.trim() === '' ? {} : JSON.parse(text);
    return isRecord(value) ? { file, data: value, computed: computedKeysOf(value), problems: [] } : { file, data: {}, computed: [], problems: [] };
  } catch (e) {
    return { file, data: {}, computed: [], problems: [{ severity: 'error', code: 'config.eleventy.dataFile', message: `${file}: ${e instanceof Error ? e.message : String(e)}`, line: 0, file }] };
  }
}

const SUFFIX_FILES = ['.11tydata.js', '.11tydata.cjs', '.11tydata.mjs', '.11tydata.json', '.json'];

/**
 * The data files Eleventy looks for for a template (site-relative paths), from the least specific to the most,
 * as getLocalDataPaths reversed: the input folder's, each folder's below it, then the template's own.
 */
export function localDataPaths(sitePath: string, input: string): string[] {
  const slash = sitePath.lastIndexOf('/');
  const dir = slash < 0 ? '' : sitePath.slice(0, slash);
  const stem = sitePath.slice(slash + 1).replace(/\.[^.]*$/, '');
  const paths: string[] = [];
  const add = (base: string): void => {
    for (const suffix of SUFFIX_FILES) paths.push(base + suffix);
  };
  add(dir === '' ? stem : `${dir}/${stem}`);
  const segments = dir === '' ? [] : dir.split('/');
  for (let i = segments.length; i > 0; i--) {
    const d = segments.slice(0, i).join('/');
    const inside = input === '' || d.startsWith(`${input}/`);
    if (inside) add(`${d}/${segments[i - 1] ?? ''}`);
  }
  if (input !== '') add(`${input}/${input.slice(input.lastIndexOf('/') + 1)}`);
  return [...new Set(paths)].reverse();
}

function cleanKey(key: string): string {
  return key.startsWith('override:') ? key.slice('override:'.length) : key;
}

/** Eleventy's Merge (@11ty/eleventy-utils Merge.js): arrays joined, plain objects merged, `override:` replacing. */
export function eleventyMerge(target: unknown, source: unknown): unknown {
  if (Array.isArray(target) && Array.isArray(source)) return [...(target as unknown[]), ...(source as unknown[])];
  if (isRecord(source) && (target === undefined || isRecord(target))) {
    const out: Record<string, unknown> = { ...(target ?? {}) };
    for (const [key, value] of Object.entries(source)) {
      const clean = cleanKey(key);
      out[clean] = eleventyMerge(key === clean ? out[clean] : undefined, value);
    }
    return out;
  }
  return source;
}

/** Tags as Eleventy cleans them (getCleanedTagsImmutable): a string split on ",", no trimming; values made strings. */
export function cleanTags(value: unknown): { readonly tags: string[]; readonly invalid: boolean } {
  if (value === undefined || value === null || value === false || value === '' || value === 0) return { tags: [], invalid: false };
  if (typeof value === 'string') return { tags: [...new Set(value.split(','))], invalid: false };
  if (Array.isArray(value)) return { tags: [...new Set(value as unknown[])].map((t) => String(t)), invalid: false };
  return { tags: [], invalid: true };
}

/** A layer with its `tags` cleaned, as Eleventy cleans each data file and the front matter before merging. */
export function withCleanTags(layer: Readonly<Record<string, unknown>>): Record<string, unknown> {
  if (!('tags' in layer)) return { ...layer };
  const { tags, invalid } = cleanTags(layer['tags']);
  return { ...layer, tags: invalid ? layer['tags'] : tags };
}

export interface EleventyCascade {
  /** The data files' merged data (without the front matter). */
  readonly data: Readonly<Record<string, unknown>>;
  /** Keys some data file computes: Postcraft cannot know their value unless the front matter sets it. */
  readonly computed: ReadonlySet<string>;
  readonly files: readonly string[];
}

/** The data the template's data files give it, merged in Eleventy's order. */
export function dataCascade(sitePath: string, input: string, dataFiles: ReadonlyMap<string, EleventyDataFile>): EleventyCascade {
  if (dataFiles.size === 0) return { data: {}, computed: new Set(), files: [] };
  const slash = sitePath.lastIndexOf('/');
  const dir = slash < 0 ? '' : sitePath.slice(0, slash);
  const stem = sitePath.slice(slash + 1).replace(/\.[^.]*$/, '');
  // A template named as its folder has its own data files among the folder's: the whole list, in order.
  if (dir !== '' && dir.slice(dir.lastIndexOf('/') + 1) === stem) return mergeFiles(emptyCascade, localDataPaths(sitePath, input), dataFiles);
  // Otherwise the folder's files come first, the same for every template in it (made once per folder), then the
  // template's own, the most specific.
  const folder = folderCascade(dir, input, dataFiles);
  const base = dir === '' ? stem : `${dir}/${stem}`;
  const own = SUFFIX_FILES.map((suffix) => base + suffix).reverse();
  return own.some((path) => dataFiles.has(path)) ? mergeFiles(folder, own, dataFiles) : folder;
}

const emptyCascade: EleventyCascade = { data: {}, computed: new Set(), files: [] };

/** `start` with the data files at `paths` (those that exist) merged onto it in order; `start` is left as it is. */
function mergeFiles(start: EleventyCascade, paths: readonly string[], dataFiles: ReadonlyMap<string, EleventyDataFile>): EleventyCascade {
  let data: unknown = start.data;
  const computed = new Set(start.computed);
  const files = [...start.files];
  for (const path of paths) {
    const file = dataFiles.get(path);
    if (file === undefined) continue;
    files.push(path);
    data = eleventyMerge(data, withCleanTags(file.data));
    // A more specific file's literal replaces a computed value (tags, which are joined, stay unknown).
    for (const key of Object.keys(file.data)) if (key !== 'tags') computed.delete(key);
    for (const key of file.computed) computed.add(key);
  }
  return { data: isRecord(data) ? data : {}, computed, files };
}

/** The folder part of templates' cascades, by input folder and folder, per set of data files (never changed in place). */
const folderCascades = new WeakMap<ReadonlyMap<string, EleventyDataFile>, Map<string, EleventyCascade>>();

function folderCascade(dir: string, input: string, dataFiles: ReadonlyMap<string, EleventyDataFile>): EleventyCascade {
  let byFolder = folderCascades.get(dataFiles);
  if (byFolder === undefined) {
    byFolder = new Map();
    folderCascades.set(dataFiles, byFolder);
  }
  const key = `${input}\0${dir}`;
  let cascade = byFolder.get(key);
  if (cascade === undefined) {
    // The paths of a template in `dir` without its own: those of a name no folder has.
    const paths = localDataPaths(dir === '' ? '\0' : `${dir}/\0`, input).filter((path) => !path.includes('\0'));
    cascade = mergeFiles(emptyCascade, paths, dataFiles);
    byFolder.set(key, cascade);
  }
  return cascade;
}
