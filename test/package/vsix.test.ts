import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { zipEntries } from './zipEntries';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const vsix = path.join(repoRoot, 'postcraft.vsix');

test('the VSIX ships only what runs', () => {
  assert.ok(fs.existsSync(vsix), 'npm run package builds postcraft.vsix first');
  const entries = zipEntries(vsix);
  const names = entries.map((e) => e.name);
  const size = fs.statSync(vsix).size;
  console.log(`postcraft.vsix: ${names.length} files, ${(size / 1024).toFixed(1)} KB packed, ${(entries.reduce((n, e) => n + e.size, 0) / 1024).toFixed(1)} KB unpacked`);
  for (const name of names) {
    console.log(`  ${name}`);
  }
  const forbidden = names.filter((n) =>
    /^extension\/(src|test|bench|scripts|samples|node_modules|out|\.vscode-test|\.ci)\//.test(n) ||
    /\.(ts|map|mjs|tsbuildinfo)$/.test(n) && !n.endsWith('.d.ts') ||
    /(^|\/)\.(git|vscode|eslintrc)/.test(n));
  assert.deepEqual(forbidden, [], 'sources, tests, node_modules and source maps stay out of the VSIX');
  for (const required of ['extension/package.json', 'extension/package.nls.json', 'extension/package.nls.ko.json', 'extension/dist/extension.js', 'extension/l10n/bundle.l10n.ko.json', 'extension/media/postcraft.svg']) {
    assert.ok(names.includes(required), `${required} is in the VSIX`);
  }
  for (const required of ['extension/dist/web/extension.js', 'extension/dist/cliMain.js']) {
    assert.ok(names.includes(required), `${required} is in the VSIX`);
  }
  // Two builds of the whole reader (the desktop's and the web's, each bundled with its libraries) and the CLI.
  assert.ok(size < 1.5 * 1024 * 1024, `the VSIX is under 1.5 MB (${size} bytes)`);
});
