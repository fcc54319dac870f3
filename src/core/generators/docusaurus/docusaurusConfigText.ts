/**
 * The parts of `docusaurus.config.{ts,js,mjs,…}` Postcraft needs, read from its TEXT (jsLiteralText.ts): the
 * site's `url` and `baseUrl`, and the blog plugin's options as the classic preset's `blog: {…}` or a
 * `@docusaurus/plugin-content-blog` plugin entry writes them. The config is code and is never run: every option
 * written as something other than a literal keeps Docusaurus's default, and a note says so.
 */
import { entryOf, readJsObject, tokenizeJs, type JsToken, type JsValue } from './jsLiteralText';
import type { Writable } from '../../writable';

/** The blog plugin options Postcraft reads (plugin-content-blog 3.10.2 `options.js` defaults). */
export interface DocusaurusBlogOptions {
  readonly path: string;
  readonly routeBasePath: string;
  readonly tagsBasePath: string;
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** The tags file, relative to the blog folder; null when the site turns it off (`tags: false`). */
  readonly tags: string | null;
  /** Whether the `tags` option names a file (then a missing file is an error to Docusaurus). */
  readonly tagsSet: boolean;
  readonly authorsMapPath: string;
  /** The truncate marker's RegExp source. */
  readonly truncateMarker: string;
  readonly onInlineTags: 'warn' | 'throw' | 'ignore';
}

export const DEFAULT_BLOG_EXCLUDE = ['**/_*.{js,jsx,ts,tsx,md,mdx}', '**/_*/**', '**/*.test.{js,jsx,ts,tsx}', '**/__tests__/**'] as const;

export const DEFAULT_BLOG_OPTIONS: DocusaurusBlogOptions = {
  path: 'blog',
  routeBasePath: 'blog',
  tagsBasePath: 'tags',
  include: ['**/*.{md,mdx}'],
  exclude: DEFAULT_BLOG_EXCLUDE,
  tags: 'tags.yml',
  tagsSet: false,
  authorsMapPath: 'authors.yml',
  truncateMarker: '<!--\\s*truncate\\s*-->|\\{\\/\\*\\s*truncate\\s*\\*\\/\\}',
  onInlineTags: 'warn',
};

/** What only running the config could tell, and what Postcraft used instead. */
export interface ConfigNote {
  /** The option, as a path (`baseUrl`, `blog.routeBasePath`, `markdown.parseFrontMatter`). */
  readonly option: string;
  readonly message: string;
  /** 0-based line in the config file. */
  readonly line: number;
}

export interface DocusaurusConfigText {
  readonly url: string;
  readonly baseUrl: string;
  /** False when the site has no blog (`blog: false` and no blog plugin). */
  readonly hasBlog: boolean;
  readonly blog: DocusaurusBlogOptions;
  /** The literal options as written, for hovers and the oracle's generated config. */
  readonly written: Readonly<Record<string, unknown>>;
  readonly notes: readonly ConfigNote[];
}

type JsObject = JsValue & { kind: 'object' };

function lineAt(text: string, offset: number): number {
  let line = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The `{` token of the object literal holding the first `key:` property, or -1. */
function enclosingObject(tokens: readonly JsToken[], key: string): number {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const n = tokens[i + 1];
    if ((t?.kind === 'name' || t?.kind === 'string') && t.value === key && n?.kind === 'punct' && n.value === ':') {
      let depth = 0;
      for (let j = i - 1; j >= 0; j--) {
        const p = tokens[j];
        if (p?.kind !== 'punct') continue;
        if (p.value === '}' || p.value === ']' || p.value === ')') depth++;
        else if (p.value === '{' || p.value === '[' || p.value === '(') {
          if (depth === 0) return p.value === '{' ? j : -1;
          depth--;
        }
      }
    }
  }
  return -1;
}

function literalString(value: JsValue | undefined): string | undefined {
  return value?.kind === 'literal' && typeof value.value === 'string' ? value.value : undefined;
}

function firstLiteral(value: JsValue | undefined): string | undefined {
  return value?.kind === 'array' ? literalString(value.items[0]) : literalString(value);
}

const CLASSIC = /^(?:classic|@docusaurus\/preset-classic|docusaurus-preset-classic)$/;
const BLOG_PLUGIN = /^(?:content-blog|@docusaurus\/plugin-content-blog|@docusaurus\/content-blog|docusaurus-plugin-content-blog)$/;

/** The blog options object (or `false`) the config writes, where it writes one as literals. */
function findBlogOptions(config: JsObject, note: (option: string, message: string, at: number) => void): JsValue | false | undefined {
  let found: JsValue | false | undefined;
  const presets = entryOf(config, 'presets');
  if (presets !== undefined && presets.kind !== 'array') note('presets', 'presets are computed', config.start);
  for (const preset of presets?.kind === 'array' ? presets.items : []) {
    if (!CLASSIC.test(firstLiteral(preset) ?? '')) continue;
    const options = preset.kind === 'array' ? preset.items[1] : undefined;
    if (options === undefined) return undefined;
    if (options.kind !== 'object') {
      note('presets.classic', 'the classic preset\'s options are computed', config.start);
      return undefined;
    }
    const blog = entryOf(options, 'blog');
    if (blog?.kind === 'literal' && blog.value === false) found = false;
    else if (blog !== undefined) return blog;
  }
  const plugins = entryOf(config, 'plugins');
  for (const plugin of plugins?.kind === 'array' ? plugins.items : []) {
    if (!BLOG_PLUGIN.test(firstLiteral(plugin) ?? '')) continue;
    const options = plugin.kind === 'array' ? plugin.items[1] : undefined;
    const id = options?.kind === 'object' ? literalString(entryOf(options, 'id')) : undefined;
    if (id !== undefined && id !== 'default') continue;
    return options ?? { kind: 'object', entries: [], start: config.start };
  }
  return found;
}

