/**
 * Where the preview loads a post's images and other files from. Site-root paths (`/assets/…`, also after
 * `{{ site.baseurl }}` or `absolute_url`) and paths relative to the post's own folder (what the writer sees
 * in the editor) become URLs under `resourceRoot`, which the glue makes with `asWebviewUri` on the site
 * folder. https and image `data:` URLs pass; other schemes are refused.
 */

export interface ResourceContext {
  /** `url` from _config.yml (may be empty). */
  readonly siteUrl: string;
  readonly baseurl: string;
  /** Folder of the rendered document, relative to the site source ("" for the root, "dev/_posts"). */
  readonly documentDir: string;
  /** URL under which the webview can load the site's files, without a trailing "/". */
  readonly resourceRoot: string;
  /**
   * The site folder that root-relative URLs (`/images/a.png`) are served from: Hugo's `static`. Undefined or '': the
   * site's source itself, as Jekyll copies it.
   */
  readonly rootFolder?: string;
}

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
const DATA_IMAGE = /^data:image\/(png|gif|jpe?g|webp|avif|bmp|x-icon|svg\+xml)[;,]/i;

/** The URL with control characters and spaces removed, as browsers read a scheme. */
function schemeOf(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  return SCHEME.exec(url.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''))?.[1]?.toLowerCase();
}

/** Whether a link target may stay in the HTML (the webview still routes every click through the host). */
export function isSafeLinkUrl(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto' || scheme === 'tel';
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Joins and normalises a site path; undefined when it climbs out of the site. */
function normalizeSitePath(path: string): string | undefined {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else {
      out.push(part);
    }
  }
  return out.join('/');
}

/** The site path (relative to the source) a URL of the site points at, or undefined when it is not on the site. */
export function sitePathOfUrl(url: string, ctx: Omit<ResourceContext, 'resourceRoot'>): string | undefined {
  let path = url;
  const scheme = schemeOf(url);
  if (scheme !== undefined || url.startsWith('//')) {
    const site = ctx.siteUrl.replace(/\/+$/, '');
    const bare = (s: string): string => s.replace(/^[a-z]+:/i, '');
    if (site === '' || !bare(url).startsWith(`${bare(site)}/`)) return undefined;
    path = bare(url).slice(bare(site).length);
  }
  path = path.replace(/[?#].*$/s, '');
  if (path.startsWith('/')) {
    const base = ctx.baseurl.replace(/\/+$/, '');
    if (base !== '' && (path === base || path.startsWith(`${base}/`))) path = path.slice(base.length);
    return normalizeSitePath(safeDecode(path));
  }
  return normalizeSitePath(`${ctx.documentDir}/${safeDecode(path)}`);
}

/**
 * The URL the webview should load for `url` (an img src and the like), `url` itself when it is fine as
 * it is, or undefined when it must be dropped.
 */
export function resolveResourceUrl(url: string, ctx: ResourceContext): string | undefined {
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return trimmed;
  const scheme = schemeOf(trimmed);
  if (scheme === 'data') return DATA_IMAGE.test(trimmed) ? trimmed : undefined;
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return undefined;
  const sitePath = sitePathOfUrl(trimmed, ctx);
  if (sitePath === undefined) {
    if (scheme === undefined && !trimmed.startsWith('//')) return undefined;
    return trimmed.startsWith('//') ? `https:${trimmed}` : trimmed;
  }
  const rooted = scheme !== undefined || trimmed.startsWith('/');
  const path = rooted && ctx.rootFolder !== undefined && ctx.rootFolder !== '' ? `${ctx.rootFolder}/${sitePath}` : sitePath;
  return `${ctx.resourceRoot}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

/** `srcset` with every candidate resolved; candidates that must be dropped are left out. */
export function resolveSrcset(srcset: string, ctx: ResourceContext): string {
  return srcset
    .split(',')
    .map((candidate) => {
      const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
      const resolved = resolveResourceUrl(url, ctx);
      return resolved === undefined || resolved === '' ? undefined : [resolved, ...descriptor].join(' ');
    })
    .filter((c): c is string => c !== undefined)
    .join(', ');
}
