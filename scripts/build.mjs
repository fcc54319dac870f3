// Bundles the extension host code and the webview with esbuild. Type-checking is tsc's job (npm run typecheck).
import * as esbuild from 'esbuild';
import { existsSync, rmSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

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
if (existsSync('src/cli.ts')) {
  targets.push({
    entryPoints: { cli: 'src/cli.ts' },
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
const shared = { bundle: true, minify: production, sourcemap: !production, logLevel: 'info', legalComments: 'none' };
if (watch) {
  for (const options of targets) {
    const ctx = await esbuild.context({ ...shared, ...options });
    await ctx.watch();
  }
} else {
  await Promise.all(targets.map((options) => esbuild.build({ ...shared, ...options })));
}
