/**
 * A file's modification time in ms, or how to look it up. Most posts never need it (only a post without a date of
 * its own falls back to it), and looking it up costs a stat per file, more than the rest of reading a post's head:
 * a reader that keeps no persisted index leaves it to be looked up when a generator asks.
 */
export type FileTime = number | (() => number);

/** The time a FileTime stands for (looked up now, if it was left for later). */
export function fileTimeMs(time: FileTime): number {
  return typeof time === 'number' ? time : time();
}
