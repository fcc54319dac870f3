import { runGeneratorSuites } from './generatorSuites';

/** The Docusaurus web host suite, on samples/docusaurus-blog (see generatorSuites.ts). */
export function run(): Promise<void> {
  return runGeneratorSuites('docusaurus', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../host/docusaurus/docusaurusSite.test');
  });
}
