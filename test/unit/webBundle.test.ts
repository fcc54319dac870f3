import * as assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import * as esbuild from 'esbuild';

const root = path.resolve(__dirname, '..', '..', '..');
const nodeModules = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** The web entry bundled as scripts/build.mjs does, for the browser, with what it imports. */
async function bundle(): Promise<{ text: string; imports: string[]; inputs: string[] }> {
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'src', 'extension.web.ts')],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    logLevel: 'silent',
    absWorkingDir: root,
  });
  const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((i) => i.path));
  return { text: result.outputFiles[0]?.text ?? '', imports, inputs: Object.keys(result.metafile.inputs) };
}

describe('the web build', () => {
  it('is the manifest\'s browser entry, next to main', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string; browser?: string };
    assert.equal(manifest.browser, './dist/web/extension.js');
    assert.equal(manifest.main, './dist/extension.js');
    assert.match(fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8'), /^!dist\/web\/extension\.js$/m);
  });

  it('resolves with esbuild\'s browser platform and imports no Node module', async () => {
    const { text, imports } = await bundle();
    assert.ok(text.length > 0);
    assert.deepEqual(imports.filter((i) => nodeModules.has(i)), []);
    // The only module it loads at run time is VS Code's API.
    const required = [...text.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]);
    assert.deepEqual([...new Set(required)], ['vscode']);
  });

  it('has no worker thread, and no site index on the local disk', async () => {
    const { inputs } = await bundle();
    assert.ok(inputs.includes('src/platform/workspaceFileSystem.ts'), 'it reads through workspace.fs');
    for (const nodeOnly of ['src/platform/indexWorkers.ts', 'src/platform/nodeFileSystem.ts', 'src/platform/indexCache.ts', 'src/platform/postHead.ts']) {
      assert.ok(!inputs.includes(nodeOnly), nodeOnly);
    }
  });
});
