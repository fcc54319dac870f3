/** A site's configuration as its generator read it: one of each generator's own config types. */
import type { JekyllConfig } from './config';
import type { HugoConfig } from './generators/hugo/hugoSiteConfig';
import type { HexoConfig } from './generators/hexo/hexoSiteConfig';
import type { DocusaurusConfig } from './generators/docusaurus/docusaurusSiteConfig';

import type { EleventyConfig } from './generators/eleventy/eleventySiteConfig';
import type { AstroConfig } from './generators/astro/astroSiteConfig';

export type SiteConfig = JekyllConfig | HugoConfig | HexoConfig | EleventyConfig | DocusaurusConfig | AstroConfig;

/** The config type of one generator, by its id. */
export type ConfigOf<G extends SiteConfig['generator']> = Extract<SiteConfig, { readonly generator: G }>;
