/**
 * Strings cut from a file's text (a YAML value, a slice of the body) share that text's memory: keeping one
 * title keeps the whole file alive. These copies share nothing, so a model of 50k posts keeps only what it uses.
 */

/**
 * A copy of `s` that keeps no larger string alive. Appending forces V8 to build a new flat string, and the
 * slice then points into that copy only; short strings are copied by `slice` anyway. A unit test checks the
 * effect on the heap, so a V8 that behaves otherwise is caught.
 */
export function detached(s: string): string {
  return s.length < 13 ? s.slice(0) : `${s} `.slice(0, -1);
}

export function detachedList(list: readonly string[]): string[] {
  return list.map(detached);
}
