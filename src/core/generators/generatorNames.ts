import type { GeneratorId } from './detectGenerator';

/** Each generator's name as its own documentation writes it (a proper noun: the same in every language). */
const names: Readonly<Record<GeneratorId, string>> = {
  jekyll: 'Jekyll',
  hugo: 'Hugo',
  hexo: 'Hexo',
  eleventy: 'Eleventy',
  astro: 'Astro',
  docusaurus: 'Docusaurus',
};

export function generatorName(id: GeneratorId): string {
  return names[id];
}
