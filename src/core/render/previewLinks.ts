/**
 * What a link clicked in the preview points at: a web page (opened outside), a file of the site (opened
 * in the editor: a relative `.md` path as the writer sees it), or a URL of the site (a permalink, which the
 * site model maps back to a post). Anchors in the page never get here: the webview scrolls to them.
 */
import { sitePathOfUrl } from './resources';

export type PreviewLink =
  | { readonly kind: 'external'; readonly url: string }
  | { readonly kind: 'file'; readonly sitePath: string; readonly fragment: string }
  | { readonly kind: 'siteUrl'; readonly url: string; readonly fragment: string }
  | { readonly kind: 'ignored' };

export interface LinkContext {
  readonly siteUrl: string;
  readonly baseurl: string;
  /** Site path of the document shown. */
  readonly documentSitePath: string;
  /** The document's URL on the site, for resolving relative permalinks ("../other/"). */
  readonly pageUrl: string | undefined;
  /** Extensions that are source files (Markdown and HTML), lower case without the dot. */
  readonly sourceExtensions: readonly string[];
}

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

function splitFragment(href: string): [string, string] {
  const at = href.indexOf('#');
  return at < 0 ? [href, ''] : [href.slice(0, at), href.slice(at + 1)];
}

function isSourceFile(path: string, ctx: LinkContext): boolean {
  const ext = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase();
  return ext !== undefined && ctx.sourceExtensions.includes(ext);
}

/** Classifies a clicked link (see the file comment). */
export function classifyPreviewLink(href: string, ctx: LinkContext): PreviewLink {
  const trimmed = href.trim();
  const scheme = SCHEME.exec(trimmed)?.[1]?.toLowerCase();
  const docDir = ctx.documentSitePath.includes('/') ? ctx.documentSitePath.slice(0, ctx.documentSitePath.lastIndexOf('/')) : '';
  if (scheme !== undefined || trimmed.startsWith('//')) {
    if (scheme !== undefined && scheme !== 'http' && scheme !== 'https' && scheme !== 'mailto') return { kind: 'ignored' };
    const onSite = scheme === 'mailto' ? undefined : sitePathOfUrl(trimmed, { siteUrl: ctx.siteUrl, baseurl: ctx.baseurl, documentDir: docDir });
    if (onSite === undefined) return { kind: 'external', url: trimmed.startsWith('//') ? `https:${trimmed}` : trimmed };
    const [before, fragment] = splitFragment(trimmed);
    return { kind: 'siteUrl', url: `/${onSite}${/\/$/.test(before.replace(/\?.*$/, '')) && onSite !== '' ? '/' : ''}`, fragment };
  }
  const [path, fragment] = splitFragment(trimmed.replace(/\?[^#]*/, ''));
  if (path === '') return { kind: 'ignored' };
  if (isSourceFile(path, ctx) && !path.startsWith('/')) {
    const sitePath = sitePathOfUrl(path, { siteUrl: ctx.siteUrl, baseurl: ctx.baseurl, documentDir: docDir });
    return sitePath === undefined ? { kind: 'ignored' } : { kind: 'file', sitePath, fragment };
  }
  // A permalink: relative ones are relative to the page's URL on the site, as in the browser.
  const pageUrl = ctx.pageUrl ?? '/';
  const pageDir = pageUrl.slice(0, pageUrl.lastIndexOf('/') + 1);
  const absolute = path.startsWith('/') ? path : `${pageDir}${path}`;
  const sitePath = sitePathOfUrl(absolute, { siteUrl: ctx.siteUrl, baseurl: ctx.baseurl, documentDir: '' });
  if (sitePath === undefined) return { kind: 'ignored' };
  const trailing = /\/$/.test(path) && sitePath !== '' ? '/' : '';
  return { kind: 'siteUrl', url: `/${sitePath}${trailing}`, fragment };
}
