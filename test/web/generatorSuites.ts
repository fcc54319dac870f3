import { commandIds } from '../../src/features/commands/commandIds';
import { runInBrowserHost } from './browserMocha';
import { webBuildSuite } from './webHost.test';

/**
 * The web host suites of the generators besides Jekyll (test/web/<generator>Index.ts), each on its sample blog: the
 * desktop's suites of that generator that read (trees, preview, completion, hovers, diagnostics), in the browser's
 * extension host. Their writing tests need commands the web build may not register yet: skipped until it does.
 */
export const writingTests: ReadonlyMap<string, string> = new Map([
  ['Publish Draft on a Hexo blog moves the draft where hexo publish would, dates it, and the model reads it as a post', commandIds.publishDraft],
  ["New Post and New Draft on a Hexo blog makes a post from the site's scaffold, as hexo new does, and opens it", commandIds.newPost],
  ["New Post and New Draft on a Hexo blog makes a draft from the site's scaffold, as hexo new does, and opens it", commandIds.newDraft],
  ["an Eleventy blog (samples/eleventy-blog) New Post makes a post in the posts' folder, which the model reads as a post", commandIds.newPost],
  ['an Astro blog (samples/astro-blog) makes a new post in the collection folder with the schema field names', commandIds.newPost],
  ['an Astro blog (samples/astro-blog) publishes the draft by setting draft: false in place, and the model follows', commandIds.publishDraft],
  ['a Docusaurus blog (samples/docusaurus-blog) publishes the draft by setting draft: false in place, and the model follows', commandIds.publishDraft],
]);

/** Runs the web build's own checks for `generator`, then `load`'s suites. */
export function runGeneratorSuites(generator: string, load: () => void): Promise<void> {
  return runInBrowserHost(() => {
    webBuildSuite(generator);
    load();
  }, writingTests);
}
