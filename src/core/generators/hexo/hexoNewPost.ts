/**
 * New Post / New Draft as `hexo new [draft] <title>` makes them (lib/hexo/post.ts create and _renderScaffold,
 * filter/new_post_path.ts, hexo-front-matter stringify), with the writer's tags and categories merged in as extra
 * data: the slug is the title slugized with filename_case; a post goes to `_posts/` under `new_post_name` (today's
 * date in the machine's zone), a draft to `_drafts/<slug>`; a taken name gets `-1`, `-2`…; the scaffold
 * (`scaffolds/post.*`, `draft.*`, else `normal.*`, else Hexo's own) has its `{{ name }}` placeholders filled (title,
 * layout, slug, date in UTC, as Hexo fills them), is read as YAML (or JSON), merged with the data, and written back
 * as js-yaml dumps it: other keys first, then dates (the machine's wall clock), then empty keys. A scaffold with any
 * other template construct is refused: its logic is Nunjucks code, never run here.
 */
import { ownValue, setOwn } from '../../ownProperty';
import { dump } from 'js-yaml';
import { hexoPostRoots } from './hexoPlace';
import { splitHexoFrontMatter, parseHexoBlock } from './hexoReadPost';
import { hexoSlugize, stringifyPermalink } from './hexoSlugize';
import { sha1Hex } from './hexoSha1';
import { jsString } from './hexoValues';
import { wallClockAt, type TimeZone, type WallClock } from '../../timeZone';
import { reason, type EditReason } from '../../edits/editReasons';
import type { HexoConfig } from './hexoSiteConfig';

/** Hexo's scaffold when the site has none (lib/hexo/scaffold.ts). */
export const HEXO_DEFAULT_SCAFFOLD = ['---', 'layout: {{ layout }}', 'title: {{ title }}', 'date: {{ date }}', 'tags:', '---'].join('\n');

export interface HexoNewPostInput {
  readonly title: string;
  readonly draft: boolean;
  readonly tags: readonly string[];
  readonly categories: readonly string[];
  readonly nowMs: number;
  /** The machine's zone: Hexo's moment() and its file names are local time. */
  readonly machine: TimeZone;
  readonly config: HexoConfig;
  /** The scaffold's text (scaffolds/<layout>.*, else normal.*), undefined for Hexo's default. */
  readonly scaffold: string | undefined;
  readonly exists: (path: string) => boolean;
}

export type HexoNewPostResult = { readonly ok: true; readonly path: string; readonly text: string } | { readonly ok: false; readonly reason: EditReason };

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const RESERVED = new Set(['year', 'month', 'i_month', 'day', 'i_day', 'title', 'hash']);
const PRESERVED = new Set(['title', 'slug', 'path', 'layout', 'date', 'content']);

function wallText(w: WallClock): string {
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}

/** prepareFrontMatter: a string that YAML would misread is double-quoted (in JSON mode, every string). */
function prepared(value: string, jsonMode: boolean): string {
  const quote = jsonMode || value.includes(':') || value.startsWith('#') || value.startsWith('!!') || /[{}[\]'"]/.test(value);
  return quote ? `"${value.replace(/"/g, '\\"')}"` : value;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const old = ownValue(out, key);
    setOwn(out, key, isRecord(old) && isRecord(value) ? deepMerge(old, value) : value);
  }
  return out;
}

/** hexo-front-matter stringify: js-yaml's dump of the other keys, then dates, then keys with no value. */
function stringifyYaml(obj: Readonly<Record<string, unknown>>, machine: TimeZone): string {
  const plain: Record<string, unknown> = {};
  const dates: string[] = [];
  const empty: string[] = [];
  for (const [key, value] of Object.entries(obj)) {
    if (value === null || value === undefined) empty.push(`${key}:\n`);
    else if (value instanceof Date) dates.push(`${key}: ${wallText(wallClockAt(value.getTime(), machine))}\n`);
    else plain[key] = value;
  }
  return (Object.keys(plain).length === 0 ? '' : dump(plain)) + dates.join('') + empty.join('');
}

