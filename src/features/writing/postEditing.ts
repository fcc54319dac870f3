import { editDialectOf } from '../../core/generators/generator';
import { namesSpec, type NamesSpec } from '../../core/edits/namesSpec';
import { taxonomyKeys, type TaxonomyKind } from '../../core/edits/listEdits';
import type { EditDialect } from '../../core/edits/editDialect';
import type { Site } from '../sites/site';
import { isEditablePost } from '../../core/editablePost';

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

/** Whether a site-relative path is a post or draft the writing commands may edit (see isEditablePost). */
export function isPostPath(site: Site, rel: string): boolean {
  return isEditablePost(site.generator, site.loaded.config, site.model.shapers, rel, site.model.get(rel));
}
