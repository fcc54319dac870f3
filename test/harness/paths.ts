import * as path from 'node:path';

/** The repository root, found from the compiled location `out/test/harness`. */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');
/** Ignored cache for downloaded runtimes and test state. */
export const cacheDir = path.join(repoRoot, '.vscode-test');
/** Ignored folder for screenshots and logs that tests keep. */
export const resultsDir = path.join(repoRoot, 'test-results');
export const sampleBlog = path.join(repoRoot, 'samples', 'jekyll-blog');
export const sampleHugoBlog = path.join(repoRoot, 'samples', 'hugo-blog');
export const sampleEleventyBlog = path.join(repoRoot, 'samples', 'eleventy-blog');
/** The samples (folders of samples/) that test/e2e/generators*.test.ts finds side by side in its workspace. */
export const e2eGeneratorSamples = ['hexo-blog', 'eleventy-blog', 'astro-blog', 'docusaurus-blog'] as const;
