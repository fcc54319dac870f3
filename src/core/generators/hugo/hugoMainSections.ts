/**
 * Hugo 0.111.3's default `params.mainSections` (hugolib/content_map_page.go, sectionAggregateHandler): when the
 * site does not set it, the root section holding the most built pages (its subsections included). On a tie the
 * first in Hugo's tree order wins: lower-cased names compared byte by byte with a trailing "/" (verified).
 */
import { castToStringSlice, goLower } from './goValues';
import { compareCodePoints } from './hugoConfigFiles';

/** The default from section (first folder, any case) → number of built regular pages; undefined when no section has pages. */
export function hugoDefaultMainSections(pageCounts: Readonly<Record<string, number>>): string[] | undefined {
  const totals = new Map<string, number>();
  for (const [section, count] of Object.entries(pageCounts)) {
    if (section === '' || typeof count !== 'number' || !Number.isFinite(count)) continue;
    const key = goLower(section);
    totals.set(key, (totals.get(key) ?? 0) + count);
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const key of [...totals.keys()].sort((a, b) => compareCodePoints(`${a}/`, `${b}/`))) {
    const count = totals.get(key) ?? 0;
    if (count > bestCount) {
      best = key;
      bestCount = count;
    }
  }
  return best === undefined ? undefined : [best];
}

/** `site.Params.mainSections` as themes see it: the configured value (as strings) when set, else Hugo's default. */
export function hugoMainSections(configured: unknown, pageCounts: Readonly<Record<string, number>>): string[] | undefined {
  if (configured !== undefined) return castToStringSlice(configured);
  return hugoDefaultMainSections(pageCounts);
}
