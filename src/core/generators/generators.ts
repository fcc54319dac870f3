/** Every generator Postcraft reads, by id: the one place that lists them. */
import { jekyllGenerator } from './jekyll/jekyllGenerator';
import { hugoGenerator } from './hugo/hugoGenerator';
import { hexoGenerator } from './hexo/hexoGenerator';
import { docusaurusGenerator } from './docusaurus/docusaurusGenerator';
import { eleventyGenerator } from './eleventy/eleventyGenerator';
import { astroGenerator } from './astro/astroGenerator';
import type { GeneratorId } from './detectGenerator';
import type { Generator } from './generator';
import type { SiteConfig } from '../siteConfig';

const generators: Readonly<Partial<Record<GeneratorId, Generator>>> = {
  jekyll: jekyllGenerator,
  hugo: hugoGenerator,
  hexo: hexoGenerator,
  docusaurus: docusaurusGenerator,
  eleventy: eleventyGenerator,
  astro: astroGenerator,
};

/** The generators Postcraft reads, in the registry's order. */
export const readGeneratorIds = (): GeneratorId[] => Object.keys(generators) as GeneratorId[];

/** The generator Postcraft reads `id` sites with, or undefined while it reads none of them. */
export function generatorById(id: GeneratorId): Generator | undefined {
  return generators[id];
}

/** The generator that made a config. */
export function generatorOf(config: SiteConfig): Generator {
  const generator = generators[config.generator];
  if (generator === undefined) throw new Error(`no generator ${config.generator}`);
  return generator;
}
