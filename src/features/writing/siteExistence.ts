import { joinLocation } from '../../core/locations';
import type { FolderFiles } from '../../platform/folderFiles';

/** A site as these helpers need it: its folder's location and files. */
interface SiteFiles {
  readonly root: string;
  readonly files: FolderFiles;
}

/** Rounds after which a path still unknown counts as taken (never written over): no name rule asks this many. */
const MAX_ROUNDS = 64;

/**
 * Runs `compute` (pure: the same answers give the same questions) with an `exists(rel)` answered from the site's
 * file system, which may be remote and asynchronous. A round answers every path not yet asked as absent and asks
 * the file system about it for the next round; the result is that of the first round that asked nothing new.
 * The core's name rules (`-2`, `-3`… until a free name) thus work unchanged on the desktop and on the web.
 */
export async function withExistence<T>(site: SiteFiles, compute: (exists: (rel: string) => boolean) => T): Promise<T> {
  const known = new Map<string, boolean>();
  for (let round = 0; ; round++) {
    const asked = new Set<string>();
    const last = round >= MAX_ROUNDS;
    const result = compute((rel) => {
      const answer = known.get(rel);
      if (answer !== undefined) return answer;
      asked.add(rel);
      return last;
    });
    if (asked.size === 0 || last) return result;
    await Promise.all([...asked].map(async (rel) => {
      known.set(rel, (await site.files.fs.stat(joinLocation(site.root, rel))) !== undefined);
    }));
  }
}

/**
 * The location a setting names: absolute as it is (`/`-separated, a drive letter kept), else relative to the site,
 * `.` and `..` segments resolved as `path.resolve` does.
 */
export function settingLocation(site: SiteFiles, value: string): string {
  const given = value.replace(/\\/g, '/');
  const absolute = /^([A-Za-z]:)?\//.test(given);
  const parts: string[] = [];
  for (const part of (absolute ? given : `${site.root}/${given}`).split('/')) {
    if (part === '..') {
      if (parts.length > 1) parts.pop();
    } else if (part !== '.' && (part !== '' || parts.length === 0)) {
      parts.push(part);
    }
  }
  return parts.length === 1 ? `${parts[0] ?? ''}/` : parts.join('/');
}
