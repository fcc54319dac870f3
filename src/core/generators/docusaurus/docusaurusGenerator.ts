/**
 * Docusaurus 3 blogs behind the generator seam, as `@docusaurus/plugin-content-blog` 3.10.2 reads them: the
 * config read as text (never run), the blog folder's posts, js-yaml 4 front matter, draft and unlisted in a
 * production build, dates in UTC, tags (tags.yml or inline) and authors (authors.yml). The rules live in this
 * folder's modules.
 */
import { DOCUSAURUS_CONFIG_NAMES, docusaurusDataFiles, readDocusaurusSiteConfig, type DocusaurusConfig } from './docusaurusSiteConfig';
import { docusaurusListing, docusaurusPlaceOf } from './docusaurusPaths';
import { docusaurusHeadState, readDocusaurusPost } from './docusaurusReadPost';
import { classifyDocusaurusPost, docusaurusTagPermalink } from './docusaurusClassify';
import { docusaurusFrontMatterRules } from './docusaurusFrontMatterRules';
import { namedDataFiles, type Generator } from '../generator';
import { renameNamePart } from '../nameRenaming';
import { slugify } from '../../slugify';
import { reason } from '../../edits/editReasons';
import { fileLinkEdits } from '../../edits/markdownFileLinks';
import type { SiteConfig } from '../../siteConfig';
import { docusaurusImages } from './docusaurusImages';
import { configuredServedFolders } from '../servedFolder';
import { docusaurusBodyFindings } from './docusaurusBodyChecks';
import { ownConfigContext } from '../ownConfigContext';

/** The config this generator made; anything else is a bug in the caller, not the user's file. */
function own(config: SiteConfig): DocusaurusConfig {
  if (config.generator !== 'docusaurus') throw new Error(`a ${String((config as { generator: unknown }).generator)} config was given to Docusaurus`);
  return config;
}

export const docusaurusGenerator: Generator = {
  // `static/` (staticDirectories) is copied to the site's root; files beside a post are read relative to it.
  servedFolders: (config) => configuredServedFolders(own(config).raw['staticDirectories'], 'static'),
  checkBody: (input) => docusaurusBodyFindings(input, own(input.config)),
  // Rename Post: the file (or a dated folder's) name after the date takes the title's name as New Post makes it; the
  // slug follows it unless the front matter sets one.
  renaming: {
    target: (path, title, config, exists) => {
      const place = docusaurusPlaceOf(path, own(config));
      if (place.kind !== 'post' && place.kind !== 'draft') return { ok: false, reason: reason('notRenamable') };
      return renameNamePart({ path, root: own(config).docusaurus.blogDir, name: slugify(title.trim(), { mode: 'default' }), exists });
    },
    // Docusaurus turns a link to a post's FILE into the post's URL (`./x.md` from the linking file; `/x.md` from the
    // blog folder, then the site; `x.md` from the file's folder first; `@site/…`): such links in the blog follow the
    // file (markdownFileLinks.ts).
    needle: (_path, target) => target.from.slice(target.from.lastIndexOf('/') + 1),
    referrers: (config) => {
      const dir = own(config).docusaurus.blogDir;
      return { include: `${dir === '' ? '' : `${dir}/`}**/*.{md,mdx}`, exclude: '**/{node_modules,build,.docusaurus,.git}/**' };
    },
    referenceEdits: (text, sitePath, oldPath, target, site) => {
      const pages = new Set(site.pages);
      return { edits: fileLinkEdits(text, sitePath, oldPath, target.path, { contentRoots: [own(site.config).docusaurus.blogDir], known: (p) => pages.has(p) }), kept: 0 };
    },
  },
  id: 'docusaurus',
  configFiles: DOCUSAURUS_CONFIG_NAMES,
  dataFiles: (config) => namedDataFiles(docusaurusDataFiles(own(config))),
  // Tags with one permalink are one tag page (groupTaggedItems): names are keyed, not distinct.
  distinctNameVariants: false,
  defaultZone: 'UTC',
  renderDialect: 'docusaurus-mdx',
  readConfig: (files) => readDocusaurusSiteConfig(files),
  listing: (config) => docusaurusListing(own(config)),
  placeOf: (sitePath, config) => docusaurusPlaceOf(sitePath, own(config)),
  readPost: (text, config, options) => readDocusaurusPost(text, own(config).excerptSeparator, options),
  headState: docusaurusHeadState,
  classify: (sitePath, read, mtimeMs, ctx) => classifyDocusaurusPost(sitePath, read, mtimeMs, ownConfigContext(ctx, own(ctx.config))),
  // A production build leaves drafts out and nothing else (a future date is built too).
  publishes: (post) => !post.isDraft && post.hasUrl,
  taxonomies: () => [
    { singular: 'tag', plural: 'tags' },
    { singular: 'author', plural: 'authors' },
  ],
  nameKey: (taxonomy, name, config) => (taxonomy === 'tags' ? docusaurusTagPermalink(name, own(config)) : name),
  frontMatterRules: docusaurusFrontMatterRules(own),
  // Tags and authors are lists of names as written; publishing sets or clears `draft` (there is no drafts folder).
  editing: { toml: false, foldKeyCase: false, names: 'one', draftKey: 'draft', lastModifiedKey: 'last_modified_at' },
  images: docusaurusImages,
};
