/** Where a site-relative path sits for Jekyll's post reader: a post, a draft, or why it is not one. */
import { globToRegExp } from './glob';
import { hasDatedFileName } from './dates';
import type { JekyllConfig } from './config';

export type PostPlace =
  | {
      readonly kind: 'post' | 'draft';
      /** The path with `/` separators, relative to the site source. */
      readonly sitePath: string;
      /** Jekyll's relative_path (relative to collections_dir). */
      readonly jekyllPath: string;
      /** `_posts` or `_drafts`. */
      readonly specialDir: string;
    }
  | { readonly kind: 'notPost'; readonly sitePath: string; readonly reason: NotPostReason; readonly message: string }
  /** Not under any `_posts` or `_drafts` folder: a page or an asset, not the post reader's business. */
  | { readonly kind: 'outside'; readonly sitePath: string };

export type NotPostReason = 'noDate' | 'noExtension' | 'ignoredName' | 'excluded' | 'hiddenFolder' | 'headless';

const DEFAULT_EXCLUDES = ['.sass-cache', '.jekyll-cache', 'gemfiles', 'Gemfile', 'Gemfile.lock', 'node_modules', 'vendor/bundle/', 'vendor/cache/', 'vendor/gems/', 'vendor/ruby/'];
const SPECIAL_START = /^[._#~]/;

/** Normalizes a workspace-relative path: forward slashes, no leading "./" or "/". */
export function normalizeSitePath(path: string): string {
  // Most paths are normal already (the model asks several times per file): no replace for them.
  const c = path.charCodeAt(0);
  if (c !== 0x2e && c !== 0x2f && !path.includes('\\')) return path;
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '').replace(/^\/+/, '');
}

/** One `exclude` / `include` entry, compiled once per config. */
interface PathPattern {
  readonly prefix: string;
  readonly glob: RegExp | undefined;
}

/** The compiled `exclude` and `include` lists of a config (see JekyllConfig.pathRules). */
export interface PathRules {
  readonly exclude: readonly PathPattern[];
  readonly include: readonly PathPattern[];
  /** The `exclude` patterns by the first character of their prefix: a path is tried against its own only. */
  readonly excludeByFirst: ReadonlyMap<number, readonly PathPattern[]>;
  /** Whether an `exclude` pattern is a glob (which is tried on every parent folder of a path too). */
  readonly excludeGlobs: boolean;
}

function compilePattern(raw: string): PathPattern | undefined {
  // Jekyll joins patterns to the source folder, so `/docs` and `docs` mean the same.
  const prefix = raw.replace(/^\/+/, '');
  if (prefix === '') return undefined;
  const glob = prefix.includes('*') || prefix.includes('?') || prefix.includes('[') ? globToRegExp(prefix) : undefined;
  return { prefix, glob };
}

export function compilePathRules(exclude: readonly string[], include: readonly string[]): PathRules {
  const compile = (list: readonly string[]): PathPattern[] => list.map(compilePattern).filter((p): p is PathPattern => p !== undefined);
  const excluded = compile([...DEFAULT_EXCLUDES, ...exclude]);
  const excludeByFirst = new Map<number, PathPattern[]>();
  for (const p of excluded) {
    const first = p.prefix.charCodeAt(0);
    excludeByFirst.set(first, [...(excludeByFirst.get(first) ?? []), p]);
  }
  return { exclude: excluded, include: compile(include), excludeByFirst, excludeGlobs: excluded.some((p) => p.glob !== undefined) };
}

function matchesPattern(pattern: PathPattern, path: string): boolean {
  return path.startsWith(pattern.prefix) || (pattern.glob !== undefined && pattern.glob.test(path));
}

