/**
 * Which files of a Docusaurus site are blog posts, as the blog plugin 3.10.2 globs them: under the blog folder,
 * matching `include` (`**\/*.{md,mdx}`) and none of `exclude` (`_`-prefixed files and folders, tests), dot files
 * and folders left out as globby leaves them.
 */
import { globToRegExp } from '../../glob';
import { DEFAULT_BLOG_EXCLUDE, type DocusaurusBlogOptions } from './docusaurusConfigText';
import type { DocusaurusConfig } from './docusaurusSiteConfig';
import type { PostListing } from '../generator';
import type { PostPlace } from '../../postPath';

/** The blog's include and exclude globs, compiled once per config (DocusaurusSettings.globs). */
export interface CompiledGlobs {
  readonly include: readonly RegExp[];
  /** The default excludes the site keeps: partials (`_`-prefixed) and tests, never meant as posts. */
  readonly defaults: readonly RegExp[];
  /** The site's own excludes: a file they match is said to be left out. */
  readonly exclude: readonly RegExp[];
}

function compile(globs: readonly string[]): RegExp[] {
  return globs.map((g) => globToRegExp(g.replace(/^\.\//, ''))).filter((r): r is RegExp => r !== undefined);
}

/** Compiles the blog options' globs. A site that lists its own excludes replaces the defaults (options.ts). */
export function compileBlogGlobs(blog: Pick<DocusaurusBlogOptions, 'include' | 'exclude'>): CompiledGlobs {
  const own = blog.exclude.filter((g) => !(DEFAULT_BLOG_EXCLUDE as readonly string[]).includes(g));
  const kept = DEFAULT_BLOG_EXCLUDE.filter((g) => blog.exclude.includes(g));
  return { include: compile(blog.include), defaults: compile(kept), exclude: compile(own) };
}

/** The path relative to the blog folder, or undefined when it is outside it. */
export function blogRelative(sitePath: string, config: DocusaurusConfig): string | undefined {
  const dir = config.docusaurus.blogDir;
  if (dir === '') return sitePath;
  return sitePath.startsWith(`${dir}/`) ? sitePath.slice(dir.length + 1) : undefined;
}

export function docusaurusPlaceOf(rawPath: string, config: DocusaurusConfig): PostPlace {
  const sitePath = rawPath.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '').replace(/^\/+/, '');
  const rel = config.docusaurus.text.hasBlog ? blogRelative(sitePath, config) : undefined;
  if (rel === undefined || rel.split('/').some((s) => s.startsWith('.'))) return { kind: 'outside', sitePath };
  const globs = config.docusaurus.globs;
  if (!globs.include.some((r) => r.test(rel)) || globs.defaults.some((r) => r.test(rel))) return { kind: 'outside', sitePath };
  if (globs.exclude.some((r) => r.test(rel))) {
    return { kind: 'notPost', sitePath, reason: 'excluded', message: 'the blog plugin leaves this file out: the config\'s `exclude` option matches it' };
  }
  return { kind: 'post', sitePath, jekyllPath: rel, specialDir: config.docusaurus.blogDir };
}

export function docusaurusListing(config: DocusaurusConfig): PostListing {
  const dir = config.docusaurus.blogDir;
  return {
    roots: config.docusaurus.text.hasBlog ? [dir] : [],
    postFolders: undefined,
    skipsName: (name) => name.startsWith('.') || name === 'node_modules',
    excludes: () => false,
    takesFile: (name) => /\.mdx?$/i.test(name),
    // Folders too: a dated folder renamed or moved is one event for the folder, none for the post inside it.
    watchGlob: dir === '' ? '**' : `${dir}/**`,
  };
}