function stringList(value: JsValue): string[] | undefined {
  if (value.kind === 'literal' && typeof value.value === 'string') return [value.value];
  if (value.kind !== 'array') return undefined;
  const out = value.items.map(literalString);
  return out.every((s): s is string => s !== undefined) ? out : undefined;
}

/** Reads the config text. Never throws and never runs the text. */
export function readDocusaurusConfigText(text: string): DocusaurusConfigText {
  const notes: ConfigNote[] = [];
  const note = (option: string, message: string, at: number): void => {
    notes.push({ option, message: `read as text; ${message}`, line: lineAt(text, at) });
  };
  const tokens = tokenizeJs(text);
  const open = enclosingObject(tokens, 'baseUrl');
  const written: Record<string, unknown> = {};
  let url = '';
  let baseUrl = '/';
  let blog: DocusaurusBlogOptions = DEFAULT_BLOG_OPTIONS;
  let hasBlog = true;
  if (open < 0) {
    note('baseUrl', 'no `baseUrl:` was found in the config, so "/" is used', 0);
    return { url, baseUrl, hasBlog, blog, written, notes };
  }
  const config = readJsObject(text, tokens, open).value;
  const at = (value: JsValue | undefined): number => (value?.kind === 'object' ? value.start : config.start);
  const base = entryOf(config, 'baseUrl');
  if (literalString(base) !== undefined) baseUrl = literalString(base) ?? '/';
  else note('baseUrl', 'baseUrl is computed, so "/" is used', config.start);
  const site = entryOf(config, 'url');
  if (literalString(site) !== undefined) url = (literalString(site) ?? '').replace(/\/+$/, '');
  else if (site !== undefined) note('url', 'url is computed, so the site\'s address is unknown', config.start);
  written['url'] = url;
  written['baseUrl'] = baseUrl;
  const markdown = entryOf(config, 'markdown');
  // For the link and image checks: null where the value is not a literal (then nothing is said).
  const statics = entryOf(config, 'staticDirectories');
  if (statics !== undefined) written['staticDirectories'] = stringList(statics) ?? null;
  // The legacy top-level option wins over markdown.hooks (configValidation.js at 3.10.2).
  const hooks = markdown?.kind === 'object' ? entryOf(markdown, 'hooks') : undefined;
  const broken = entryOf(config, 'onBrokenMarkdownLinks') ?? (hooks?.kind === 'object' ? entryOf(hooks, 'onBrokenMarkdownLinks') : undefined);
  if (broken !== undefined) written['onBrokenMarkdownLinks'] = literalString(broken) ?? null;
  const format = markdown?.kind === 'object' ? entryOf(markdown, 'format') : undefined;
  if (format !== undefined) written['markdown.format'] = literalString(format) ?? null;
  // Images have no top-level option: markdown.hooks only (3.x).
  const brokenImages = hooks?.kind === 'object' ? entryOf(hooks, 'onBrokenMarkdownImages') : undefined;
  if (brokenImages !== undefined) written['onBrokenMarkdownImages'] = literalString(brokenImages) ?? null;
  if (markdown?.kind === 'object' && entryOf(markdown, 'parseFrontMatter') !== undefined) {
    note('markdown.parseFrontMatter', 'markdown.parseFrontMatter is code that is not run: front matter is read as Docusaurus reads it by default', markdown.start);
  }
  const options = findBlogOptions(config, note);
  if (options === false) {
    hasBlog = false;
  } else if (options !== undefined && options.kind !== 'object') {
    note('blog', 'the blog options are computed, so the defaults are used', config.start);
  } else if (options !== undefined) {
    const opts: Writable<DocusaurusBlogOptions> = { ...DEFAULT_BLOG_OPTIONS };
    const blogWritten: Record<string, unknown> = {};
    const strings = ['path', 'routeBasePath', 'tagsBasePath', 'authorsMapPath'] as const;
    for (const entry of options.entries) {
      const key = entry.key;
      const value = entry.value;
      if (key === undefined) {
        note('blog', `${value.kind === 'computed' ? value.text : 'an entry'} is computed`, at(options));
        continue;
      }
      const computed = (): void => note(`blog.${key}`, `blog.${key} is computed, so its default is used`, at(options));
      if ((strings as readonly string[]).includes(key)) {
        const s = literalString(value);
        if (s === undefined) computed();
        else {
          opts[key as (typeof strings)[number]] = s;
          blogWritten[key] = s;
        }
      } else if (key === 'include' || key === 'exclude') {
        const list = stringList(value);
        if (list === undefined) computed();
        else {
          opts[key] = list;
          blogWritten[key] = list;
        }
      } else if (key === 'tags') {
        if (value.kind === 'literal' && (value.value === false || value.value === null)) {
          opts.tags = null;
          blogWritten[key] = value.value;
        } else if (literalString(value) !== undefined) {
          opts.tags = literalString(value) ?? 'tags.yml';
          opts.tagsSet = true;
          blogWritten[key] = opts.tags;
        } else if (!(value.kind === 'literal' && value.value === undefined)) computed();
      } else if (key === 'truncateMarker') {
        if (value.kind === 'regex') {
          opts.truncateMarker = value.source;
          blogWritten[key] = { regex: value.source };
        } else computed();
      } else if (key === 'onInlineTags') {
        const s = literalString(value);
        if (s === 'warn' || s === 'throw' || s === 'ignore') {
          opts.onInlineTags = s;
          blogWritten[key] = s;
        } else computed();
      }
    }
    blog = opts;
    written['blog'] = blogWritten;
  }
  return { url, baseUrl, hasBlog, blog, written, notes };
}
