/** A liquidjs engine set up with Jekyll's meaning, reading nothing from disk. */
import { Liquid } from 'liquidjs';
import type { FS } from 'liquidjs';
import { registerJekyllFilters } from './liquidFilters';
import type { FilterEnvironment } from './liquidFilters';
import { registerJekyllTags } from './liquidTags';
import type { TagEnvironment } from './liquidTags';

export interface JekyllLiquidEnvironment extends TagEnvironment, FilterEnvironment {
  /** IANA name of the site's time zone (`timezone:`), for the date filters. */
  readonly timezone: string | undefined;
}

/** liquidjs's own file loading is never used: includes come through the resolver, which the caller controls. */
const NO_FILES: FS = {
  exists: () => Promise.resolve(false),
  existsSync: () => false,
  readFile: (file) => Promise.reject(new Error(`no file ${file}`)),
  readFileSync: (file) => {
    throw new Error(`no file ${file}`);
  },
  resolve: (_dir, file) => file,
};

// Liquid 4 (Jekyll 4.3) has no `render`, `layout` or `block` tags; left out, they show as unknown tags.
const NOT_IN_JEKYLL = ['render', 'layout', 'block'];

/** Builds the engine. Limits keep a runaway loop in a post from freezing the preview. */
export function createJekyllLiquid(env: JekyllLiquidEnvironment): Liquid {
  const liquid = new Liquid({
    fs: NO_FILES,
    root: [],
    partials: [],
    layouts: [],
    cache: false,
    jekyllInclude: true,
    jekyllWhere: true,
    dynamicPartials: false,
    strictFilters: false,
    strictVariables: false,
    ownPropertyOnly: true,
    lenientIf: true,
    relativeReference: false,
    renderLimit: 2_000,
    memoryLimit: 64 * 1024 * 1024,
    parseLimit: 16 * 1024 * 1024,
    ...(env.timezone === undefined ? {} : { timezoneOffset: env.timezone }),
  });
  const tags = liquid.tags as Record<string, unknown>;
  for (const name of NOT_IN_JEKYLL) delete tags[name];
  registerJekyllTags(liquid, env);
  registerJekyllFilters(liquid, env);
  return liquid;
}
