/** Jekyll's filters that liquidjs lacks or implements differently (filters.rb, url_filters.rb). */
import type { Liquid } from 'liquidjs';
import { slugify } from '../slugify';
import { rubyToS } from '../taxonomy';

export interface FilterEnvironment {
  readonly url: string;
  readonly baseurl: string;
  readonly markdownify: (text: string) => string;
}

function hasScheme(input: string): boolean {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(input);
}

function ensureLeadingSlash(s: string): string {
  return s.startsWith('/') ? s : `/${s}`;
}

// Addressable's normalize leaves ASCII alone and percent-encodes what is not.
function normalizeUrl(s: string): string {
  return s.replace(/[^\x21-\x7e]+/g, (run) => encodeURI(run));
}

/** Jekyll's relative_url: baseurl + path, absolute URLs untouched. */
export function relativeUrl(input: unknown, baseurl: string): string {
  if (input === null || input === undefined) return '';
  const text = rubyToS(input);
  if (hasScheme(text)) return text;
  const base = baseurl.replace(/\/+$/, '');
  return normalizeUrl(`${base === '' ? '' : ensureLeadingSlash(base)}${ensureLeadingSlash(text)}`);
}

/** Jekyll's absolute_url: site.url + relative_url, absolute URLs untouched. */
export function absoluteUrl(input: unknown, url: string, baseurl: string): string {
  if (input === null || input === undefined) return '';
  const text = rubyToS(input);
  if (hasScheme(text)) return text;
  const relative = relativeUrl(text, baseurl);
  return url === '' ? relative : normalizeUrl(`${url.replace(/\/+$/, '')}${relative}`);
}

/** Jekyll's smartify (kramdown's SmartyPants), reduced to dashes, ellipses and quotes. */
export function smartify(input: unknown): string {
  return rubyToS(input)
    .replace(/---/g, '\u2014')
    .replace(/--/g, '\u2013')
    .replace(/\.\.\./g, '\u2026')
    .replace(/(^|[\s(\u2014])"/g, '$1\u201c')
    .replace(/"/g, '\u201d')
    .replace(/(^|[\s(\u2014])'/g, '$1\u2018')
    .replace(/'/g, '\u2019');
}

export function registerJekyllFilters(liquid: Liquid, env: FilterEnvironment): void {
  liquid.registerFilter('relative_url', (input: unknown) => relativeUrl(input, env.baseurl));
  liquid.registerFilter('absolute_url', (input: unknown) => absoluteUrl(input, env.url, env.baseurl));
  liquid.registerFilter('markdownify', (input: unknown) => env.markdownify(rubyToS(input)));
  liquid.registerFilter('smartify', smartify);
  liquid.registerFilter('slugify', (input: unknown, mode?: unknown) =>
    slugify(rubyToS(input), { mode: typeof mode === 'string' ? mode : 'default' }),
  );
  // Sass is compiled by Jekyll's converter, which the preview does not run: pass the text through.
  liquid.registerFilter('sassify', (input: unknown) => rubyToS(input));
  liquid.registerFilter('scssify', (input: unknown) => rubyToS(input));
}
