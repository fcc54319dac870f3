import type { RelativeFile, RelativeFileReader } from '../../core/render/renderTypes';
import type { SiteFileRead } from '../../platform/siteFileRead';

export interface RelativeFileReaderDeps {
  /** Asked at every read: trust can be granted while a preview is open. */
  readonly isTrusted: () => boolean;
  /** Reads a site path inside the site, links followed only inside it; undefined when the site has no files on disk. */
  readonly read: ((sitePath: string) => SiteFileRead) | undefined;
  /** Localised reasons shown on the placeholder. */
  readonly reasons: {
    readonly restricted: string;
    readonly outside: (sitePath: string) => string;
    readonly tooLarge: (sitePath: string) => string;
  };
}

/**
 * The reader behind `{% include_relative %}`: nothing is read in Restricted Mode (as the site's own includes are
 * not), and a file outside the site, or reached through a link that leads out of it, is refused.
 */
export function relativeFileReader(deps: RelativeFileReaderDeps): RelativeFileReader {
  return (sitePath): RelativeFile => {
    if (!deps.isTrusted()) return { kind: 'refused', reason: deps.reasons.restricted };
    if (deps.read === undefined) return { kind: 'missing' };
    const read = deps.read(sitePath);
    switch (read.kind) {
      case 'file':
      case 'missing':
        return read;
      case 'outside':
        return { kind: 'refused', reason: deps.reasons.outside(sitePath) };
      case 'tooLarge':
        return { kind: 'refused', reason: deps.reasons.tooLarge(sitePath) };
    }
  };
}
