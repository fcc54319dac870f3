/**
 * Counts of one taxonomy's names by key, as the site model keeps them. A generator may file several spellings
 * under one key (Hugo: "Go Lang" and "go lang" are the term `go-lang`); the count is the key's, and the name
 * shown is one of the spellings (see shownSpelling). Where keys are the names themselves (Jekyll), this is
 * exactly a count per name.
 */
import type { CountChange, NameCount } from './siteSnapshot';

/** A name with its count and the key it is counted under. */
export interface TermCount extends NameCount {
  readonly key: string;
}

interface KeyEntry {
  count: number;
  /** Each spelling met under the key, with its count; in the order first met. */
  readonly spellings: Map<string, number>;
}

/**
 * The spelling shown for a key: the one most posts use; a tie goes to the one that sorts first by code unit
 * ("Go Lang" before "go lang"). It depends only on the counts, never on the order files were read in, so the
 * model and the explorer (which groups the posts itself) agree, and a re-read site shows the same name.
 */
export function shownSpelling(spellings: ReadonlyMap<string, number>): string {
  let best: string | undefined;
  let bestCount = 0;
  for (const [name, count] of spellings) {
    if (best === undefined || count > bestCount || (count === bestCount && name < best)) {
      best = name;
      bestCount = count;
    }
  }
  return best ?? '';
}

/** Keys computed once per distinct spelling: Hugo's key walks the name rune by rune. */
const MAX_MEMO = 50_000;

export class KeyedCounts {
  private readonly entries = new Map<string, KeyEntry>();
  private readonly memo = new Map<string, string>();

  constructor(private readonly keyFn: (name: string) => string) {}

  keyOf(name: string): string {
    let key = this.memo.get(name);
    if (key === undefined) {
      key = this.keyFn(name);
      if (this.memo.size >= MAX_MEMO) this.memo.clear();
      this.memo.set(name, key);
    }
    return key;
  }

  /**
   * Adds (+1) or removes (-1) one post's names. `before`, when given, receives each touched key's count before
   * its first touch (for reporting the change).
   */
  add(names: readonly string[], delta: 1 | -1, before?: Map<string, number>): void {
    for (const name of names) {
      const key = this.keyOf(name);
      let entry = this.entries.get(key);
      if (before !== undefined && !before.has(key)) before.set(key, entry?.count ?? 0);
      if (entry === undefined) {
        if (delta < 0) continue;
        entry = { count: 0, spellings: new Map() };
        this.entries.set(key, entry);
      }
      entry.count += delta;
      const spelled = (entry.spellings.get(name) ?? 0) + delta;
      if (spelled <= 0) entry.spellings.delete(name);
      else entry.spellings.set(name, spelled);
      // A key that drops to nothing goes, and comes back last: the order of keys is the order a fresh count meets them.
      if (entry.count <= 0) this.entries.delete(key);
    }
  }

  count(key: string): number {
    return this.entries.get(key)?.count ?? 0;
  }

  /** The shown name of each key, in the order the keys were met. */
  names(): string[] {
    return [...this.entries.values()].map((e) => shownSpelling(e.spellings));
  }

  /** Every key with its count, most posts first, then by name (code-unit order). */
  list(): TermCount[] {
    return [...this.entries]
      .map(([key, e]) => ({ name: shownSpelling(e.spellings), count: e.count, key }))
      .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** The keys whose count is not what `before` says it was, with their counts before and after. */
  diff(before: ReadonlyMap<string, number>): CountChange[] {
    const out: CountChange[] = [];
    for (const [key, b] of before) {
      const after = this.count(key);
      if (after !== b) out.push({ name: key, before: b, after });
    }
    return out;
  }
}
