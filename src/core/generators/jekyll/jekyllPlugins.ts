/**
 * Which Liquid tags a Jekyll site has besides Liquid's and Jekyll's own: those of the plugins it loads (`plugins:`
 * or the older `gems:` in _config.yml, the Gemfile's `jekyll_plugins` group, a theme's dependencies) and of its
 * `_plugins` folder. Postcraft knows the tags of the common plugins; any other plugin, a Ruby file in `_plugins`,
 * or a theme it cannot see may add tags, and then no unknown tag is called an error.
 */
import type { LiquidTagSet } from './liquidStructure';
import type { SiteFiles } from '../../lint/lintTypes';

/** Plugins Postcraft knows, with the tags each registers (most register none). */
const PLUGIN_TAGS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  'jekyll-gist': ['gist'],
  'jekyll-feed': ['feed_meta'],
  'jekyll-seo-tag': ['seo'],
  'jekyll-include-cache': ['include_cached'],
  'jekyll-avatar': ['avatar'],
  'jekyll-sitemap': [],
  'jekyll-paginate': [],
  'jekyll-paginate-v2': [],
  jemoji: [],
  'jekyll-mentions': [],
  'jekyll-redirect-from': [],
  'jekyll-github-metadata': [],
  'jekyll-relative-links': [],
  'jekyll-optional-front-matter': [],
  'jekyll-titles-from-headings': [],
  'jekyll-readme-index': [],
  'jekyll-default-layout': [],
  'jekyll-coffeescript': [],
  'jekyll-commonmark-ghpages': [],
  'jekyll-archives': [],
  'jekyll-remote-theme': [],
  'jekyll-compose': [],
  'jekyll-watch': [],
  'jekyll-sass-converter': [],
  'kramdown-parser-gfm': [],
  'jekyll-target-blank': [],
  'jekyll-toc': [],
}));

/** Themes whose dependencies Postcraft knows (Jekyll loads a gem theme's runtime dependencies as plugins). */
const THEME_PLUGINS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/minimal-mistakes/i, ['jekyll-gist', 'jekyll-feed', 'jekyll-sitemap', 'jekyll-paginate', 'jekyll-include-cache', 'jemoji']],
  [/^minima$/i, ['jekyll-feed', 'jekyll-seo-tag']],
];

function names(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The gems of a Gemfile's `jekyll_plugins` group, which Jekyll requires through Bundler. */
export function gemfilePlugins(gemfile: string): string[] {
  const out: string[] = [];
  let inGroup = false;
  for (const line of gemfile.split('\n')) {
    const code = line.replace(/#.*$/, '').trim();
    if (/^group\b.*:jekyll_plugins\b.*\bdo$/.test(code)) inGroup = true;
    else if (inGroup && code === 'end') inGroup = false;
    else if (inGroup) {
      const gem = /^gem\s+["']([^"']+)["']/.exec(code)?.[1];
      if (gem !== undefined) out.push(gem);
    } else {
      // `gem "x", group: :jekyll_plugins` on one line.
      const gem = /^gem\s+["']([^"']+)["'].*\bgroups?:\s*\[?[^\]]*:jekyll_plugins\b/.exec(code)?.[1];
      if (gem !== undefined) out.push(gem);
    }
  }
  return out;
}

/**
 * The plugins a site loads that Postcraft can name, and whether it may load code Postcraft cannot see (a `_plugins`
 * folder, a theme it does not know, a remote theme, or files it could not list).
 */
export function jekyllSitePlugins(raw: Readonly<Record<string, unknown>>, files: SiteFiles | undefined): { plugins: string[]; open: boolean } {
  const plugins = [...names(raw['plugins']), ...names(raw['gems'])];
  let open = files === undefined;
  for (const [path, text] of files?.manifests ?? []) if (path === 'Gemfile') plugins.push(...gemfilePlugins(text));
  if (files?.folders.has('_plugins') === true) open = true;
  const theme = raw['theme'];
  if (typeof theme === 'string' && theme !== '') {
    const known = THEME_PLUGINS.find(([pattern]) => pattern.test(theme));
    if (known === undefined) open = true;
    else plugins.push(...known[1]);
  }
  if (raw['remote_theme'] !== undefined && raw['remote_theme'] !== null) open = true;
  return { plugins, open };
}

export function jekyllTagSet(raw: Readonly<Record<string, unknown>>, files: SiteFiles | undefined): LiquidTagSet {
  const { plugins, open: loadsUnseen } = jekyllSitePlugins(raw, files);
  let open = loadsUnseen;
  const extra = new Set<string>();
  for (const plugin of plugins) {
    const tags = PLUGIN_TAGS.get(plugin);
    if (tags === undefined) open = true;
    else for (const t of tags) extra.add(t);
  }
  return { extra, open };
}
