/**
 * Astro 5 blogs behind the generator seam, as Astro 5.18.2 reads them: `astro.config.*` and the content config
 * read as text (never run), the posts collection's glob loader, front matter by Astro's own parser (YAML `---`
 * with js-yaml 4, TOML `+++` with smol-toml), entry ids, and the roles of the schema's fields (date, draft, tags).
 * A URL only where the site's blog route lets Postcraft infer it. The rules live in this folder's modules.
 */
import { ASTRO_CONFIG_NAMES, ASTRO_CONTENT_CONFIG_NAMES, ASTRO_SETTINGS_FILE, astroRouteFiles, astroRouteFolders, readAstroSiteConfig, type AstroConfig } from './astroSiteConfig';
import { astroListing, astroPlaceOf } from './astroPaths';
import { astroHeadState, readAstroPost } from './astroReadPost';
import { classifyAstroPost } from './astroClassify';
import { namedDataFiles, type Generator } from '../generator';
import { renameNamePart } from '../nameRenaming';
import { urlReferences } from '../urlRenaming';
import { astroEntryOf } from './astroPaths';
import { astroTitleName } from './astroNewPost';
import { reason } from '../../edits/editReasons';
import type { SiteConfig } from '../../siteConfig';
import { astroImages } from './astroImages';
import { configuredServedFolders } from '../servedFolder';
import { ownConfigContext } from '../ownConfigContext';

/** The config this generator made; anything else is a bug in the caller, not the user's file. */
function own(config: SiteConfig): AstroConfig {
  if (config.generator !== 'astro') throw new Error(`a ${String((config as { generator: unknown }).generator)} config was given to Astro`);
  return config;
}

export const astroGenerator: Generator = {
  // `public/` (astro.config's publicDir) is copied to the site's root; images beside a post are read relative to it.
  servedFolders: (config) => configuredServedFolders(own(config).raw['publicDir'], 'public'),
  // Rename Post: the file (or an index file's folder) takes the title's name as New Post makes it, a date prefix
  // kept; the entry id follows unless the front matter sets a slug.
  renaming: {
    target: (path, title, config, exists) => {
      const entry = astroEntryOf(path, own(config));
      if (entry === undefined || astroPlaceOf(path, own(config)).kind !== 'post') return { ok: false, reason: reason('notRenamable') };
      return renameNamePart({ path, root: entry.source.base, name: astroTitleName(title), exists });
    },
    // Links to the post's route (`/blog/<id>/`) in the site's pages and posts follow it.
    ...urlReferences({
      referrers: () => ({ include: 'src/**/*.{md,mdx,markdoc,astro,html}', exclude: '{**/node_modules/**,**/.git/**,dist/**,.astro/**}' }),
      urlHoldsBase: true,
    }),
  },
  id: 'astro',
  // The site's `.vscode/settings.json` last: `postcraft.astro.collections` and `postcraft.astro.fields` are read from it.
  configFiles: [...ASTRO_CONFIG_NAMES, ...ASTRO_CONTENT_CONFIG_NAMES, ASTRO_SETTINGS_FILE],
  // The blog route files (`src/pages/blog/[...slug].astro`) are looked for, never read as code: they exist or not.
  dataFiles: (config) => namedDataFiles(astroRouteFiles(astroRouteFolders([...new Set(own(config).astro.sources.map((s) => s.collection))]))),
  // Tags are strings the site's own code uses as it likes: names are exact.
  distinctNameVariants: true,
  // `z.coerce.date()` reads a date-time without an offset in the process's (the machine's) zone.
  defaultZone: 'machine',
  renderDialect: 'astro-mdx',
  readConfig: (files) => readAstroSiteConfig(files),
  listing: (config) => astroListing(own(config)),
  placeOf: (sitePath, config) => astroPlaceOf(sitePath, own(config)),
  readPost: (text, config, options) => readAstroPost(text, own(config).astro.roles.date, own(config).excerptSeparator, options),
  headState: astroHeadState,
  classify: (sitePath, read, mtimeMs, ctx) => classifyAstroPost(sitePath, read, mtimeMs, ownConfigContext(ctx, own(ctx.config))),
  // Astro builds every entry; a blog leaves drafts out in its own code.
  publishes: (post) => !post.isDraft,
  taxonomies: (config) => {
    const { roles, collections, sources } = own(config).astro;
    const fields = collections.filter((c) => sources.some((s) => s.collection === c.name)).flatMap((c) => c.fields.map((f) => f.name));
    return [
      ...(fields.includes(roles.categories) ? [{ singular: 'category', plural: roles.categories }] : []),
      { singular: 'tag', plural: roles.tags },
    ];
  },
  nameKey: (_taxonomy, name) => name,
  // Tags are lists of names as written; publishing sets or clears `draft` (there is no drafts folder).
  editing: { toml: true, foldKeyCase: false, names: 'one', draftKey: 'draft', lastModifiedKey: 'updatedDate' },
  // The site's schema names the fields: the draft flag is its draft field (none where it has none), the last
  // modification its updated field.
  editingFor: (config) => {
    const { draftField, roles } = own(config).astro;
    return {
      toml: true,
      foldKeyCase: false,
      names: 'one',
      draftKey: draftField,
      lastModifiedKey: roles.updated,
      ...(draftField === undefined ? { noDrafts: reason('noDraftField', roles.draft) } : {}),
    };
  },
  images: astroImages,
};
