/**
 * Eleventy 3.1.8 behind the generator seam: its config file read as text (never run), Markdown templates inside
 * the input folder, the data cascade of template and directory data files, posts as the members of the site's post
 * collections, UTC dates, and `page.url`. The rules live in this folder's modules.
 */
import { ELEVENTY_CONFIG_FILES, ELEVENTY_IGNORE_FILES } from './eleventyConfig';
import { isIgnored } from './eleventyIgnores';
import { isEleventyDataFileName } from './eleventyData';
import { ELEVENTY_SKIPPED, eleventyPlace, linkingDirs, nonTemplateDirs } from './eleventyPlace';
import { readEleventySiteConfig, type EleventyConfig } from './eleventySiteConfig';
import { eleventyHeadState, readEleventyPost } from './eleventyReadPost';
import { classifyEleventyTemplate } from './eleventyClassify';
import { eleventyFrontMatterRules } from './eleventyFrontMatterRules';
import type { DataFileListing, Generator, PostListing } from '../generator';
import { renameNamePart } from '../nameRenaming';
import { urlReferences } from '../urlRenaming';
import { slugify } from '../../slugify';
import { reason } from '../../edits/editReasons';
import type { SiteConfig } from '../../siteConfig';
import type { PostPlace } from '../../postPath';
import { eleventyImages } from './eleventyImages';
import { eleventyServedFolders } from './eleventyPassthrough';

/** The config this generator made; anything else is a bug in the caller, not the user's file. */
function own(config: SiteConfig): EleventyConfig {
  if (config.generator !== 'eleventy') throw new Error(`a ${String((config as { generator: unknown }).generator)} config was given to Eleventy`);
  return config;
}

function skipsName(name: string): boolean {
  return name.startsWith('.') || ELEVENTY_SKIPPED.has(name);
}

/** The walk for data files also finds the input folder's `.eleventyignore`. */
function skipsDataName(name: string): boolean {
  return name !== '.eleventyignore' && skipsName(name);
}

function listing(config: EleventyConfig): PostListing {
  const { dirs, ignores } = config.eleventy;
  const skipped = nonTemplateDirs(dirs);
  return {
    roots: [dirs.input],
    postFolders: undefined,
    skipsName,
    excludes: (sitePath) => skipped.some((d) => sitePath === d || sitePath.startsWith(`${d}/`)) || isIgnored(sitePath, ignores),
    takesFile: (name) => name.toLowerCase().endsWith('.md'),
    // Folders too: a folder renamed or moved is one event for the folder, none for the posts inside it.
    watchGlob: dirs.input === '' ? '**' : `${dirs.input}/**`,
  };
}

function dataFiles(config: EleventyConfig): DataFileListing {
  const { dirs } = config.eleventy;
  const skipped = nonTemplateDirs(dirs);
  return {
    roots: [dirs.input],
    skipsName: skipsDataName,
    takes: (sitePath) => (dirs.input !== '' && sitePath === `${dirs.input}/.eleventyignore`) || (isEleventyDataFileName(sitePath) && !skipped.some((d) => sitePath.startsWith(`${d}/`))),
    // No braces: the glob goes inside the watcher's own {a,b} group. It matches .json, .js, .cjs, .mjs.
    watchGlob: `${dirs.input === '' ? '' : `${dirs.input}/`}**/*.*js*`,
  };
}

function placeOf(sitePath: string, config: EleventyConfig): PostPlace {
  const place = eleventyPlace(sitePath, config.eleventy.dirs, config.eleventy.ignores);
  if (place.kind === 'outside') return { kind: 'outside', sitePath: place.sitePath };
  return { kind: 'post', sitePath: place.sitePath, jekyllPath: place.inInput, specialDir: config.eleventy.dirs.input };
}

export const eleventyGenerator: Generator = {
  // Passthrough copy is code: read as text, and where it cannot be, nothing is said of what the site serves.
  servedFolders: (config) => eleventyServedFolders(own(config).eleventy.passthroughPaths, own(config).eleventy.dirs.input),
  // Rename Post: the file (or an index file's folder) takes the title's name as New Post makes it, a date prefix
  // kept; the folder rule's URL (`page.fileSlug`) follows unless a permalink is set, and so do links to the old URL
  // in the input folder's pages and in the layouts and includes (Markdown, HTML and templates, `{{ '/x/' | url }}`
  // included).
  renaming: {
    target: (path, title, config, exists) => {
      const place = placeOf(path, own(config));
      if (place.kind !== 'post') return { ok: false, reason: reason('notRenamable') };
      return renameNamePart({ path, root: own(config).eleventy.dirs.input, name: slugify(title.trim()), exists });
    },
    ...urlReferences({
      referrers: (config) => {
        const { dirs } = own(config).eleventy;
        const folders = linkingDirs(dirs);
        const within = folders.length > 1 ? `{${folders.join(',')}}/` : folders[0] ? `${folders[0]}/` : '';
        return { include: `${within}**/*.{md,markdown,html,njk,liquid}`, exclude: `{**/node_modules/**,**/.git/**,${dirs.output === '' ? '_site' : dirs.output}/**}` };
      },
      // page.url never holds pathPrefix: the `url` filter adds it (HtmlBasePlugin's `htmlBaseUrl` too).
      urlHoldsBase: false,
      urlFilters: ['url', 'htmlBaseUrl'],
    }),
  },
  id: 'eleventy',
  configFiles: [...ELEVENTY_CONFIG_FILES, ...ELEVENTY_IGNORE_FILES],
  dataFiles: (config) => dataFiles(own(config)),
  // Tags are collection names, exact: `Go` and `go` are two collections.
  distinctNameVariants: true,
  defaultZone: 'UTC',
  renderDialect: 'eleventy-markdown-it',
  readConfig: (files) => readEleventySiteConfig(files),
  listing: (config) => listing(own(config)),
  placeOf: (sitePath, config) => placeOf(sitePath, own(config)),
  readPost: (text, config, options) => readEleventyPost(text, own(config).excerptSeparator, options),
  headState: eleventyHeadState,
  classify: (sitePath, read, mtimeMs, ctx) => classifyEleventyTemplate(sitePath, read, mtimeMs, { config: own(ctx.config) }),
  // No clock: Eleventy builds future dates; drafts only where the config's own rule drops them.
  publishes: (post) => !post.isDraft && post.hasUrl,
  // The topic tags (the post collection tags are what makes a post, see classifyEleventyTemplate); no categories.
  taxonomies: () => [{ singular: 'tag', plural: 'tags' }],
  nameKey: (_taxonomy, name) => name,
  frontMatterRules: eleventyFrontMatterRules,
  // A string of tags is split on commas by Eleventy; edits keep one name per string; a draft is `draft: true`
  // (the docs' preprocessor recipe), never a folder.
  editing: { toml: false, foldKeyCase: false, names: 'one', draftKey: 'draft', lastModifiedKey: 'last_modified_at' },
  images: eleventyImages,
};
