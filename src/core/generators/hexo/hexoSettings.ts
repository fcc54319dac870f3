/**
 * Hexo 8.1.2's settings that decide which files are posts and how they are read: `_config.yml` deep-merged over
 * Hexo's defaults (lib/hexo/default_config.ts; load_config.ts). Pure; a value of the wrong type keeps the default
 * and is reported.
 */
import { ownValue, setOwn } from '../../ownProperty';
import { jsString } from './hexoValues';
import type { FilenameCase } from './hexoSlugize';
import type { Problem } from '../../problem';

export interface HexoSettings {
  readonly raw: Readonly<Record<string, unknown>>;
  readonly url: string;
  /** Always starts and ends with `/`. */
  readonly root: string;
  readonly sourceDir: string;
  readonly permalink: string;
  readonly permalinkDefaults: Readonly<Record<string, unknown>>;
  readonly prettyUrls: { readonly trailingIndex: boolean; readonly trailingHtml: boolean };
  readonly newPostName: string;
  /** The zone dates are re-read in; '' leaves them in the machine's zone. */
  readonly timezone: string;
  readonly defaultCategory: string;
  readonly future: boolean;
  readonly renderDrafts: boolean;
  readonly postAssetFolder: boolean;
  readonly filenameCase: FilenameCase;
  readonly tagMap: Readonly<Record<string, unknown>>;
  readonly categoryMap: Readonly<Record<string, unknown>>;
  readonly skipRender: readonly string[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/** hexo-util deepMerge for config objects: mappings merge key by key, anything else replaces. */
function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const old = ownValue(out, key);
    setOwn(out, key, isRecord(old) && isRecord(value) ? deepMerge(old, value) : value);
  }
  return out;
}

export const HEXO_DEFAULTS: Readonly<Record<string, unknown>> = {
  url: 'http://example.com',
  root: '/',
  permalink: ':year/:month/:day/:title/',
  permalink_defaults: {},
  pretty_urls: { trailing_index: true, trailing_html: true },
  source_dir: 'source',
  new_post_name: ':title.md',
  timezone: '',
  filename_case: 0,
  render_drafts: false,
  post_asset_folder: false,
  future: true,
  default_category: 'uncategorized',
  category_map: {},
  tag_map: {},
  skip_render: [],
};

/** The settings of a parsed `_config.yml` (undefined: no config, all defaults). */
export function hexoSettings(parsed: Readonly<Record<string, unknown>> | undefined, problems: Problem[]): HexoSettings {
  const raw = deepMerge({ ...HEXO_DEFAULTS }, parsed ?? {});
  const text = (key: string, fallback: string): string => {
    const v = raw[key];
    if (typeof v === 'string') return v;
    if (v !== undefined && v !== null) problems.push({ severity: 'warning', code: 'config.type', message: `${key} should be text; Hexo's default "${fallback}" is used here`, line: 0 });
    return fallback;
  };
  // Hexo tests these with JavaScript truthiness.
  const flag = (key: string): boolean => Boolean(raw[key]);
  const map = (key: string): Record<string, unknown> => (isRecord(raw[key]) ? raw[key] : {});
  const pretty = map('pretty_urls');
  const fc = raw['filename_case'];
  const url = text('url', 'http://example.com').replace(/\/+$/, '');
  // load_config: without its own `root`, the path of `url` is the root.
  let root = parsed !== undefined && typeof parsed['root'] === 'string' && parsed['root'] !== '' ? parsed['root'] : pathOf(url);
  root = root.replace(/\/*$/, '/');
  if (!root.startsWith('/')) root = `/${root}`;
  const skip = raw['skip_render'];
  return {
    raw,
    url,
    root,
    sourceDir: text('source_dir', 'source').replace(/^\.\/+/, '').replace(/\/+$/, ''),
    permalink: text('permalink', ':year/:month/:day/:title/'),
    permalinkDefaults: map('permalink_defaults'),
    prettyUrls: { trailingIndex: pretty['trailing_index'] !== false, trailingHtml: pretty['trailing_html'] !== false },
    newPostName: text('new_post_name', ':title.md'),
    timezone: typeof raw['timezone'] === 'string' ? raw['timezone'] : '',
    defaultCategory: raw['default_category'] === undefined || raw['default_category'] === null ? 'uncategorized' : jsString(raw['default_category']),
    future: flag('future'),
    renderDrafts: flag('render_drafts'),
    postAssetFolder: flag('post_asset_folder'),
    filenameCase: fc === 1 || fc === 2 ? fc : 0,
    tagMap: map('tag_map'),
    categoryMap: map('category_map'),
    skipRender: typeof skip === 'string' ? [skip] : Array.isArray(skip) ? skip.filter((s): s is string => typeof s === 'string') : [],
  };
}

function pathOf(url: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(url);
  const path = m?.[1] ?? '/';
  return path === '' ? '/' : path;
}
