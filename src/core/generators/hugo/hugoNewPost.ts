/**
 * A new Hugo post or draft as `hugo new <section>/<name>.md` would make it from the site's archetype, with the
 * writer's title, draft flag, categories and tags written into the archetype's own keys and quoting.
 */
import { reason, type EditReason } from '../../edits/editReasons';
import { formatScalar } from '../../edits/yamlQuote';
import { castToStringSlice, goLower, isPlainObject } from './goValues';
import { fillHugoArchetype } from './hugoArchetypeTemplate';
import { hugoMakePathSanitized } from './hugoUrls';
import type { HugoConfig } from './hugoSiteConfig';

/** Hugo 0.111.3's built-in archetype (used when the site has neither `<section>.md` nor `default.md`). */
export const HUGO_BUILTIN_ARCHETYPE = '---\ntitle: "{{ replace .Name "-" " " | title }}"\ndate: {{ .Date }}\ndraft: true\n---\n\n';

/** Where the new post goes: its section, and whether it is a leaf bundle (`<slug>/index.md`). */
export interface HugoNewPostPlace {
  readonly section: string;
  readonly bundle: boolean;
}

/**
 * The section is `params.mainSections[0]`, else the section holding most of the site's posts, else `posts`; a
 * bundle when more than half of that section's posts are. `posts` are site-relative paths of the model's posts.
 */
