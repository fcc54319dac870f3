/**
 * Categories and tags with Jekyll 4.3.1's rules (document.rb, utils.rb) and `site.categories` /
 * `site.tags` grouping, plus health findings about names that are probably meant to be the same.
 */

/** Ruby's `to_s` for YAML values (numbers, booleans, nil, nested arrays print like Ruby's inspect). */
export function rubyToS(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) || !Number.isFinite(v) ? rubyNumber(v) : String(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(rubyInspect).join(', ')}]`;
  if (typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}=>${rubyInspect(x)}`).join(', ')}}`;
  return typeof v === 'bigint' || typeof v === 'symbol' ? v.toString() : '';
}

function rubyNumber(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return 'Infinity';
  if (v === -Infinity) return '-Infinity';
  return String(v);
}

function rubyInspect(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === null || v === undefined) return 'nil';
  return rubyToS(v);
}

/** Ruby's String#split with no argument: on runs of ASCII whitespace, ignoring leading ones. */
export function rubySplit(s: string): string[] {
  return s.split(/[ \t\n\v\f\r]+/).filter((x) => x !== '');
}

/** Folders above `_posts` (or `_drafts`) become categories; folders inside it do not. */
export function categoriesFromPath(relativePath: string, specialDir: string): string[] {
  if (relativePath.startsWith(specialDir)) return [];
  // Jekyll: relative_path.sub(/#{special_dir}.*/, "") — the first occurrence anywhere.
  const at = relativePath.indexOf(specialDir);
  const head = at < 0 ? relativePath : relativePath.slice(0, at);
  const basename = relativePath.slice(relativePath.lastIndexOf('/') + 1);
  return head.split('/').filter((c) => c !== '' && c !== specialDir && c !== basename);
}

export type CategoryMerge = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

/**
 * Jekyll's merge_categories!: an incoming string is split on whitespace; when the data already holds a
 * list, the result is the union (existing first). A non-list value meeting a list fails Jekyll's read.
 */
export function mergeCategories(existing: unknown, incoming: unknown): CategoryMerge {
  if (incoming === null || incoming === undefined) return { ok: true, value: existing };
  const next = typeof incoming === 'string' ? rubySplit(incoming) : incoming;
  if (!Array.isArray(existing)) return { ok: true, value: next };
  if (!Array.isArray(next)) {
    return { ok: false, message: '`categories` must be a list or a space-separated string; Jekyll cannot read this file' };
  }
  const all = existing as readonly unknown[];
  const more = next as readonly unknown[];
  // Nothing to join (the common case of a post straight in _posts): distinct names are their own union.
  if (all.length === 0 && areDistinctStrings(more)) return { ok: true, value: more };
  const total = all.length + more.length;
  const union: unknown[] = [];
  // A post has few categories: looking through the keys costs less than a Set, which only many names need.
  const keys: unknown[] = [];
  const seen = total > 16 ? new Set<unknown>() : undefined;
  for (let i = 0; i < total; i++) {
    const c = i < all.length ? all[i] : more[i - all.length];
    const key = typeof c === 'object' && c !== null ? JSON.stringify(c) : c;
    if (seen === undefined ? keys.includes(key) : seen.has(key)) continue;
    if (seen === undefined) keys.push(key);
    else seen.add(key);
    union.push(c);
  }
  return { ok: true, value: union };
}

/** Whether every item of the list is a string (no holes) and none is there twice. */
function areDistinctStrings(list: readonly unknown[]): boolean {
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (typeof item !== 'string') return false;
    for (let j = 0; j < i; j++) if (list[j] === item) return false;
  }
  return true;
}

/** Ruby's Kernel#Array. */
function rubyArray(v: unknown): unknown[] {
  if (v === null || v === undefined) return [];
  if (Array.isArray(v)) return v;
  if (typeof v === 'object') return Object.entries(v);
  return [v];
}

function pluralized(data: Readonly<Record<string, unknown>>, singular: string, plural: string): unknown[] {
  let value: unknown = data[singular];
  if (value === null || value === undefined || value === false) {
    const p = data[plural];
    // A list's nil items need no filtering here: flatInto leaves them out.
    value = typeof p === 'string' ? rubySplit(p) : Array.isArray(p) ? p : undefined;
  }
  // As `[value].flat(Infinity)` without nulls, which is several times slower in V8 (it runs for every post).
  const flat: unknown[] = [];
  flatInto(value, flat);
  return flat;
}

/** Array#flat(Infinity) into `out` (holes skipped), leaving out null and undefined. */
function flatInto(value: unknown, out: unknown[]): void {
  if (!Array.isArray(value)) {
    if (value !== null && value !== undefined) out.push(value);
    return;
  }
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    // Most items are strings (a hole reads as undefined, so a string is never one): no hole test, no call.
    if (typeof item === 'string') out.push(item);
    else if (i in value) flatInto(item, out);
  }
}

/** Jekyll's populate_categories: data categories + `category` (or split `categories`), to_s, unique. */
export function populateCategories(data: Readonly<Record<string, unknown>>): string[] {
  // Without `category`, the list is `categories` twice over: distinct strings are the answer as they are.
  const own = data['categories'];
  const category = data['category'];
  if ((category === undefined || category === null || category === false) && Array.isArray(own) && own.length <= 64 && areDistinctStrings(own)) {
    return own.slice() as string[];
  }
  const first = rubyArray(data['categories']);
  const second = pluralized(data, 'category', 'categories');
  const total = first.length + second.length;
  const names: string[] = [];
  // A post has few names: looking through them costs less than a Set, which only many names need.
  const seen = total > 16 ? new Set<string>() : undefined;
  for (let i = 0; i < total; i++) {
    const name = rubyToS(i < first.length ? first[i] : second[i - first.length]);
    if (seen === undefined ? names.includes(name) : seen.has(name)) continue;
    seen?.add(name);
    names.push(name);
  }
  return names;
}

/** Jekyll's populate_tags: `tag` wins over `tags`; strings split; NOT de-duplicated (site.tags counts a post twice). */
export function populateTags(data: Readonly<Record<string, unknown>>): string[] {
  const values = pluralized(data, 'tag', 'tags');
  // pluralized's list is new: its values become their to_s in place.
  for (let i = 0; i < values.length; i++) values[i] = rubyToS(values[i]);
  return values as string[];
}

/** Adds (+1) or removes (-1) one post's names to a count map, as site.categories / site.tags count. */
export function countNames(counts: Map<string, number>, names: readonly string[], delta: 1 | -1, changed?: Set<string>): void {
  for (const name of names) {
    const next = (counts.get(name) ?? 0) + delta;
    if (next <= 0) counts.delete(name);
    else counts.set(name, next);
    changed?.add(name);
  }
}

export interface NameFinding {
  readonly code: 'taxonomy.similarNames' | 'taxonomy.comma' | 'taxonomy.empty';
  readonly kind: 'category' | 'tag';
  readonly names: readonly string[];
  readonly message: string;
}

/** The key under which names that differ only in case, spacing, NFC/NFD or full/half width meet. */
export function looseNameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s\u3000_-]+/g, '');
}

/** Findings over the distinct names of one taxonomy (O(names)). */
export function taxonomyFindings(names: Iterable<string>, kind: 'category' | 'tag'): NameFinding[] {
  const groups = new Map<string, string[]>();
  const findings: NameFinding[] = [];
  for (const name of names) {
    const key = looseNameKey(name);
    const group = groups.get(key);
    if (group) group.push(name);
    else groups.set(key, [name]);
    if (kind === 'tag' && name.includes(',')) {
      findings.push({ code: 'taxonomy.comma', kind, names: [name], message: `tag "${name}" contains a comma; Jekyll splits tags on spaces, not commas` });
    }
    if (name.trim() === '') findings.push({ code: 'taxonomy.empty', kind, names: [name], message: `an empty ${kind} name` });
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const sorted = [...group].sort();
    findings.push({
      code: 'taxonomy.similarNames',
      kind,
      names: sorted,
      message: `${kind} names differ only in case, spacing, width or Unicode form: ${sorted.map((n) => JSON.stringify(n)).join(', ')}`,
    });
  }
  return findings;
}
