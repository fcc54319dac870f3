/** Contracts between the render pipeline (pure) and whoever feeds it (the preview glue, tests, benchmarks). */

/** Finds the text of `{% include name %}` in the site's `_includes` (undefined: not there). */
export type IncludeResolver = (name: string) => string | undefined;

/** What reading a file of the site for `{% include_relative %}` gave. `refused` carries the reason to show. */
export type RelativeFile =
  | { readonly kind: 'file'; readonly text: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'refused'; readonly reason: string };

/**
 * Reads a file of the site by its site path ("/" separated, already checked by Jekyll's rules), for
 * `{% include_relative %}`. The caller decides what may be read (trust, links out of the site, size).
 */
export type RelativeFileReader = (sitePath: string) => RelativeFile;

/**
 * What the pipeline asks of the site model. The glue provides a scan of `_posts` until the real model
 * is wired; tests provide a map.
 */
export interface PostLookup {
  /** URL (without baseurl) of the post `{% post_url name %}` names, e.g. "2024-03-05-hello" or "sub/2024-03-05-hello". */
  urlForPostUrlName(name: string): string | undefined;
  /** URL (without baseurl) of the file at this site path, for `{% link path %}`. */
  urlForPath(sitePath: string): string | undefined;
  /** Site path of the document served at this URL (without baseurl), for links in the preview. */
  fileForUrl(url: string): string | undefined;
  /** Site paths of every post with a URL, for lookups by name (Hugo's `ref "name"`); without it those find nothing. */
  sitePaths?(): readonly string[];
}

/** Localised words of the front-matter card, `{0}` standing for a value. */
export interface CardLabels {
  readonly draft: string;
  readonly unpublished: string;
  readonly future: string;
  /** A page past its expiry date (Hugo). */
  readonly expired: string;
  /** Tooltip on values that come from `defaults:` in _config.yml. */
  readonly inherited: string;
  /** e.g. "{0} min read". */
  readonly readingTime: string;
  readonly lessThanAMinute: string;
  /** e.g. "From defaults: {0}". */
  readonly fromDefaults: string;
  readonly untitled: string;
}

export const ENGLISH_CARD_LABELS: CardLabels = {
  draft: 'Draft',
  unpublished: 'Unpublished',
  future: 'Scheduled (future date)',
  expired: 'Expired (past its expiry date)',
  inherited: 'Inherited from defaults in _config.yml',
  readingTime: '{0} min read',
  lessThanAMinute: 'less than 1 minute read',
  fromDefaults: 'From defaults: {0}',
  untitled: 'Untitled',
};

/** Fills `{0}`, `{1}` … in a label. */
export function fillLabel(label: string, ...values: readonly (string | number)[]): string {
  return label.replace(/\{(\d+)\}/g, (m, i: string) => {
    const v = values[Number(i)];
    return v === undefined ? m : String(v);
  });
}
