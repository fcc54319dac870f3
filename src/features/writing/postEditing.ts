import { editDialectOf } from '../../core/generators/generator';
import { namesSpec, type NamesSpec } from '../../core/edits/namesSpec';
import { taxonomyKeys, type TaxonomyKind } from '../../core/edits/listEdits';
import type { EditDialect } from '../../core/edits/editDialect';
import type { Site } from '../sites/site';

/** How the site's generator wants its posts edited. */
export function dialectOf(site: Site): EditDialect {
  return editDialectOf(site.generator, site.loaded.config);
}

/** The front-matter key of categories or tags (Jekyll's and Hugo's alike: `categories`, `tags`). */
export function kindKey(kind: TaxonomyKind): string {
  return taxonomyKeys[kind].plural;
}

/** The names of a taxonomy (by its key) in the site's posts: keys, how names are read, and the generator's name key. */
export function siteSpec(site: Site, key: string): NamesSpec {
  const singular = Object.values(taxonomyKeys).find((k) => k.plural === key)?.singular;
  return namesSpec(dialectOf(site), key, singular, (name) => site.generator.nameKey(key, name, site.loaded.config));
}

/**
 * Whether a site-relative path is a post or draft the writing commands may edit: where the generator looks for posts
 * (a file the model has not read yet too, such as one just created), or a post of the model.
 */
export function isPostPath(site: Site, rel: string): boolean {
  if (site.generator.placeOf(rel, site.loaded.config, site.model.shapers).kind !== 'outside') {
    return true;
  }
  const post = site.model.get(rel);
  return post !== undefined && post.status !== 'notPost';
}
