// Bundles the web host suite (test/web/index.ts) for the browser's extension host: a web worker with no Node;
// and the web half of the opening benchmark (bench/host/opening.ts, run by bench/webHostBench.ts).
import * as esbuild from 'esbuild';

await esbuild.build({
  entryPoints: {
    index: 'test/web/index.ts',
    ...Object.fromEntries(['hugo', 'hexo', 'eleventy', 'astro', 'docusaurus'].map((g) => [`${g}Index`, `test/web/${g}Index.ts`])),
    opening: 'bench/host/opening.ts',
  },
  outdir: 'out/web-tests',
  bundle: true,
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  external: ['vscode'],
  alias: { 'node:assert/strict': './test/web/strictAssert.ts' },
  // The `assert` and `util` packages read `process.env` in places a test never reaches, and `process.stderr` when
  // they word a failed assertion: give them nothing, so a failure reads as itself (not "process is not defined").
  define: { 'process.env.NODE_DEBUG': 'undefined', 'process.stderr': 'undefined', 'process.emitWarning': 'undefined' },
  sourcemap: 'inline',
  logLevel: 'warning',
});