export function hugoNewPostPlace(config: HugoConfig, posts: readonly string[]): HugoNewPostPlace {
  const prefix = `${config.hugo.contentDir}/`;
  const inSection = new Map<string, { all: number; bundles: number }>();
  for (const post of posts) {
    if (!post.startsWith(prefix)) continue;
    const parts = post.slice(prefix.length).split('/');
    if (parts.length < 2) continue;
    const section = goLower(parts[0] ?? '');
    const counts = inSection.get(section) ?? { all: 0, bundles: 0 };
    counts.all++;
    if (parts.length === 3 && /^index\.[^.]+$/.test(parts[2] ?? '')) counts.bundles++;
    inSection.set(section, counts);
  }
  const configured = config.hugo.mainSections === undefined ? [] : castToStringSlice(config.hugo.mainSections);
  const biggest = [...inSection.entries()].sort((a, b) => b[1].all - a[1].all || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  const section = configured[0] ?? biggest ?? 'posts';
  const counts = inSection.get(goLower(section));
  return { section, bundle: counts !== undefined && counts.bundles * 2 > counts.all };
}

/** The archetype files Hugo looks for, in its order (site's `archetypeDir`, default `archetypes`). */
export function hugoArchetypeCandidates(config: HugoConfig, section: string): string[] {
  const configured = config.hugo.raw['archetypedir'];
  const dir = typeof configured === 'string' && configured.trim() !== '' ? configured.trim().replace(/^\/+|\/+$/g, '') : 'archetypes';
  return [`${dir}/${section}.md`, `${dir}/default.md`];
}

/** The first candidate the site has (`texts` by site path), else Hugo's built-in archetype (file undefined). */
export function pickHugoArchetype(candidates: readonly string[], texts: Readonly<Record<string, string>>): { readonly file: string | undefined; readonly text: string } {
  for (const file of candidates) {
    const text = Object.hasOwn(texts, file) ? texts[file] : undefined;
    if (text !== undefined) return { file, text };
  }
  return { file: undefined, text: HUGO_BUILTIN_ARCHETYPE };
}

/** The file name Hugo would urlize from the title, with letters of every script kept (not %-escaped) and no folders. */
export function hugoTitleFileName(title: string, config: HugoConfig): string {
  return hugoMakePathSanitized(title.trim(), config.hugo).replace(/[/\\]+/g, '-').replace(/^[._-]+|[.-]+$/g, '');
}

/** Why a title cannot make a Hugo post, or undefined when it can. */
export function hugoTitleProblem(title: string, config: HugoConfig): EditReason | undefined {
  if (title.trim() === '') return reason('titleRequired');
  if (/[\r\n]/.test(title)) return reason('titleOneLine');
  return hugoTitleFileName(title, config) === '' ? reason('noSlug') : undefined;
}

/** The archetype's top-level keys among the site's category and tag taxonomies (their plural names). */
export function hugoArchetypeTaxonomies(archetype: string, config: HugoConfig): { readonly category?: string; readonly tag?: string } {
  const block = frontMatterBlock(archetype);
  const has = (key: string | undefined): string | undefined => (key !== undefined && block !== undefined && keyLine(archetype, block, key) !== undefined ? key : undefined);
  const category = has(config.hugo.taxonomies['category']);
  const tag = has(config.hugo.taxonomies['tag']);
  return { ...(category === undefined ? {} : { category }), ...(tag === undefined ? {} : { tag }) };
}

export interface HugoNewPostRequest {
  readonly title: string;
  readonly draft: boolean;
  readonly categories: readonly string[];
  readonly tags: readonly string[];
  readonly nowMs: number;
  /** The computer's offset from UTC at nowMs, in minutes (east positive). */
  readonly offsetMinutes: number;
  readonly config: HugoConfig;
  readonly place: HugoNewPostPlace;
  /** The archetype's text (see pickHugoArchetype). */
  readonly archetype: string;
  /** Whether a site-relative path (file or folder) is taken. */
  readonly exists: (path: string) => boolean;
}

export type HugoNewPost =
  | { readonly ok: true; readonly path: string; readonly text: string; readonly cursor: number; readonly unknown: readonly string[]; readonly unset: readonly string[] }
  | { readonly ok: false; readonly reason: EditReason };

/** The first free `<section>/<slug>.md` (or `<slug>/index.md`): `-2`, `-3`… after a taken name, where Hugo refuses. */
function freePath(base: string, slug: string, bundle: boolean, exists: (path: string) => boolean): { name: string; path: string } {
  for (let n = 1; ; n++) {
    const name = n === 1 ? slug : `${slug}-${n}`;
    const taken = name === 'index' || name === '_index' || exists(`${base}/${name}`) || exists(`${base}/${name}.md`);
    if (!taken) return { name, path: bundle ? `${base}/${name}/index.md` : `${base}/${name}.md` };
  }
}

interface Block {
  readonly format: 'toml' | 'yaml';
  /** Offsets of the first front-matter line and of the closing delimiter line. */
  readonly start: number;
  readonly end: number;
}

function frontMatterBlock(text: string): Block | undefined {
  const open = /^(\+\+\+|---)[ \t]*\r?\n/.exec(text);
  if (open === null) return undefined;
  const delimiter = open[1] === '+++' ? '\\+\\+\\+' : '---';
  const close = new RegExp(`^${delimiter}[ \\t]*$`, 'm');
  const rest = text.slice(open[0].length);
  const m = close.exec(rest);
  if (m === null) return undefined;
  return { format: open[1] === '+++' ? 'toml' : 'yaml', start: open[0].length, end: open[0].length + m.index };
}

/** The top-level `key = …` / `key: …` line in the block: where its value starts and ends. */
function keyLine(text: string, block: Block, key: string): { lineStart: number; valueStart: number; valueEnd: number } | undefined {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const sep = block.format === 'toml' ? '=' : ':';
  const re = new RegExp(`^${escaped}[ \\t]*${sep}[ \\t]*([^\\r\\n]*?)[ \\t]*$`, 'gm');
  const body = text.slice(block.start, block.end);
  const m = re.exec(body);
  if (m === null) return undefined;
  const valueEnd = block.start + m.index + m[0].length - (m[0].length - m[0].trimEnd().length);
  return { lineStart: block.start + m.index, valueStart: valueEnd - (m[1] ?? '').length, valueEnd };
}

/** C0 controls and DEL, which neither TOML nor YAML allows raw in a quoted string. */
// eslint-disable-next-line no-control-regex -- the controls are the point
const CONTROL = new RegExp('[\\u0000-\\u001f\\u007f]', 'g');

function doubleQuoted(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}

/** The title in the quoting the archetype used (TOML needs quotes; YAML plain stays plain when it can). */
function titleValue(title: string, old: string, format: 'toml' | 'yaml'): string {
  if (old.startsWith("'") && !title.includes("'") && !new RegExp(CONTROL.source).test(title)) return `'${title}'`;
  if (old.startsWith("'") && format === 'yaml') return `'${title.replace(/'/g, "''")}'`;
  if (old.startsWith('"') || format === 'toml') return doubleQuoted(title);
  // formatScalar quotes a title YAML would read as something else (`true`, `2024`, `a: b`).
  return formatScalar(title, { style: 'plain' });
}

function setKey(text: string, key: string, value: (old: string, format: 'toml' | 'yaml') => string | undefined, addAfter?: string): string {
  const block = frontMatterBlock(text);
  if (block === undefined) return text;
  const line = keyLine(text, block, key);
  if (line !== undefined) {
    const next = value(text.slice(line.valueStart, line.valueEnd), block.format);
    return next === undefined ? text : text.slice(0, line.valueStart) + next + text.slice(line.valueEnd);
  }
  const next = value('', block.format);
  if (next === undefined) return text;
  const added = `${key}${block.format === 'toml' ? ' = ' : ': '}${next}\n`;
  const after = addAfter === undefined ? undefined : keyLine(text, block, addAfter);
  // After `addAfter`, else at the end; a key without `addAfter` (the title) leads, as in Hugo's archetypes.
  const at = addAfter === undefined ? block.start : after === undefined ? block.end : text.indexOf('\n', after.valueEnd) + 1;
  return text.slice(0, at) + added + text.slice(at);
}

/** The body starts after the closing delimiter and the blank line under it. */
function cursorOf(text: string): number {
  const block = frontMatterBlock(text);
  if (block === undefined) return 0;
  const afterClose = text.indexOf('\n', block.end);
  if (afterClose < 0) return text.length;
  const blank = /^\r?\n/.exec(text.slice(afterClose + 1));
  return afterClose + 1 + (blank?.[0].length ?? 0);
}

/** The new post's path and text, the actions left unfilled, and the taxonomies whose names could not be written. */
export function hugoNewPost(req: HugoNewPostRequest): HugoNewPost {
  const problem = hugoTitleProblem(req.title, req.config);
  if (problem !== undefined) return { ok: false, reason: problem };
  const title = req.title.trim();
  const { name, path } = freePath(`${req.config.hugo.contentDir}/${req.place.section}`, hugoTitleFileName(title, req.config), req.place.bundle, req.exists);
  const params = req.config.hugo.raw['params'];
  const filled = fillHugoArchetype(req.archetype, {
    name,
    baseFileName: req.place.bundle ? 'index' : name,
    section: req.place.section,
    title,
    nowMs: req.nowMs,
    offsetMinutes: req.offsetMinutes,
    siteTitle: req.config.hugo.title,
    siteParams: isPlainObject(params) ? params : {},
    pathOptions: req.config.hugo,
  });
  let text = setKey(filled.text, 'title', (old, format) => titleValue(title, old, format));
  // New Draft marks the post a draft; New Post publishes it, even from an archetype that says `draft = true`.
  text = setKey(text, 'draft', (old) => (req.draft ? 'true' : old === '' ? undefined : 'false'), 'date');
  const unset: string[] = [];
  const lists = hugoArchetypeTaxonomies(req.archetype, req.config);
  for (const [key, names] of [[lists.category, req.categories], [lists.tag, req.tags]] as const) {
    if (key === undefined || names.length === 0) continue;
    const before = text;
    text = setKey(text, key, (old) => (/^(\[\s*\])?$/.test(old) ? `[${names.map(doubleQuoted).join(', ')}]` : undefined));
    if (text === before) unset.push(key);
  }
  return { ok: true, path, text, cursor: cursorOf(text), unknown: filled.unknown, unset };
}
