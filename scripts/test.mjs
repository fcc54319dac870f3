// @ts-check
// `npm test`: everything, in order: set-up, build, type-check, lint, unit tests, the VSIX, the host suite on the
// oldest and the latest VS Code, the harness's own test, and the browser tests. Prints one closing count.
import { spawn } from 'node:child_process';
import { ensureSetup, root } from './setup.mjs';
import { ensureOracles } from './oracles.mjs';

/** @typedef {{ name: string, command: string[], counts?: (output: string) => { passed: number, failed: number } }} Step */

/** @param {string} output */
const nodeTestCounts = (output) => ({
  passed: Number(/^(?:# |ℹ )pass (\d+)/m.exec(output)?.[1] ?? 0),
  failed: Number(/^(?:# |ℹ )fail (\d+)/m.exec(output)?.[1] ?? 0),
});
/** @param {string} word */
const summaryCounts = (word) => /** @param {string} output */ (output) => {
  const match = new RegExp(`^${word}: (\\d+) passed, (\\d+) failed`, 'm').exec(output);
  return { passed: Number(match?.[1] ?? 0), failed: Number(match?.[2] ?? 0) };
};

const node = process.execPath;
const npx = ['npx', '--no-install'];
/** @type {Step[]} */
const steps = [
  { name: 'build', command: [node, 'scripts/build.mjs', '--production'] },
  { name: 'clean compiled tests', command: [node, '-e', "require('fs').rmSync('out', { recursive: true, force: true })"] },
  { name: 'type-check and compile tests', command: [...npx, 'tsc', '-p', '.'] },
  { name: 'bundle the web host suite', command: [node, 'scripts/build-web-tests.mjs'] },
  { name: 'type-check the webview', command: [node, 'scripts/typecheck-webview.mjs'] },
  { name: 'type-check the core without Node (it runs in the web extension host too)', command: [...npx, 'tsc', '-p', 'src/core'] },
  { name: 'lint', command: [...npx, 'eslint', '.', '--max-warnings', '0'] },
  { name: 'unit tests', command: [node, '--test', '--test-reporter=spec', 'out/test/unit/'], counts: nodeTestCounts },
  { name: 'conformance with the generators (Jekyll, Hugo, Hexo, Eleventy, Docusaurus, Astro)', command: [node, '--test', '--test-reporter=spec', 'out/test/conformance/'], counts: nodeTestCounts },
  { name: 'package the VSIX', command: [...npx, 'vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', 'postcraft.vsix'] },
  { name: 'VSIX and npm package contents', command: [node, '--test', '--test-reporter=spec', 'out/test/package/'], counts: nodeTestCounts },
  { name: 'host tests, desktop and web builds (VS Code 1.100 and 1.139)', command: [node, 'out/test/harness/hostMain.js'], counts: summaryCounts('host') },
  { name: 'harness self-test', command: [node, '--test', '--test-reporter=spec', 'out/test/harness/selftest.test.js'], counts: nodeTestCounts },
  { name: 'e2e tests in Chromium (VS Code 1.100 and 1.139)', command: [node, 'out/test/harness/e2eMain.js'], counts: summaryCounts('e2e') },
];

/** @param {Step} step @returns {Promise<{ code: number | null, output: string }>} */
function runStep(step) {
  return new Promise((resolve, reject) => {
    const [command, ...args] = step.command;
    const child = spawn(/** @type {string} */ (command), args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

async function main() {
  ensureSetup();
  // the npm generators the conformance tests ask (test/oracles/), cached per machine
  ensureOracles();
  let passed = 0;
  let failed = 0;
  const started = Date.now();
  for (const step of steps) {
    const t0 = Date.now();
    console.log(`\n=== ${step.name} ===`);
    const { code, output } = await runStep(step);
    const counts = step.counts?.(output) ?? { passed: 0, failed: 0 };
    passed += counts.passed;
    failed += counts.failed;
    console.log(`=== ${step.name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s ===`);
    if (code !== 0) {
      console.log(`\nstep "${step.name}" failed; the steps after it did not run.`);
      console.log(`tests: ${passed} passed, ${Math.max(failed, 1)} failed`);
      return 1;
    }
  }
  console.log(`\nall steps passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(`tests: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
