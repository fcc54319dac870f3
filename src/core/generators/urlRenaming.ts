/**
 * The reference half of Rename Post for generators whose posts link each other by URL (Eleventy's `page.url`,
 * Astro's route): when the rename changes the post's URL, links that reached it in the site's pages reach the new one
 * (urlLinks.ts). A post whose URL does not change (a permalink or slug of its own) has nothing to follow.
 */
import { urlLinkEdits } from '../edits/urlLinks';
import type { PostRenaming } from './postRenaming';
import type { SiteConfig } from '../siteConfig';

export interface UrlReferences {
  /** The site's files that may link to a post (a glob relative to the site), and what is never its source. */
  readonly referrers: (config: SiteConfig) => { readonly include: string; readonly exclude: string };
  /** Whether PostInfo.url holds the site's base path (`config.baseurl`), which links may carry or not. */
  readonly urlHoldsBase: boolean;
  /** Template filters whose quoted argument is a URL without the base (Eleventy's `url`). */
  readonly urlFilters?: readonly string[];
}

function withoutBase(url: string | undefined, base: string, holds: boolean): string | undefined {
  if (url === undefined || !holds || base === '') return url;
  return url.startsWith(`${base}/`) ? url.slice(base.length) : url;
}

export function urlReferences(spec: UrlReferences): Pick<PostRenaming, 'needle' | 'referrers' | 'referenceEdits'> {
  return {
    // Every link to the URL, relative or not, holds its last segment (`hello` of `/blog/hello/`).
    needle: (_path, _target, _config, urls) => {
      if (urls?.from === undefined || urls.to === undefined || urls.from === urls.to) return undefined;
      const last = urls.from.split('/').filter((s) => s !== '').pop();
      return last === undefined || last === '' ? undefined : last;
    },
    referrers: spec.referrers,
    referenceEdits: (text, sitePath, _oldPath, _target, site) => {
      const urls = site.urls;
      const base = site.config.baseurl.replace(/\/+$/, '');
      const from = withoutBase(urls?.from, base, spec.urlHoldsBase);
      const to = withoutBase(urls?.to, base, spec.urlHoldsBase);
      if (urls === undefined || from === undefined || to === undefined || from === to) return { edits: [], kept: 0 };
      const page = withoutBase(urls.of(sitePath), base, spec.urlHoldsBase);
      return urlLinkEdits(text, page, { from, to, bases: ['', base], ...(spec.urlFilters === undefined ? {} : { urlFilters: spec.urlFilters }) });
    },
  };
}