function stringifyJson(obj: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(obj, null, '  ').replace(/\n {2}/g, '\n').replace(/^{\n|}$/g, '');
}

export function hexoNewPost(input: HexoNewPostInput): HexoNewPostResult {
  const { config, machine, nowMs } = input;
  const settings = config.hexo;
  const title = input.title.trim();
  if (title === '') return { ok: false, reason: reason('titleRequired') };
  if (/[\r\n]/.test(title)) return { ok: false, reason: reason('titleOneLine') };
  const slug = hexoSlugize(title, settings.filenameCase);
  if (slug === '') return { ok: false, reason: reason('noSlug') };
  const layout = input.draft ? 'draft' : 'post';
  const roots = hexoPostRoots(settings);
  const ext = /\.[^./]+$/.exec(settings.newPostName)?.[0] ?? '.md';
  const data: Record<string, unknown> = { title, layout, slug };
  if (input.tags.length > 0) data['tags'] = [...input.tags];
  if (input.categories.length > 0) data['categories'] = [...input.categories];

  let target: string;
  if (input.draft) target = `${roots.drafts}/${slug}`;
  else {
    const w = wallClockAt(nowMs, machine);
    const tokens: Record<string, string> = {};
    for (const [key, value] of Object.entries(settings.permalinkDefaults)) tokens[key] = jsString(value);
    Object.assign(tokens, { year: pad(w.year, 4), month: pad(w.month), i_month: String(w.month), day: pad(w.day), i_day: String(w.day), title: slug, hash: sha1Hex(slug + String(Math.floor(nowMs / 1000))).slice(0, 12) });
    for (const [key, value] of Object.entries(data)) if (!RESERVED.has(key)) tokens[key] = jsString(value);
    target = `${roots.posts}/${stringifyPermalink(settings.newPostName, (token) => tokens[token])}`;
  }
  if (!/\.[^./]+$/.test(target.slice(target.lastIndexOf('/') + 1))) target += ext;
  const targetExt = /\.[^./]+$/.exec(target)?.[0] ?? '';
  const base = target.slice(0, target.length - targetExt.length);
  let path = target;
  for (let n = 1; input.exists(path); n++) path = `${base}-${n}${targetExt}`;

  const scaffold = input.scaffold ?? HEXO_DEFAULT_SCAFFOLD;
  const split = splitHexoFrontMatter(scaffold);
  const jsonMode = split?.separator.startsWith(';') === true;
  const values: Record<string, string> = {
    title: prepared(title, jsonMode),
    layout: prepared(layout, jsonMode),
    slug: prepared(slug, jsonMode),
    // A moment is formatted in UTC and never quoted.
    date: wallText(wallClockAt(nowMs, { name: 'UTC', offsetMinutesAt: () => 0 })),
    tags: jsString(data['tags'] ?? ''),
    categories: jsString(data['categories'] ?? ''),
  };
  const template = split?.data ?? '';
  const unknown = /\{%|\{#|\{\{(?!\s*\w+\s*\}\})/.test(template);
  if (unknown) return { ok: false, reason: reason('badTemplate', 'it uses Nunjucks logic, which Postcraft never runs') };
  const rendered = template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, name: string) => values[name] ?? '');
  let obj: Record<string, unknown> = {};
  if (split !== undefined) {
    const parsed = parseHexoBlock({ ...split, data: rendered }, 0);
    if (parsed.kind === 'error') return { ok: false, reason: reason('badTemplate', parsed.problem.message) };
    if (parsed.kind === 'data') obj = parsed.data;
  }
  obj = deepMerge(obj, Object.fromEntries(Object.entries(data).filter(([key, value]) => !PRESERVED.has(key) && value !== null && value !== undefined)));
  const separator = split?.separator ?? '---';
  let text = split?.prefixSeparator === true ? `${separator}\n` : '';
  text += Object.keys(obj).length === 0 ? '' : `${jsonMode ? stringifyJson(obj) : stringifyYaml(obj, machine)}${separator}\n`;
  text += split === undefined ? scaffold : scaffold.slice(split.bodyOffset);
  return { ok: true, path, text };
}
