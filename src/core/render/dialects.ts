/**
 * The one place that picks the preview's dialect for a site: its generator names it on the seam, and this maps the
 * name to the renderer. Neutral code asks for a renderer and never names a generator.
 */
import { generatorOf } from '../generators/generators';
import { HugoRenderer } from './hugo/hugoRenderer';
import { JekyllRenderer } from './jekyllRenderer';
import { HexoRenderer } from './hexo/hexoRenderer';
import { DocusaurusRenderer } from './docusaurus/docusaurusRenderer';
import { EleventyRenderer } from './eleventy/eleventyRenderer';
import { AstroRenderer } from './astro/astroRenderer';
import type { DialectRenderer, SiteRenderInput } from './renderPost';

export function createDialectRenderer(site: SiteRenderInput): DialectRenderer {
  const dialect = generatorOf(site.config).renderDialect;
  switch (dialect) {
    case 'liquid-kramdown':
      return new JekyllRenderer(site);
    case 'hugo-goldmark':
      return new HugoRenderer(site);
    case 'hexo-marked':
      return new HexoRenderer(site);
    case 'docusaurus-mdx':
      return new DocusaurusRenderer(site);
    case 'eleventy-markdown-it':
      return new EleventyRenderer(site);
    case 'astro-mdx':
      return new AstroRenderer(site);
    default: {
      const unknown: never = dialect;
      throw new Error(`no renderer for the ${String(unknown)} dialect`);
    }
  }
}
