/**
 * One copy of the short strings many posts repeat, for the summaries a site model keeps: front matter keys (and
 * whole key lists: most posts of a site write the same keys in the same order), taxonomy names, layouts and
 * languages. A copy per post would be thousands of equal strings, each one more object for the garbage collector
 * to move while a large site is read. What a persisted index restores shares its names the same way.
 */
import { detached, detachedList } from './detachedString';

/** How a summary copies the strings it keeps: each its own copy, or the one copy a SharedStrings keeps. */
export interface StringCopies {
  /** A copy of `s` that keeps no larger text alive. */
  string(s: string): string;
  /** Such a copy of each string of `list`, in a new list. */
  list(list: readonly string[]): string[];
  /** Such a copy of each key of `keys`, in a list that may be shared with other summaries (never to be changed). */
  keyList(keys: readonly string[]): readonly string[];
}

/** Each string its own copy: for a summary made outside a model. */
export const ownCopies: StringCopies = Object.freeze({ string: detached, list: detachedList, keyList: detachedList });

/** Distinct strings (and key lists) kept at most; past it the table starts again, which only costs sharing. */
const MAX_SHARED = 20_000;
const MAX_KEY_LISTS = 2_000;

export class SharedStrings implements StringCopies {
  private readonly strings = new Map<string, string>();
  private readonly keyLists = new Map<string, readonly string[]>();

  /** The one copy of `s` (detached from any larger text). */
  string(s: string): string {
    let kept = this.strings.get(s);
    if (kept === undefined) {
      if (this.strings.size >= MAX_SHARED) this.strings.clear();
      kept = detached(s);
      this.strings.set(kept, kept);
    }
    return kept;
  }

  /** The one copy of each name of `list`, in a new list. */
  list(list: readonly string[]): string[] {
    const out = new Array<string>(list.length);
    for (let i = 0; i < list.length; i++) out[i] = this.string(list[i] as string);
    return out;
  }

  /**
   * The one copy of a list of keys, equal element by element to `keys`: the list returned is shared by every
   * summary that writes the same keys, and is never to be changed. Lists are found by their keys joined with NUL;
   * one that shares that form with another without being equal to it (a key with a NUL in it) gets a list of its own.
   */
  keyList(keys: readonly string[]): readonly string[] {
    const joined = keys.join('\0');
    const kept = this.keyLists.get(joined);
    if (kept !== undefined && sameList(kept, keys)) return kept;
    const own = this.list(keys);
    if (kept === undefined) {
      if (this.keyLists.size >= MAX_KEY_LISTS) this.keyLists.clear();
      this.keyLists.set(detached(joined), own);
    }
    return own;
  }
}

/** Whether two lists hold the same items (by ===) in the same order. */
export function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
