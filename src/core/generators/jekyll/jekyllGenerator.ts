/**
 * Jekyll 4.3 behind the generator seam: `_config.yml`, posts in `_posts` (dated file names) and drafts in
 * `_drafts`, Jekyll's own front-matter block with YAML 1.1 (Psych), and its clock (future:, show_drafts:,
 * unpublished:). The rules themselves live in the core modules this file wires together.
 */
import { parseConfig, type JekyllConfig } from '../../config';
import { classifyRead } from '../../post';
import { isExcluded, placeOf, type PostPlace } from '../../postPath';
import { readPost } from '../../postRead';
import { splitFrontMatter } from '../../frontMatterSplit';
import { jekyllPublishes } from './jekyllClock';
import { jekyllBodyFindings } from './jekyllBodyChecks';
import { jekyllPublishTarget } from './jekyllPublish';
import { hoverFacts } from '../../lint/frontMatterHover';
import { pathForTitle, postUrlNeedle, postUrlReferenceEdits } from '../../edits/renamePost';
import type { PostRenaming } from '../postRenaming';
import type { Generator, PostListing, SiteTaxonomy } from '../generator';
import type { SiteConfig } from '../../siteConfig';

/** The config this generator made; anything else is a bug in the caller, not the user's file. */
function own(config: SiteConfig): JekyllConfig {
  if (config.generator !== 'jekyll') throw new Error(`a ${String((config as { generator: unknown }).generator)} config was given to Jekyll`);
  return config;
}

/**
 * The place of the last path asked for, with the config it was asked with: the model asks placeOf and then
 * classify of one file, and the place is the same both times (as Hugo's readHugoContentPath remembers it).
 */
let lastPlace: { readonly path: string; readonly config: JekyllConfig; readonly place: PostPlace } | undefined;

function placeOnce(path: string, config: JekyllConfig): PostPlace {
  if (lastPlace?.path !== path || lastPlace.config !== config) lastPlace = { path, config, place: placeOf(path, config) };
  return lastPlace.place;
}

const jekyllTaxonomies: readonly SiteTaxonomy[] = [{ singular: 'category', plural: 'categories' }, { singular: 'tag', plural: 'tags' }];

const special = /^[._#~]/;
const alwaysSkipped = new Set(['node_modules', '.git', '_site', 'vendor', '.jekyll-cache']);

function listing(config: JekyllConfig): PostListing {
  const included = (name: string): boolean => config.include.includes(name);
  return {
    roots: [config.collectionsDir.replace(/^\/+|\/+$/g, '')],
    postFolders: ['_posts', '_drafts'],
    // Outside the post folders only folders are entered; inside, Jekyll's reader skips special names.
    skipsName: (name, insidePosts) => (special.test(name) && !included(name)) || (!insidePosts && alwaysSkipped.has(name)),
    excludes: (sitePath) => isExcluded(sitePath, config),
    takesFile: () => true,
    watchGlob: '**/{_posts,_drafts}/**',
  };
}

/** Rename Post to Match Title: the file takes its title's slug (date kept); `{% post_url %}` references follow. */
const renaming: PostRenaming = {
  target: (path, title, config, exists) => {
    const result = pathForTitle(path, title, own(config).slugifyMode, exists);
    return result.ok ? { ok: true, path: result.path, from: path, to: result.path } : result;
  },
  needle: (path) => postUrlNeedle(path),
  // Files Jekyll may render with Liquid (posts, pages, layouts, includes, feeds, search indexes), never the built site.
  referrers: () => ({
    include: '**/*.{md,markdown,mkdown,mkdn,mkd,html,htm,liquid,xml,txt,json}',
    exclude: '**/{_site,.jekyll-cache,.sass-cache,.git,node_modules,vendor}/**',
  }),
  referenceEdits: (text, _sitePath, oldPath, target) => ({ edits: postUrlReferenceEdits(text, oldPath, target.path), kept: 0 }),
};

export const jekyllGenerator: Generator = {
  id: 'jekyll',
  configFiles: ['_config.yml', '_config.yaml'],
  distinctNameVariants: true,
  defaultZone: 'machine',
  renderDialect: 'liquid-kramdown',
  readConfig(files) {
    // Jekyll reads the first config file that exists and nothing else.
    const first = files[0];
    const result = parseConfig(first?.text ?? '');
    return first === undefined ? result : { config: result.config, problems: result.problems.map((p) => ({ ...p, file: first.file })) };
  },
  listing: (config) => listing(own(config)),
  placeOf: (sitePath, config) => placeOnce(sitePath, own(config)),
  readPost: (text, config, options) => readPost(text, own(config).excerptSeparator, options),
  headState: (head, complete) => {
    const kind = splitFrontMatter(head, { complete }).kind;
    return kind === 'yaml' ? 'closed' : kind === 'incomplete' ? 'incomplete' : 'other';
  },
  classify: (sitePath, read, mtimeMs, ctx) => {
    const config = own(ctx.config);
    return classifyRead(sitePath, read, mtimeMs, ctx as typeof ctx & { readonly config: JekyllConfig }, placeOnce(sitePath, config));
  },
  publishes: (post, config) => jekyllPublishes(post, own(config)),
  taxonomies: () => jekyllTaxonomies,
  // site.categories and site.tags are keyed by the name exactly as written.
  nameKey: (_taxonomy, name) => name,
  checkBody: (input) => jekyllBodyFindings(input, own(input.config)),
  // Jekyll copies every file of the site that is not a page or post to the same path of the built site.
  servedFolders: () => [''],
  renaming,
  publishDraft: jekyllPublishTarget,
  // A post's names come from the folders above its `_posts` and from `defaults:` too.
  unwrittenNames: { from: 'folderOrDefaults', postsFolder: '_posts', configFile: '_config.yml' },
  defaultsKeys: (config) => own(config).defaults.flatMap((d) => Object.keys(d.values)),
  valueHover: (input) => hoverFacts(input.text, input.line, input.character, input.info, own(input.config)),
};
