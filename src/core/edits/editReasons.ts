import { fillLabel } from '../render/renderTypes';

/**
 * The English text of every reason an edit or a move is refused, by stable key, with `{0}`-style arguments. The
 * editor looks the same template up in its l10n bundle (so the Korean text lives there).
 */
export const EDIT_REASONS = {
  frontMatterLanguage: 'the front matter is in "{0}", which is code: Postcraft never runs it, and edits only YAML or TOML front matter',
  frontMatterUnclosed: 'the front matter is never closed: add a line with --- after it',
  frontMatterTooLarge: 'the front matter is too large to edit',
  frontMatterNotYaml: 'the front matter is {0}, which Postcraft cannot edit yet; only YAML front matter can be edited',
  frontMatterIncomplete: 'the front matter is not complete',
  yamlError: 'the front matter has a YAML error on line {0}: {1}',
  notMapping: 'the front matter is not a mapping of keys to values',
  notSingleValue: '`{0}` holds a list or a mapping, not a single value',
  notNames: '`{0}` cannot be read as names',
  alias: '`{0}` is an alias; edit it by hand',
  namesInMapping: '`{0}` holds a mapping, not names',
  singularKey: 'this post uses the singular `{0}:` key, which holds one name; use `{1}:`',
  nestedValues: '`{0}` holds nested values; edit it by hand',
  unhandledStyle: '`{0}` is written in a way this edit does not handle',
  titleRequired: 'a title is required',
  titleOneLine: 'the title must be one line',
  noSlug: 'the title has no letters or digits to make a file name from',
  notADraft: 'only a file in a `_drafts` folder can be published',
  notInPosts: 'only a file in a `_posts` folder can be moved to drafts',
  notRenamable: 'only a post or a draft can be renamed to match its title',
  nameMatchesTitle: 'the file name already matches the title',
  hasTranslations: 'the post has translations beside it, which share its file name; rename them together by hand',
  hasAssetFolder: 'the post has an asset folder beside it, named as its file; rename them together by hand',
  assetFolderTaken: 'its asset folder would move to `{0}`, which already exists',
  noDraftField: 'the collection\'s schema has no `{0}` field to mark a draft with; name the field with the postcraft.astro.fields setting',
  badTemplate: 'the post template cannot be used: {0}',
  tomlError: 'the front matter has a TOML error on line {0}: {1}',
  tomlUnclosed: 'the front matter is never closed: add a line with +++ after it',
  tomlUnhandled: 'the TOML front matter is written in a way this edit does not handle (line {0}); edit it by hand',
  tomlInTable: '`{0}` is set in a table or with a dotted key; only top-level keys are edited, edit it by hand',
  tomlUnchecked: 'the edit of `{0}` would not read back as intended; edit it by hand',
} as const;

export type EditReasonKey = keyof typeof EDIT_REASONS;

/** Why an edit was refused: a template and its arguments, put into words by whoever shows it. */
export interface EditReason {
  readonly key: EditReasonKey;
  readonly args: readonly (string | number | EditReason)[];
}

export function reason(key: EditReasonKey, ...args: (string | number | EditReason)[]): EditReason {
  return { key, args };
}

/** Fills a template in the UI language; the core's default keeps the English. */
export type LocalizeReason = (template: string, ...args: (string | number)[]) => string;

/** The reason in words (a nested reason too). */
export function reasonText(r: EditReason, localize: LocalizeReason = fillLabel): string {
  return localize(EDIT_REASONS[r.key], ...r.args.map((a) => (typeof a === 'object' ? reasonText(a, localize) : a)));
}