/** Jekyll's EntryFilter#excluded? (simplified to path prefixes and globs), with `include` taking precedence. */
export function isExcluded(sitePath: string, config: Pick<JekyllConfig, 'exclude' | 'include'> & { readonly pathRules?: PathRules }): boolean {
  const rules = config.pathRules ?? compilePathRules(config.exclude, config.include);
  const basename = sitePath.slice(sitePath.lastIndexOf('/') + 1);
  const include = rules.include;
  for (let i = 0; i < include.length; i++) {
    const p = include[i] as PathPattern;
    if (matchesPattern(p, sitePath) || matchesPattern(p, basename)) return false;
  }
  // Patterns are relative to the source; try the path and each of its parent folders. A parent folder starts
  // with a prefix only if the path does, so a pattern without a glob is tried on the path alone (and only a
  // pattern that starts with the path's first character can be its prefix).
  const candidates = rules.excludeByFirst.get(sitePath.charCodeAt(0));
  if (candidates !== undefined) {
    for (let i = 0; i < candidates.length; i++) if (sitePath.startsWith((candidates[i] as PathPattern).prefix)) return true;
  }
  if (!rules.excludeGlobs) return false;
  const exclude = rules.exclude;
  let end = sitePath.indexOf('/');
  for (;;) {
    const prefix = end < 0 ? sitePath : sitePath.slice(0, end);
    for (let i = 0; i < exclude.length; i++) {
      const glob = (exclude[i] as PathPattern).glob;
      if (glob !== undefined && glob.test(prefix)) return true;
    }
    if (end < 0) return false;
    end = sitePath.indexOf('/', end + 1);
  }
}

/** Whether a path segment starts with a character that makes Jekyll skip it (SPECIAL_START). */
function startsSpecial(path: string, at: number): boolean {
  const c = path.charCodeAt(at);
  return c === 0x2e || c === 0x5f || c === 0x23 || c === 0x7e;
}

/** Classifies a path for the post reader. */
export function placeOf(rawPath: string, config: Pick<JekyllConfig, 'collectionsDir' | 'exclude' | 'include'> & { readonly pathRules?: PathRules }): PostPlace {
  const sitePath = normalizeSitePath(rawPath);
  const cd = config.collectionsDir;
  if (cd !== '' && !sitePath.startsWith(`${cd}/`)) return { kind: 'outside', sitePath };
  const jekyllPath = cd === '' ? sitePath : sitePath.slice(cd.length + 1);
  // The first folder named `_posts` or `_drafts` (the last segment is the file); a special folder above it
  // (`.x`, `_x`, `#x`, `~x`) is skipped by Jekyll's reader. Walked by index: no list of segments per path.
  let specialDir: '_posts' | '_drafts' | undefined;
  let entryStart = 0;
  for (let at = 0, end = jekyllPath.indexOf('/'); end >= 0; at = end + 1, end = jekyllPath.indexOf('/', at)) {
    if (end - at === 6 && jekyllPath.startsWith('_posts', at)) specialDir = '_posts';
    else if (end - at === 7 && jekyllPath.startsWith('_drafts', at)) specialDir = '_drafts';
    else if (startsSpecial(jekyllPath, at)) return { kind: 'outside', sitePath };
    if (specialDir !== undefined) {
      entryStart = end + 1;
      break;
    }
  }
  if (specialDir === undefined) return { kind: 'outside', sitePath };
  const entry = jekyllPath.slice(entryStart);
  const lastSlash = entry.lastIndexOf('/');
  const basename = entry.slice(lastSlash + 1);
  const hiddenFolder = entry.indexOf('/.');
  if (lastSlash >= 0 && (entry.startsWith('.') || (hiddenFolder >= 0 && hiddenFolder < lastSlash))) {
    return { kind: 'notPost', sitePath, reason: 'hiddenFolder', message: 'Jekyll does not look inside hidden folders' };
  }
  if (SPECIAL_START.test(entry) || SPECIAL_START.test(basename) || entry.endsWith('~') || entry.endsWith('.')) {
    return { kind: 'notPost', sitePath, reason: 'ignoredName', message: 'Jekyll ignores files whose name starts with . _ # ~ or ends with ~' };
  }
  if (isExcluded(sitePath, config)) return { kind: 'notPost', sitePath, reason: 'excluded', message: 'excluded by `exclude` in _config.yml' };
  if (specialDir === '_posts') {
    if (!hasDatedFileName(jekyllPath)) {
      return { kind: 'notPost', sitePath, reason: 'noDate', message: 'not a post: the file name must look like YYYY-MM-DD-title.md' };
    }
  } else if (!/\.[^./]+$/.test(basename) || basename.startsWith('.')) {
    return { kind: 'notPost', sitePath, reason: 'noExtension', message: 'not a draft: the file name needs an extension such as .md' };
  }
  return { kind: specialDir === '_posts' ? 'post' : 'draft', sitePath, jekyllPath, specialDir };
}
