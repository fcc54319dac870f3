// Bundles the extension host code and the webview with esbuild. Type-checking is tsc's job (npm run typecheck).
import * as esbuild from 'esbuild';
import { existsSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const require = createRequire(import.meta.url);

/**
 * One js-yaml in every bundle: gray-matter `require`s its CommonJS build while the core imports the ES module
 * build, and esbuild would ship both. Every import is sent to the one file `require` finds.
 * @type {esbuild.Plugin}
 */
const oneJsYaml = {
  name: 'one-js-yaml',
  setup(build) {
    build.onResolve({ filter: /^js-yaml$/ }, () => ({ path: require.resolve('js-yaml') }));
  },
};

/**
 * gray-matter keeps each input's original bytes as `file.orig`, made with Node's `Buffer.from`, which the
 * browser's extension host does not have. Postcraft never reads `orig`: in the web bundle it keeps the string.
 * @type {esbuild.Plugin}
 */
const grayMatterWithoutBuffer = {
  name: 'gray-matter-without-buffer',
  setup(build) {
    build.onLoad({ filter: /[\\/]gray-matter[\\/]lib[\\/]utils\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const patched = source.replace("typeof input === 'string' ? Buffer.from(input) : input", 'input');
      if (patched === source) throw new Error('gray-matter/lib/utils.js changed: its toBuffer was not found');
      return { contents: patched, loader: 'js' };
    });
  },
};

/** @type {esbuild.BuildOptions[]} */
const targets = [
  {
    entryPoints: { extension: 'src/extension.ts', indexWorker: 'src/platform/indexWorker.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  },
];
if (existsSync('src/extension.web.ts')) {
  // The web build (github.dev, vscode.dev): the browser's extension host, a web worker with no Node API.
  targets.push({
    entryPoints: { extension: 'src/extension.web.ts' },
    outdir: 'dist/web',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    plugins: [oneJsYaml, grayMatterWithoutBuffer],
  });
}
if (existsSync('src/cli.ts')) {
  targets.push({
    entryPoints: { cli: 'src/cli.ts', cliMain: 'src/cliMain.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  });
}
if (existsSync('src/webview/main.ts')) {
  targets.push({
    entryPoints: { preview: 'src/webview/main.ts' },
    outdir: 'media/dist',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  });
}

if (!watch) {
  rmSync('dist', { recursive: true, force: true });
  rmSync('media/dist', { recursive: true, force: true });
}
/** @type {esbuild.BuildOptions} */
const shared = { bundle: true, minify: production, sourcemap: !production, logLevel: 'info', legalComments: 'none', plugins: [oneJsYaml] };
if (watch) {
  for (const options of targets) {
    const ctx = await esbuild.context({ ...shared, ...options });
    await ctx.watch();
  }
} else {
  await Promise.all(targets.map((options) => esbuild.build({ ...shared, ...options })));
}
