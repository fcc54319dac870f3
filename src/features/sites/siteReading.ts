/**
 * What reading a site cost, kept by the registry for the views' progress and for the tests that hold a reopened
 * site to reading nothing it had read before: the number of files, how many came from the persisted index, and
 * every file read through the site's file system while it was read and checked.
 */
export interface SiteReading {
  /** Files of the site that the model has so far, and how many there are (0 until they are listed). */
  readonly done: number;
  readonly total: number;
  /** True while the first pass over the site's files runs (the trees may show a part of it). */
  readonly reading: boolean;
  /** Files restored from the persisted index. */
  readonly fromCache: number;
  /** Locations read (whole or their heads), each as often as it was read, until the persisted index was checked. */
  readonly reads: readonly string[];
  /** The restored files were checked against the disk (`reads` is then complete). */
  readonly checked: boolean;
  /** The persisted index was written (or there was nothing new to write). */
  readonly saved: boolean;
  /**
   * When the reading started, when the site was first in the registry's list (the trees' first rows: a part of it
   * on a slow file system), when it was read whole and when the restored files were checked: `performance.now()`.
   */
  readonly startedMs: number;
  readonly shownMs: number | undefined;
  readonly readMs: number | undefined;
  readonly checkedMs: number | undefined;
}

/** The registry's own, written as the reading goes. */
export type SiteReadingLog = { -readonly [K in keyof SiteReading]: SiteReading[K] };

/** A reading starting now, its reads noted in `reads`. */
export function startReading(reads: readonly string[]): SiteReadingLog {
  return {
    done: 0, total: 0, reading: true, fromCache: 0, reads, checked: false, saved: false,
    startedMs: performance.now(), shownMs: undefined, readMs: undefined, checkedMs: undefined,
  };
}

/** How long a site being read is shown unchanged at least: each showing refreshes every tree. */
export const partialShowIntervalMs = 200;

/** The sites being read, summed: undefined when none is. */
export function readingProgress(readings: Iterable<SiteReading>): { readonly done: number; readonly total: number } | undefined {
  let done = 0;
  let total = 0;
  let any = false;
  for (const r of readings) {
    if (!r.reading) continue;
    any = true;
    done += r.done;
    total += r.total;
  }
  return any ? { done, total } : undefined;
}
