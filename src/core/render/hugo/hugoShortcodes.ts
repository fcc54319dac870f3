/**
 * Hugo 0.111.3's built-in shortcodes as the preview shows them (tpl/tplimpl/embedded/templates/shortcodes):
 * `figure` as its template writes it, `highlight` with the project's highlighter in Hugo's code-block shape,
 * `ref`/`relref` to the page's URL, `param` from the page or the site; `youtube`, `vimeo`, `gist`, `tweet`/`twitter`
 * and `instagram` as a card with a link, since the preview loads nothing from the web; anything else as a visible
 * placeholder naming it. Like Hugo, `{{% %}}` puts its output into the Markdown: text outputs are read as
 * Markdown, and HTML outputs are raw HTML there, left out unless the site renders raw HTML.
 */
import { escapeHtml, htmlToText } from '../escape';
import type { Highlighter } from '../highlight';
import { PLACEHOLDER_MESSAGES, type Localize } from '../placeholderMessages';
import { goString, pageParam, resolveRef, type RefContext } from './hugoLookups';
import type { ShortcodeHandler, ShortcodeOutput } from './shortcodeExpand';
import type { ShortcodeTag } from './shortcodeLexer';

export interface ShortcodeSite {
  readonly highlight: Highlighter;
  readonly localize: Localize;
  /** Markdown of a caption to inline HTML (Hugo's `markdownify`). */
  readonly markdownify: (text: string) => string;
  /** `renderer.unsafe`: raw HTML from `{{% %}}` is kept. */
  readonly unsafe: boolean;
  /** The site's absolute URL without its path, for `ref`. */
  readonly siteUrl: string;
  readonly siteParams: Readonly<Record<string, unknown>>;
}

type Embed = { readonly label: string; readonly url: (tag: ShortcodeTag) => string | undefined };

function get(tag: ShortcodeTag, name: string, index?: number): string | undefined {
  const v = tag.named?.get(name) ?? (index === undefined ? undefined : tag.positional[index]);
  return v === '' ? undefined : v;
}

const safeId = (v: string | undefined): string | undefined => (v !== undefined && /^[\w-]+$/.test(v) ? v : undefined);

const EMBEDS: ReadonlyMap<string, Embed> = new Map(Object.entries({
  youtube: { label: 'YouTube', url: (t) => ((id) => (id === undefined ? undefined : `https://www.youtube.com/watch?v=${id}`))(safeId(get(t, 'id', 0))) },
  vimeo: { label: 'Vimeo', url: (t) => ((id) => (id === undefined ? undefined : `https://vimeo.com/${id}`))(safeId(get(t, 'id', 0))) },
  vimeo_simple: { label: 'Vimeo', url: (t) => ((id) => (id === undefined ? undefined : `https://vimeo.com/${id}`))(safeId(get(t, 'id', 0))) },
  gist: {
    label: 'GitHub Gist',
    url: (t) => {
      const user = safeId(t.positional[0]);
      const id = safeId(t.positional[1]);
      return user === undefined || id === undefined ? undefined : `https://gist.github.com/${user}/${id}`;
    },
  },
  tweet: { label: 'Tweet', url: tweetUrl },
  twitter: { label: 'Tweet', url: tweetUrl },
  twitter_simple: { label: 'Tweet', url: tweetUrl },
  instagram: { label: 'Instagram', url: (t) => ((id) => (id === undefined ? undefined : `https://www.instagram.com/p/${id}/`))(safeId(get(t, 'id', 0))) },
  instagram_simple: { label: 'Instagram', url: (t) => ((id) => (id === undefined ? undefined : `https://www.instagram.com/p/${id}/`))(safeId(get(t, 'id', 0))) },
} satisfies Record<string, Embed>));

function tweetUrl(tag: ShortcodeTag): string | undefined {
  const named = tag.named !== undefined;
  const user = safeId(named ? get(tag, 'user') : tag.positional.length > 1 ? tag.positional[0] : 'x');
  const id = safeId(named ? get(tag, 'id') : tag.positional[tag.positional.length > 1 ? 1 : 0]);
  return user === undefined || id === undefined ? undefined : `https://twitter.com/${user}/status/${id}`;
}

