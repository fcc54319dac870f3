/**
 * Hexo 8.1.2 behind the generator seam: `_config.yml` over Hexo's defaults, posts in `source/_posts` and drafts in
 * `source/_drafts`, hexo-front-matter's `---` / `;;;` / no-opening blocks, dates re-zoned by `timezone`, tags and
 * category chains, and the permalink. The rules live in this folder's modules.
 */
import { HEXO_CONFIG_FILES, readHexoSiteConfig, type HexoConfig } from './hexoSiteConfig';
import { hexoEditRefusal, hexoHeadState, readHexoPost } from './hexoReadPost';
import { classifyHexoPost } from './hexoClassify';
import { hexoPublishTarget } from './hexoPublish';
import { hexoReferenceEdits, hexoRenameTarget, hexoSlugOf } from './hexoRename';
import { hexoPlaceOf, hexoPostRoots, isHexoHiddenPath, isHexoTmpFile, HEXO_RENDERABLE } from './hexoPlace';
import type { Generator, PostListing, SiteTaxonomy } from '../generator';
import type { PostRenaming } from '../postRenaming';
import type { EditDialect } from '../../edits/editDialect';
import { hexoWallClockText } from './hexoPublish';
import type { SiteConfig } from '../../siteConfig';
import { hexoImages } from './hexoImages';
import { HEXO_CATEGORY_SEPARATOR } from './hexoTaxonomy';
import { hexoBodyFindings } from './hexoBodyChecks';
import { hexoAssetFolder, hexoHidesServed, hexoServedFolders } from './hexoServed';

/** The config this generator made; anything else is a bug in the caller, not the user's file. */
function own(config: SiteConfig): HexoConfig {
  if (config.generator !== 'hexo') throw new Error(`a ${String((config as { generator: unknown }).generator)} config was given to Hexo`);
  return config;
}

const hexoEditing: EditDialect = { toml: false, foldKeyCase: false, names: 'one', draftKey: undefined, lastModifiedKey: 'last_modified_at', refusal: hexoEditRefusal };

const hexoTaxonomies: readonly SiteTaxonomy[] = [{ singular: 'category', plural: 'categories' }, { singular: 'tag', plural: 'tags' }];

/** Rename Post: the file takes the title's slug, and `post_link`/`post_path` tags follow (hexoRename.ts). */
const renaming: PostRenaming = {
  target: (path, title, config, exists) => hexoRenameTarget(path, title, own(config), exists),
  needle: (path, _target, config) => hexoSlugOf(path, own(config)),
  // Tags are rendered in the source folder's files (posts, pages), never in the generated site.
  referrers: (config) => {
    const dir = own(config).hexo.sourceDir;
    return { include: `${dir === '' || dir === '.' ? '' : `${dir}/`}**/*.{md,markdown,mkd,mkdn,mdwn,mdtxt,mdtext,html,htm,njk}`, exclude: '**/{node_modules,public,.deploy_git,.git}/**' };
  },
  referenceEdits: (text, _sitePath, oldPath, target, site) => {
    const config = own(site.config);
    const from = hexoSlugOf(oldPath, config);
    const to = hexoSlugOf(target.path, config);
    return { edits: from === undefined || to === undefined ? [] : hexoReferenceEdits(text, from, to), kept: 0 };
  },
};

function listing(config: HexoConfig): PostListing {
  const roots = hexoPostRoots(config.hexo);
  return {
    roots: [roots.posts, roots.drafts],
    postFolders: undefined,
    skipsName: (name) => isHexoHiddenPath(name) || isHexoTmpFile(name),
    excludes: () => false,
    takesFile: (name) => HEXO_RENDERABLE.has(name.slice(name.lastIndexOf('.') + 1)),
    watchGlob: `{${roots.posts},${roots.drafts}}/**`,
  };
}

export const hexoGenerator: Generator = {
  id: 'hexo',
  configFiles: HEXO_CONFIG_FILES,
  // Tags and categories are found by their exact name (models/post.ts setTags: Tag.findOne({ name })).
  distinctNameVariants: true,
  defaultZone: 'machine',
  renderDialect: 'hexo-marked',
  readConfig: (files) => {
    // Hexo reads the first config file that exists.
    const first = files[0];
    return readHexoSiteConfig(first === undefined ? [] : [first]);
  },
  listing: (config) => listing(own(config)),
  placeOf: (sitePath, config) => hexoPlaceOf(sitePath, own(config).hexo),
  readPost: (text, config, options) => readHexoPost(text, own(config).excerptSeparator, options),
  headState: hexoHeadState,
  classify: (sitePath, read, mtimeMs, ctx) => classifyHexoPost(sitePath, read, mtimeMs, { config: own(ctx.config), machine: ctx.zone, nowMs: ctx.nowMs }),
  publishes: (post, config) => {
    const { renderDrafts, future } = own(config).hexo;
    return (renderDrafts || (!post.isDraft && !post.markedUnpublished)) && (future || !post.future) && post.hasUrl;
  },
  taxonomies: () => hexoTaxonomies,
  nameKey: (_taxonomy, name) => name,
  // Categories are chains, `개발/Go` a child of `개발` (hexoTaxonomy.ts); a post counts under each of its chain.
  nameNesting: {
    separator: HEXO_CATEGORY_SEPARATOR,
    parentOf: (taxonomy, key) => {
      const cut = taxonomy === 'categories' ? key.lastIndexOf(HEXO_CATEGORY_SEPARATOR) : -1;
      return cut > 0 ? key.slice(0, cut) : undefined;
    },
  },
  // A string is one name to Hexo (`tags: Go Lang` is the tag "Go Lang"), drafts live in their own folder, and
  // front matter is edited as YAML.
  editing: hexoEditing,
  // Update Last Modified writes Hexo's own `updated` as the wall clock in `timezone` (else the machine's zone), the
  // way Hexo reads it back; an offset would be dropped before that reading.
  editingFor: (config) => ({ ...hexoEditing, lastModifiedKey: 'updated', lastModifiedStamp: (nowMs, machine) => hexoWallClockText(nowMs, own(config).siteZone ?? machine) }),
  renaming,
  checkBody: hexoBodyFindings,
  servedFolders: (config, files) => hexoServedFolders(own(config).hexo, files),
  assetFolder: (postPath, config) => hexoAssetFolder(postPath, own(config).hexo),
  hidesServed: (sitePath, config) => hexoHidesServed(sitePath, own(config).hexo),
  publishDraft: (draft) => hexoPublishTarget({ ...draft, config: own(draft.config), machine: draft.zone }),
  images: hexoImages,
};
