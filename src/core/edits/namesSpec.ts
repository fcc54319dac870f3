/** Which front-matter keys hold a taxonomy's names in a post, and how its names are read and compared. */
import { defaultEditDialect, type EditDialect } from './editDialect';
import { taxonomyKeys, type TaxonomyKind } from './listEdits';

export interface NamesSpec {
  /** The taxonomy's own key (`tags`, `categories`, `series`). */
  readonly key: string;
  /** A key that holds one name, read too (Jekyll's `tag:`); undefined when there is none. */
  readonly singular: string | undefined;
  /** Whether a string value of `key` is names separated by spaces (else the whole string is one name). */
  readonly split: boolean;
  /** The key a name is filed under: names with one key are one name. */
  readonly keyOf: (name: string) => string;
  readonly foldKeyCase: boolean;
}

/** The spec of a taxonomy (by its key) under a dialect; `singular` is the key's one-name form when the dialect reads it. */
export function namesSpec(dialect: EditDialect, key: string, singular: string | undefined, keyOf: (name: string) => string): NamesSpec {
  const split = dialect.names === 'split';
  return { key, singular: split ? singular : undefined, split, keyOf, foldKeyCase: dialect.foldKeyCase };
}

/** Categories or tags as the edit layer first read them: both keys, names exact, strings split on spaces. */
export function kindSpec(kind: TaxonomyKind): NamesSpec {
  const keys = taxonomyKeys[kind];
  return namesSpec(defaultEditDialect, keys.plural, keys.singular, (name) => name);
}
