/**
 * How a site writes its names lists, learned from its posts' front matter as written: flow lists (`tags: [a, b]`) or
 * block lists, names in double quotes or plain, and the singular key (`category: X`) where its posts use it. New
 * keys (New Post, Add Tags on a post with no tags yet) are written the same way.
 */
import { splitFrontMatter } from '../frontMatterSplit';
import { formatScalar } from './yamlQuote';
import { taxonomyKeys, type TaxonomyKind } from './listEdits';

export interface ListHabits {
  readonly flow: boolean;
  readonly quoted: boolean;
  /** The plural keys (`categories`) whose posts mostly write the singular key (`category: X`) instead. */
  readonly singular: ReadonlySet<string>;
}

const KEY_LINE = /^(categories|category|tags|tag)[ \t]*:[ \t]*([^\r\n]*)$/gm;
const BLOCK_ITEM = /^[ \t]*-[ \t]+(\S)/;

/** The habits most of the texts share (a tie between flow and block lists goes to flow; quotes and the singular key need a majority). */
export function listHabitsOf(texts: readonly string[]): ListHabits {
  let lists = 0;
  let flow = 0;
  let names = 0;
  let quoted = 0;
  const keyUse: Record<TaxonomyKind, { singular: number; plural: number }> = { category: { singular: 0, plural: 0 }, tag: { singular: 0, plural: 0 } };
  for (const text of texts) {
    const split = splitFrontMatter(text);
    if (split.kind !== 'yaml') continue;
    const yaml = split.yaml;
    for (const m of yaml.matchAll(KEY_LINE)) {
      const key = m[1] ?? '';
      const rest = (m[2] ?? '').replace(/[ \t]+#.*$/, '').trim();
      const kind: TaxonomyKind = key.startsWith('tag') ? 'tag' : 'category';
      const use = keyUse[kind];
      if (key === taxonomyKeys[kind].singular) use.singular++;
      else use.plural++;
      if (rest.startsWith('[')) {
        lists++;
        flow++;
        for (const item of rest.slice(1).split(',')) {
          const t = item.trim();
          if (t === '' || t === ']') continue;
          names++;
          if (t.startsWith('"')) quoted++;
        }
      } else if (rest === '') {
        lists++;
        for (const line of yaml.slice((m.index ?? 0) + m[0].length).split(/\r?\n/).slice(1)) {
          const item = BLOCK_ITEM.exec(line);
          if (item === null) break;
          names++;
          if (item[1] === '"') quoted++;
        }
      } else {
        names++;
        if (rest.startsWith('"')) quoted++;
      }
    }
  }
  const singular = new Set((Object.keys(keyUse) as TaxonomyKind[]).filter((k) => keyUse[k].singular > keyUse[k].plural).map((k) => taxonomyKeys[k].plural));
  return { flow: lists > 0 && flow * 2 >= lists, quoted: names > 0 && quoted * 2 > names, singular };
}

/** The lines of a new key holding `names`, in the site's habits (`indent` is the block items' prefix). */
export function newListLines(keys: { readonly plural: string; readonly singular?: string | undefined }, names: readonly string[], habits: ListHabits, indent = '  - '): string[] {
  if (names.length === 0) return [];
  const style = habits.quoted ? 'double' : 'plain';
  const [only] = names;
  if (names.length === 1 && only !== undefined && keys.singular !== undefined && habits.singular.has(keys.plural)) return [`${keys.singular}: ${formatScalar(only, { style })}`];
  if (habits.flow) return [`${keys.plural}: [${names.map((n) => formatScalar(n, { style, flow: true })).join(', ')}]`];
  return [`${keys.plural}:`, ...names.map((n) => `${indent}${formatScalar(n, { style })}`)];
}
