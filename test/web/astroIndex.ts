import { runGeneratorSuites } from './generatorSuites';

/** The Astro web host suite, on samples/astro-blog (see generatorSuites.ts). */
export function run(): Promise<void> {
  return runGeneratorSuites('astro', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../host/astro/astroSite.test');
  });
}
