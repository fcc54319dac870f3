/** A site's configuration as its generator read it: one of each generator's own config types. */
import type { JekyllConfig } from './config';

export type SiteConfig = JekyllConfig;
