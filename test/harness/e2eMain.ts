import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startCodeServer } from './codeServer';
import { e2eGeneratorSamples, repoRoot, resultsDir, sampleBlog, sampleHugoBlog } from './paths';
import { run } from './processes';
import { webExtensionHostSettings } from './webExtensionHost';
import { ensureRuntime, type Runtime } from './runtimes';
import { selectedVersions, type HostVersion } from './versions';

const vsix = path.join(repoRoot, 'postcraft.vsix');

interface FileCounts {
  readonly passed: number;
  readonly failed: number;
  /** A line per failed test: the file, the VS Code version and the test's title. */
  readonly failures: readonly string[];
}

/**
 * `npm run test:e2e`: for each supported VS Code and each file of browser tests in test/e2e, installs the packaged
 * VSIX into a fresh code-server, serves a fresh copy of the sample blog on 127.0.0.1 and runs the file against it.
 */
async function main(): Promise<number> {
  if (!fs.existsSync(vsix)) {
    throw new Error(`step "find the VSIX" failed: ${vsix} is missing (npm run package)`);
  }
  let passed = 0;
  let failed = 0;
  const failures: string[] = [];
  for (const version of selectedVersions()) {
    const counts = await runOn(version);
    passed += counts.passed;
    failed += counts.failed;
    failures.push(...counts.failures);
  }
  // Last, so a log shown by its tail names what failed.
  for (const failure of failures) console.log(`e2e: FAILED ${failure}`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

/**
 * Each test file gets its own code-server and its own copy of a sample blog: code-server keeps the workbench's
 * state (editors, unsaved text, undo stacks) across browser sessions, and one file's leftovers must not decide
 * another's outcome.
 */
async function runOn(version: HostVersion): Promise<FileCounts> {
  const runtime = await ensureRuntime(version, (line) => console.log(line));
  const logDir = path.join(resultsDir, 'e2e', version.label);
  fs.rmSync(logDir, { recursive: true, force: true });
  const testDir = path.join(repoRoot, 'out', 'test', 'e2e');
  // POSTCRAFT_E2E_FILES=preview,explorer runs only the files whose names contain one of the words.
  const only = process.env['POSTCRAFT_E2E_FILES']?.split(',').filter(Boolean);
  const files = fs.readdirSync(testDir).filter((f) => f.endsWith('.test.js') && (only === undefined || only.some((w) => f.includes(w)))).sort();
  let passed = 0;
  let failed = 0;
  const failures: string[] = [];
  for (const file of files) {
    const counts = await runFile(runtime, version, logDir, path.join(testDir, file));
    passed += counts.passed;
    failed += counts.failed;
    failures.push(...counts.failures);
  }
  return { passed, failed, failures };
}

async function runFile(runtime: Runtime, version: HostVersion, logDir: string, file: string): Promise<FileCounts> {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-e2e-'));
  // A file named hugo*.test.js runs on the Hugo sample blog; generators*.test.js on a folder holding the other
  // generators' samples side by side (samples/<name>); every other file on the Jekyll one.
  if (path.basename(file).startsWith('generators')) {
    for (const sample of e2eGeneratorSamples) fs.cpSync(path.join(repoRoot, 'samples', sample), path.join(workspace, sample), { recursive: true });
  } else {
    fs.cpSync(path.basename(file).startsWith('hugo') ? sampleHugoBlog : sampleBlog, workspace, { recursive: true });
  }
  // A file named web*.test.js runs Postcraft in the browser's extension host, as github.dev and vscode.dev do.
  const settings = path.basename(file).startsWith('web') ? webExtensionHostSettings(repoRoot) : {};
  const server = await startCodeServer({ runtime, version, logDir, installVsix: vsix, settings });
  try {
    console.log(`e2e ${path.basename(file, '.test.js')} on VS Code ${version.vscode} (code-server ${version.codeServer}) at ${server.origin}`);
    const result = await run(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', file], {
      env: {
        ...process.env,
        POSTCRAFT_E2E_ORIGIN: server.origin,
        POSTCRAFT_E2E_AUTHORITY: server.authority,
        POSTCRAFT_E2E_WORKSPACE: workspace,
        POSTCRAFT_E2E_LABEL: version.label,
      },
    });
    console.log(result.output);
    const passed = Number(/^ℹ pass (\d+)/m.exec(result.output)?.[1] ?? 0);
    const failed = Number(/^ℹ fail (\d+)/m.exec(result.output)?.[1] ?? 0);
    const failures: string[] = [];
    if (result.code !== 0) {
      console.log(`--- code-server log (${version.label}) ---\n${server.logTail()}`);
      // The spec reporter lists the failed tests again after `✖ failing tests:`, each marked ✖ (with its duration).
      const summary = result.output.split('✖ failing tests:').slice(1).join('\n');
      const marked = new Set([...summary.matchAll(/^\s*✖ (.+)$/gmu)].map((m) => (m[1] ?? '').replace(/ \([\d.]+m?s\)$/, '').trim()));
      const where = `${path.basename(file, '.test.js')} on VS Code ${version.vscode}`;
      failures.push(...(marked.size > 0 ? [...marked].map((title) => `${where}: ${title}`) : [`${where}: exit ${result.code}`]));
    }
    return { passed, failed: result.code !== 0 && failed === 0 ? 1 : failed, failures };
  } finally {
    await server.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