/** The shortcodes of one page, whose own front matter is `frontMatter`. */
export function hugoShortcodes(site: ShortcodeSite, frontMatter: Readonly<Record<string, unknown>>, refs: RefContext): ShortcodeHandler {
  const t = site.localize;
  const html = (markup: ShortcodeTag['markup'], out: string, text: string): ShortcodeOutput => {
    if (markup === '%' && !site.unsafe) {
      const reason = t(PLACEHOLDER_MESSAGES.rawHtmlOmitted);
      return { kind: 'html', html: `<span class="pc-html-omitted" title="${escapeHtml(reason)}">${escapeHtml(reason)}</span>`, text };
    }
    return { kind: 'html', html: out, text };
  };
  const placeholder = (name: string): ShortcodeOutput => {
    const label = t(PLACEHOLDER_MESSAGES.shortcodeByHugo, name);
    return { kind: 'html', html: `<span class="pc-shortcode" data-shortcode="${escapeHtml(name)}" title="${escapeHtml(label)}">${escapeHtml(label)}</span>`, text: '' };
  };
  const missing = (reason: string): ShortcodeOutput => ({
    kind: 'html',
    html: `<span class="pc-shortcode pc-shortcode-missing" title="${escapeHtml(reason)}">${escapeHtml(reason)}</span>`,
    text: '#',
    problem: reason,
  });
  const text = (markup: ShortcodeTag['markup'], value: string): ShortcodeOutput =>
    markup === '%' ? { kind: 'markdown', markdown: value } : { kind: 'html', html: escapeHtml(value), text: value };

  const figure = (tag: ShortcodeTag): ShortcodeOutput => {
    const attr = (name: string): string | undefined => get(tag, name);
    const caption = attr('caption');
    const captionHtml = caption === undefined ? '' : site.markdownify(caption);
    const alt = attr('alt') ?? (caption === undefined ? undefined : htmlToText(captionHtml));
    const link = attr('link');
    const img = `<img src="${escapeHtml(attr('src') ?? '')}"${alt === undefined ? '' : ` alt="${escapeHtml(alt)}"`}${['width', 'height']
      .map((n) => (attr(n) === undefined ? '' : ` ${n}="${escapeHtml(attr(n) ?? '')}"`))
      .join('')}>`;
    const linked =
      link === undefined
        ? img
        : `<a href="${escapeHtml(link)}"${['target', 'rel'].map((n) => (attr(n) === undefined ? '' : ` ${n}="${escapeHtml(attr(n) ?? '')}"`)).join('')}>${img}</a>`;
    const title = attr('title');
    const credit = attr('attr');
    const attrlink = attr('attrlink');
    const creditHtml = credit === undefined ? '' : site.markdownify(credit);
    const lines = caption !== undefined || credit !== undefined ? `<p>${captionHtml}${attrlink === undefined ? creditHtml : `<a href="${escapeHtml(attrlink)}">${creditHtml}</a>`}</p>` : '';
    const figcaption = title === undefined && lines === '' ? '' : `<figcaption>${title === undefined ? '' : `<h4>${escapeHtml(title)}</h4>`}${lines}</figcaption>`;
    const cls = attr('class');
    return html(tag.markup, `<figure${cls === undefined ? '' : ` class="${escapeHtml(cls)}"`}>${linked}${figcaption}</figure>`, alt ?? '');
  };

  const highlight = (tag: ShortcodeTag, code: string): ShortcodeOutput => {
    const lang = tag.positional[0] ?? get(tag, 'lang') ?? '';
    const name = escapeHtml(lang);
    const attrs = lang === '' ? '' : ` class="language-${name}" data-lang="${name}"`;
    return html(tag.markup, `<div class="highlight"><pre tabindex="0"><code${attrs}>${site.highlight(code, lang)}</code></pre></div>`, code);
  };

  const ref = (tag: ShortcodeTag): ShortcodeOutput => {
    const path = tag.positional[0] ?? get(tag, 'path') ?? '';
    const url = resolveRef(path, refs);
    if (url === undefined) return missing(t(PLACEHOLDER_MESSAGES.refNotFound, tag.name, path));
    return text(tag.markup, tag.name === 'ref' && url.startsWith('/') ? `${site.siteUrl}${url}` : url);
  };

  const param = (tag: ShortcodeTag): ShortcodeOutput => {
    const key = tag.positional[0] ?? '';
    const value = key === '' ? undefined : pageParam(key, frontMatter, site.siteParams);
    if (value === undefined || value === null || value === false || value === '') return missing(t(PLACEHOLDER_MESSAGES.paramNotFound, key));
    return text(tag.markup, goString(value));
  };

  const embed = (tag: ShortcodeTag, kind: Embed): ShortcodeOutput => {
    const url = kind.url(tag);
    const note = t(PLACEHOLDER_MESSAGES.embedNotLoaded, kind.label);
    const title = get(tag, 'title');
    const link = url === undefined ? '' : ` <a href="${escapeHtml(url)}">${escapeHtml(title ?? url)}</a>`;
    return html(
      tag.markup,
      `<div class="pc-embed-card" data-embed="${escapeHtml(tag.name)}"><strong>${escapeHtml(kind.label)}</strong>${link}<br><span class="pc-embed-note">${escapeHtml(note)}</span></div>`,
      url ?? '',
    );
  };

  return {
    takesInner: (name) => name === 'highlight',
    render(tag, inner) {
      switch (tag.name) {
        case 'figure':
          return figure(tag);
        case 'highlight':
          return highlight(tag, inner ?? '');
        case 'ref':
        case 'relref':
          return ref(tag);
        case 'param':
          return param(tag);
        default: {
          const kind = EMBEDS.get(tag.name);
          return kind === undefined ? placeholder(tag.name) : embed(tag, kind);
        }
      }
    },
    error(message) {
      const reason = t(PLACEHOLDER_MESSAGES.shortcodeError, message);
      return { kind: 'html', html: `<span class="pc-shortcode pc-shortcode-error" title="${escapeHtml(reason)}">${escapeHtml(reason)}</span>`, text: '#', problem: reason };
    },
  };
}
