import { runGeneratorSuites } from './generatorSuites';

/** The Hexo web host suite, on samples/hexo-blog (see generatorSuites.ts). */
export function run(): Promise<void> {
  return runGeneratorSuites('hexo', () => {
    /* eslint-disable @typescript-eslint/no-require-imports */
    require('../host/hexo/hexoSite.test');
    require('../host/everySite/taxonomyTrees.test');
    /* eslint-enable @typescript-eslint/no-require-imports */
  });
}
