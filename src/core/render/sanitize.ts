/**
 * The last pass over the HTML sent to the webview. The webview's CSP is the guard (no inline script, no
 * frames, no forms); this is defence in depth and the place where resource URLs are rewritten. Raw HTML is
 * kept, because blogs use it, but scripts, event handlers, frames, `<base>`, `<meta>` (refresh), external
 * stylesheets, dangerous URL schemes and CSS `url()` to other hosts are taken out. A real tokenizer
 * (htmlparser2) reads the HTML, so odd markup cannot smuggle a tag past a regular expression.
 */
import { Parser } from 'htmlparser2';
import { escapeHtml } from './escape';
import { isSafeLinkUrl, resolveResourceUrl, resolveSrcset } from './resources';
import type { ResourceContext } from './resources';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'frame']);
/** Dropped with everything inside. */
const DROP_WITH_CONTENT = new Set(['script', 'iframe', 'frameset', 'object', 'applet', 'noscript', 'title', 'head', 'portal', 'noembed', 'noframes']);
/** Dropped; their content (if any) stays. */
const DROP_TAG = new Set(['base', 'meta', 'link', 'embed', 'frame', 'param', 'html', 'body']);
const RESOURCE_ATTRIBUTES = new Set(['src', 'poster', 'background', 'data', 'lowsrc', 'dynsrc']);
const LINK_ATTRIBUTES = new Set(['href', 'xlink:href', 'cite', 'action', 'longdesc', 'usemap', 'codebase', 'manifest']);
const DROP_ATTRIBUTES = new Set(['srcdoc', 'formaction', 'http-equiv', 'ping', 'autofocus', 'nonce']);
const ATTRIBUTE_NAME = /^[a-z_:][-a-z0-9_:.]*$/;
const SCRIPT_VALUE = /^(?:javascript|vbscript|livescript):/i;

/** CSS with `@import` removed and every `url()` resolved locally or emptied when it points elsewhere. */
export function sanitizeCss(css: string, ctx: ResourceContext): string {
  return css
    .replace(/@import[^;]*;?/gi, '')
    .replace(/expression\s*\(|-moz-binding|behavior\s*:/gi, '')
    .replace(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi, (_m, _q: string, url: string) => {
      const trimmed = url.trim();
      const remote = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(trimmed) && !/^data:image\//i.test(trimmed);
      const resolved = remote ? undefined : resolveResourceUrl(trimmed, ctx);
      return resolved === undefined || resolved === '' ? 'url()' : `url("${resolved.replace(/["\\]/g, '')}")`;
    })
    .replace(/<\/style/gi, '');
}

function stripControls(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
}

function cleanAttribute(tag: string, name: string, value: string, ctx: ResourceContext): string | undefined {
  if (!ATTRIBUTE_NAME.test(name) || name.startsWith('on') || DROP_ATTRIBUTES.has(name)) return undefined;
  if (SCRIPT_VALUE.test(stripControls(value))) return undefined;
  if (name === 'style') return sanitizeCss(value, ctx);
  if (name === 'srcset') return resolveSrcset(value, ctx);
  if (RESOURCE_ATTRIBUTES.has(name)) return resolveResourceUrl(value, ctx);
  if (LINK_ATTRIBUTES.has(name)) {
    if (tag === 'image' || tag === 'use' || tag === 'feimage') return resolveResourceUrl(value, ctx);
    return isSafeLinkUrl(value) ? value : undefined;
  }
  return value;
}

function framePlaceholder(attributes: Readonly<Record<string, string>>): string {
  const src = attributes['src'] ?? '';
  const host = /^https:\/\/([^/?#]+)/i.exec(src.trim())?.[1];
  if (host === undefined) return '<span class="pc-embed">[iframe]</span>';
  return `<a class="pc-embed" href="${escapeHtml(src.trim())}">[iframe] ${escapeHtml(host)}</a>`;
}

/** Cleans and rewrites `html` (see the file comment). */
export function sanitizeHtml(html: string, ctx: ResourceContext): string {
  let out = '';
  let skipping = 0;
  let inStyle = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (skipping > 0) {
          if (!VOID.has(name)) skipping++;
          return;
        }
        if (DROP_WITH_CONTENT.has(name)) {
          if (name === 'iframe') out += framePlaceholder(attributes);
          if (!VOID.has(name)) skipping = 1;
          return;
        }
        if (DROP_TAG.has(name)) return;
        let tag = `<${name}`;
        for (const [key, raw] of Object.entries(attributes)) {
          const value = cleanAttribute(name, key, raw, ctx);
          if (value !== undefined) tag += ` ${key}="${escapeHtml(value)}"`;
        }
        out += `${tag}>`;
        if (name === 'style') inStyle = true;
      },
      ontext(text) {
        if (skipping > 0) return;
        out += inStyle ? sanitizeCss(text, ctx) : text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
      },
      onclosetag(name) {
        if (skipping > 0) {
          if (!VOID.has(name)) skipping--;
          return;
        }
        if (name === 'style') inStyle = false;
        if (VOID.has(name) || DROP_TAG.has(name)) return;
        out += `</${name}>`;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return out;
}
