import { runGeneratorSuites } from './generatorSuites';

/** The Hugo web host suite, on samples/hugo-blog (see generatorSuites.ts). */
export function run(): Promise<void> {
  return runGeneratorSuites('hugo', () => {
    /* eslint-disable @typescript-eslint/no-require-imports */
    require('../host/hugo/hugoSite.test');
    require('../host/hugo/hugoTyping.test');
    require('../host/hugo/languageFilter.test');
    require('../host/everySite/taxonomyTrees.test');
    /* eslint-enable @typescript-eslint/no-require-imports */
  });
}
