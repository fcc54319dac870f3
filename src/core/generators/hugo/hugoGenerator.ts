/**
 * Hugo 0.111.3 behind the generator seam: its config files (a root `hugo.*`/`config.*` and `config/_default/`),
 * content folders per language, pages and leaf bundles (a branch's `_index` is not a post), YAML/TOML/JSON front
 * matter, drafts, publish and expiry dates, taxonomies and permalinks. The rules live in this folder's modules.
 */
import { HUGO_CONFIG_DIRS, HUGO_ROOT_CONFIG_FILES } from './hugoConfig';
import { hugoContentMounts, readHugoContentPath } from './hugoContentPath';
import { HUGO_CONTENT_EXTENSIONS, hugoFolderIndexOf, isHugoBundleHeader } from './hugoBundleHeaders';
import { readHugoSiteConfig, type HugoConfig } from './hugoSiteConfig';
import { hugoHeadState, readHugoPost } from './hugoReadPost';
import { classifyHugoPage } from './hugoClassify';
import { ownConfigContext } from '../ownConfigContext';
import { toJsRegExp } from './goValues';
import { hugoTermKey } from './hugoUrls';
import { isBuiltLanguage } from './hugoLanguages';
import { hugoFrontMatterRules } from './hugoFrontMatterRules';
import { hugoPathForTitle, hugoRefEdits, hugoRefNeedle } from './hugoRenames';
import { hugoStaticFolders } from './hugoSiteFolders';
import { hugoBodyFindings, hugoParsedFileFindings } from './hugoBodyChecks';
import { hugoParsedFiles } from './hugoParsedFiles';
import type { PostRenaming } from '../postRenaming';
import type { Generator, PostListing } from '../generator';
import type { SiteConfig } from '../../siteConfig';
import type { PostPlace } from '../../postPath';
import { hugoImages } from './hugoImages';

/** The config this generator made; anything else is a bug in the caller, not the user's file. */
function own(config: SiteConfig): HugoConfig {
  if (config.generator !== 'hugo') throw new Error(`a ${String((config as { generator: unknown }).generator)} config was given to Hugo`);
  return config;
}

const contentExtensions = new Set(HUGO_CONTENT_EXTENSIONS);
const alwaysSkipped = new Set(['node_modules', '.git', 'public', 'resources']);

function listing(config: HugoConfig): PostListing {
  const dirs = hugoContentMounts(config.hugo).map((m) => m.dir.replace(/^\.\/?|\/+$/g, ''));
  // A folder inside another mounted folder is walked as part of it.
  const roots = dirs.filter((d) => !dirs.some((o) => o !== d && (o === '' || d.startsWith(`${o}/`))));
  const ignore = config.hugo.ignoreFiles.map(toJsRegExp).filter((r): r is RegExp => r !== undefined);
  return {
    roots,
    postFolders: undefined,
    skipsName: (name) => name.startsWith('.') || name.startsWith('#') || name.endsWith('~') || alwaysSkipped.has(name),
    excludes: (sitePath) => ignore.some((r) => r.test(`/${sitePath}`)),
    takesFile: (name) => contentExtensions.has(name.slice(name.lastIndexOf('.') + 1)),
    watchGlob: roots.length === 1 && roots[0] === '' ? '**/*' : `{${roots.map((r) => `${r}/**`).join(',')}}`,
  };
}

function placeOf(sitePath: string, config: HugoConfig, shapers: ReadonlySet<string> | undefined): PostPlace {
  const path = sitePath.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '').replace(/^\/+/, '');
  const place = readHugoContentPath(path, config.hugo, shapers === undefined ? {} : { folders: hugoFolderIndexOf(shapers) });
  const reading = place.kind === 'content' ? place.readings[0] : undefined;
  if (place.kind === 'ignored') return { kind: 'notPost', sitePath: path, reason: 'ignoredName', message: `Hugo ignores this file: ${place.reason}` };
  // Sections (`_index`), bundle resources, pages in a disabled language and other files are not posts, nor the post reader's business.
  if (reading === undefined || (reading.class !== 'page' && reading.class !== 'leaf') || !isBuiltLanguage(config.hugo, reading.lang)) return { kind: 'outside', sitePath: path };
  return { kind: 'post', sitePath: path, jekyllPath: reading.path, specialDir: reading.section };
}

/** Rename Post to Match Title: the file or bundle folder takes the name `hugo new` gives the title; `ref`/`relref` follow. */
const renaming: PostRenaming = {
  target: (path, title, config, exists) => hugoPathForTitle(path, title, own(config), exists),
  needle: (_path, target) => hugoRefNeedle(target),
  referrers: (config) => {
    const dirs = hugoContentMounts(own(config).hugo).map((m) => m.dir);
    return { include: `{${dirs.join(',')}}/**/*.{${HUGO_CONTENT_EXTENSIONS.join(',')}}`, exclude: '**/{public,resources,node_modules,.git}/**' };
  },
  referenceEdits: (text, sitePath, oldPath, target, site) => hugoRefEdits(text, sitePath, oldPath, target, { config: own(site.config), pages: site.pages }),
};

export const hugoGenerator: Generator = {
  id: 'hugo',
  configFiles: HUGO_ROOT_CONFIG_FILES,
  configFolders: HUGO_CONFIG_DIRS,
  distinctNameVariants: false,
  defaultZone: 'UTC',
  renderDialect: 'hugo-goldmark',
  readConfig: (files) => readHugoSiteConfig(files),
  listing: (config) => listing(own(config)),
  placeOf: (sitePath, config, shapers) => placeOf(sitePath, own(config), shapers),
  shapesFolder: (sitePath) => isHugoBundleHeader(sitePath),
  readPost: (text, config, options) => readHugoPost(text, own(config).excerptSeparator, options),
  headState: hugoHeadState,
  classify: (sitePath, read, mtimeMs, ctx) => classifyHugoPage(sitePath, read, mtimeMs, ownConfigContext(ctx, own(ctx.config))),
  publishes: (post, config) => {
    const { buildDrafts, buildFuture, buildExpired } = own(config).hugo;
    return (buildDrafts || !post.isDraft) && (buildFuture || !post.future) && (buildExpired || !post.expired) && post.hasUrl;
  },
  taxonomies: (config) => Object.entries(own(config).hugo.taxonomies).map(([singular, plural]) => ({ singular, plural })),
  // Every taxonomy keys its terms alike (hugolib getTaxonomyKey), whatever its name.
  nameKey: (_taxonomy, name, config) => hugoTermKey(name, own(config).hugo),
  languages: (config) => own(config).siteLanguages,
  frontMatterRules: hugoFrontMatterRules(own),
  // Hugo lower-cases front-matter keys, reads a taxonomy's string as one term, and marks drafts with `draft`
  // (there is no drafts folder); `lastmod` is the first front-matter key of its default lastmod rule.
  editing: { toml: true, foldKeyCase: true, names: 'one', draftKey: 'draft', lastModifiedKey: 'lastmod' },
  renaming,
  checkBody: (input) => hugoBodyFindings(input, own(input.config)),
  parsedFiles: (_config, pages) => hugoParsedFiles(pages),
  checkParsedFile: (input) => hugoParsedFileFindings(input, own(input.config)),
  servedFolders: (config, files) => hugoStaticFolders(own(config).hugo, files),
  images: hugoImages,
};
