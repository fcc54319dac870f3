/**
 * Names that nest (Hexo's hierarchical categories, carried as chains joined by `/`): which keys are at the top and
 * which are each key's children, by the generator's parent rule (Generator.nameParent). Pure.
 */

export interface KeyNesting {
  /** Keys with no parent among the keys, in the order given. */
  readonly roots: readonly string[];
  /** A key's children, in the order given. */
  readonly children: ReadonlyMap<string, readonly string[]>;
  /** A key's parent, when it has one among the keys. */
  readonly parents: ReadonlyMap<string, string>;
}

/** Nests `keys` by `parentOf`; a key whose parent is not among them is a root. */
export function nestKeys(keys: Iterable<string>, parentOf: (key: string) => string | undefined): KeyNesting {
  const all = [...keys];
  const present = new Set(all);
  const roots: string[] = [];
  const children = new Map<string, string[]>();
  const parents = new Map<string, string>();
  for (const key of all) {
    const parent = parentOf(key);
    if (parent === undefined || !present.has(parent) || parent === key) {
      roots.push(key);
      continue;
    }
    parents.set(key, parent);
    const list = children.get(parent);
    if (list === undefined) children.set(parent, [key]);
    else list.push(key);
  }
  return { roots, children, parents };
}

/** The label of a nested name under its parent: `개발/Go` under `개발` is `Go`; a name not under it stays whole. */
export function childLabel(name: string, parentName: string, separator: string): string {
  return name.startsWith(`${parentName}${separator}`) ? name.slice(parentName.length + separator.length) : name;
}
