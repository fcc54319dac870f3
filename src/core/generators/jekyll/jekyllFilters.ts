/**
 * The Liquid filters a Jekyll site has, and the filter names a Liquid output or `assign` / `echo` calls, read as
 * Liquid 5.4's Variable reads them (its lax parse, which agrees with the strict one on the names). With
 * `liquid: strict_filters: true` in _config.yml, Jekyll renders with `strict_filters` and a filter that is not
 * there stops the build ("Liquid error: undefined filter x"); without it, Liquid passes the value through.
 */
import { jekyllSitePlugins } from './jekyllPlugins';
import type { SiteFiles } from '../../lint/lintTypes';

/**
 * Liquid's standard filters and Jekyll 4.3.1's own (Jekyll::Filters, URLFilters, DateFilters, GroupingFilters),
 * as the strainer of Debian's Jekyll lists them (the conformance test asks it for the list).
 */
export const JEKYLL_FILTERS: ReadonlySet<string> = new Set([
  'abs', 'absolute_url', 'append', 'array_to_sentence_string', 'at_least', 'at_most', 'base64_decode', 'base64_encode',
  'base64_url_safe_decode', 'base64_url_safe_encode', 'capitalize', 'ceil', 'cgi_escape', 'compact', 'concat', 'date',
  'date_to_long_string', 'date_to_rfc822', 'date_to_string', 'date_to_xmlschema', 'default', 'divided_by', 'downcase',
  'escape', 'escape_once', 'find', 'find_exp', 'first', 'floor', 'group_by', 'group_by_exp', 'h', 'inspect', 'join',
  'jsonify', 'last', 'lstrip', 'map', 'markdownify', 'minus', 'modulo', 'newline_to_br', 'normalize_whitespace',
  'number_of_words', 'plus', 'pop', 'prepend', 'push', 'relative_url', 'remove', 'remove_first', 'remove_last',
  'replace', 'replace_first', 'replace_last', 'reverse', 'round', 'rstrip', 'sample', 'sassify', 'scssify', 'shift',
  'size', 'slice', 'slugify', 'smartify', 'sort', 'sort_natural', 'split', 'strip', 'strip_html', 'strip_index',
  'strip_newlines', 'times', 'to_integer', 'truncate', 'truncatewords', 'uniq', 'unshift', 'upcase', 'uri_escape',
  'url_decode', 'url_encode', 'where', 'where_exp', 'xml_escape',
]);

/**
 * Plugins whose filters Postcraft knows (from each plugin's source: most register none). Any other plugin may
 * register filters, and then no filter is called undefined.
 */
const PLUGIN_FILTERS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  jemoji: ['emojify'],
  'jekyll-mentions': ['mentionify'],
  'jekyll-toc': ['toc_only', 'inject_anchors', 'toc'],
  'jekyll-feed': [],
  'jekyll-seo-tag': [],
  'jekyll-sitemap': [],
  'jekyll-gist': [],
  'jekyll-include-cache': [],
  'jekyll-paginate': [],
  'jekyll-redirect-from': [],
  'jekyll-avatar': [],
  'jekyll-github-metadata': [],
  'jekyll-relative-links': [],
  'jekyll-optional-front-matter': [],
  'jekyll-titles-from-headings': [],
  'jekyll-readme-index': [],
  'jekyll-default-layout': [],
  'jekyll-watch': [],
  'jekyll-sass-converter': [],
  'kramdown-parser-gfm': [],
}));

/** The filters a build of the site fails on when they are not there, or undefined when it fails on none. */
export function strictFilterSet(raw: Readonly<Record<string, unknown>>, files: SiteFiles | undefined): ReadonlySet<string> | undefined {
  const liquid = raw['liquid'];
  if (liquid === null || typeof liquid !== 'object' || Array.isArray(liquid)) return undefined;
  // Ruby's truth: anything but false and nil turns it on.
  const strict = (liquid as Record<string, unknown>)['strict_filters'];
  if (strict === undefined || strict === null || strict === false) return undefined;
  const { plugins, open } = jekyllSitePlugins(raw, files);
  if (open) return undefined;
  const names = new Set(JEKYLL_FILTERS);
  for (const plugin of plugins) {
    const filters = PLUGIN_FILTERS.get(plugin);
    if (filters === undefined) return undefined;
    for (const f of filters) names.add(f);
  }
  return names;
}

/** A filter called in a markup: its name and the name's offset in the markup. */
export interface FilterCall {
  readonly name: string;
  readonly at: number;
}

// Liquid's QuotedString, QuotedFragment and Variable's FilterParser (Ruby's \s and \w are ASCII, as JavaScript's \w).
const QUOTED = `"[^"]*"|'[^']*'`;
const FRAGMENT = `(?:${QUOTED}|(?:[^ \\t\\r\\n\\f\\v,|'"]|${QUOTED})+)`;
const FIRST_FRAGMENT = new RegExp(FRAGMENT);
const FILTER_RUN = new RegExp(`(?:[ \\t\\r\\n\\f\\v]+|${FRAGMENT}|,)+`, 'g');

/** The filters a variable's markup calls (what `{{ … }}`, `echo` and the value of `assign` hand to Variable). */
export function filterCalls(markup: string): FilterCall[] {
  const first = FIRST_FRAGMENT.exec(markup);
  if (first === null) return [];
  const pipe = markup.indexOf('|', first.index + first[0].length);
  if (pipe < 0) return [];
  const calls: FilterCall[] = [];
  FILTER_RUN.lastIndex = pipe + 1;
  for (let m = FILTER_RUN.exec(markup); m !== null; m = FILTER_RUN.exec(markup)) {
    // Lax takes the first word; the strict parse (tried first) an identifier, which may go on with `-` and end in `?`.
    const word = /[a-zA-Z_][\w-]*\??|\w+/.exec(m[0]);
    if (word !== null) calls.push({ name: word[0], at: m.index + word.index });
  }
  return calls;
}

/** The value markup of an `assign` tag (Assign's Syntax), and its offset in the tag's markup. */
export function assignValue(markup: string): { value: string; at: number } | undefined {
  const m = /([^ \t\r\n\f\v=]+)[ \t\r\n\f\v]*=[ \t\r\n\f\v]*/.exec(markup);
  if (m === null) return undefined;
  const at = m.index + m[0].length;
  return { value: markup.slice(at), at };
}
