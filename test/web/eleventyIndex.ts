import { runGeneratorSuites } from './generatorSuites';

/** The Eleventy web host suite, on samples/eleventy-blog (see generatorSuites.ts). */
export function run(): Promise<void> {
  return runGeneratorSuites('eleventy', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../host/eleventy/eleventySite.test');
  });
}
