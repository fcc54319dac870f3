import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from './paths';
import { waitFor } from './processes';
import { runHostSuite } from './hostSuite';
import { failureLine, MAX_LISTED_FAILURES, readResultLine, resultLine } from '../host/resultLine';
import { allVersions } from './versions';

const hostMain = path.join(repoRoot, 'out', 'test', 'harness', 'hostMain.js');
const failingSuite = path.join(repoRoot, 'out', 'test', 'harness', 'failing', 'index.js');

/** Every process's parent and command line, read from /proc. */
function processTable(): Map<number, { readonly ppid: number; readonly commandLine: string }> {
  const table = new Map<number, { ppid: number; commandLine: string }>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      table.set(Number(name), { ppid, commandLine: fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0/g, ' ').trim() });
    } catch {
      // the process ended while being read
    }
  }
  return table;
}

/**
 * Runs `npm run test:host`'s program on the suite that fails on purpose, noting every process it starts (the
 * launcher, code-server, Chromium: code-server and Chromium are leaders of their own process groups, so only their
 * parents tie them to the run). `interrupt` may stop it early. Returns the exit code, the output, and which of the
 * noted processes are still running a while after the exit.
 */
async function runHarness(interrupt?: (output: () => string) => Promise<boolean>): Promise<{ code: number | null; output: string; left: string[]; started: number }> {
  const child = spawn(process.execPath, [hostMain], {
    env: { ...process.env, POSTCRAFT_HOSTS: 'oldest', POSTCRAFT_HOST_SUITE: failingSuite },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  let running = true;
  void exited.then(() => (running = false));
  const noted = new Map<number, string>();
  const note = (): void => {
    const table = processTable();
    const ours = new Set<number>([child.pid ?? -1, ...noted.keys()]);
    for (const [pid, entry] of table) if (ours.has(entry.ppid) && !noted.has(pid)) noted.set(pid, entry.commandLine);
  };
  const watcher = setInterval(note, 200);
  if (interrupt !== undefined && (await interrupt(() => output)) && running) child.kill('SIGINT');
  const code = await exited;
  clearInterval(watcher);
  const stillRunning = (): string[] => {
    const table = processTable();
    return [...noted].filter(([pid, commandLine]) => table.get(pid)?.commandLine === commandLine).map(([pid, commandLine]) => `${pid}: ${commandLine.slice(0, 160)}`);
  };
  const left = await waitFor('the run\'s processes to end', () => (stillRunning().length === 0 ? [] : undefined), 20_000, 250).catch(stillRunning);
  return { code, output, left, started: noted.size };
}

/** The harness must turn a failing host test into a failing command, or a green run would prove nothing. */
test('a failing host test makes `npm run test:host` fail, through runTests(), and leaves nothing running', async () => {
  const { code, output, left, started } = await runHarness();
  assert.notEqual(code, 0, `the command exited 0:\n${output}`);
  assert.match(output, /runTests: suite on VS Code 1\.100\.3/);
  assert.match(output, /1 passed, 1 failed/);
  assert.match(output, /this assertion is meant to fail/);
  // Named again at the end, where a log shown by its tail still has it.
  assert.match(output, /host: FAILED suite on VS Code 1\.100\.3: deliberately failing suite fails on purpose: this assertion is meant to fail\n[^]*host: 1 passed, 1 failed/);
  assert.ok(started >= 3, `the launcher, code-server and Chromium were seen (${started} processes)`);
  assert.deepEqual(left, [], 'nothing of the run is left running');
});

test('Ctrl+C stops the run, code-server and the browser, and fails the command', async () => {
  const { code, output, left, started } = await runHarness(async (soFar) => {
    // Once the suite is loading in the workbench, code-server and Chromium are both running.
    await waitFor('the suite to start', () => (/: running /.test(soFar()) ? true : undefined), 240_000, 200);
    return true;
  });
  assert.notEqual(code, 0, `the command exited 0 after Ctrl+C:\n${output}`);
  assert.match(output, /stopped by SIGINT/);
  assert.ok(started >= 3, `the launcher, code-server and Chromium were seen (${started} processes)`);
  assert.deepEqual(left, [], 'nothing of the run is left running');
});

/**
 * The way the web build is to be tested: the extension under development runs in the browser's extension host (a
 * web worker, no Node) and reaches the workspace only through the remote file system. Proven on a probe extension
 * that has only a `browser` entry, on both VS Code versions.
 */
for (const version of allVersions) {
  test(`a suite runs in the browser's extension host on VS Code ${version.vscode}, with no Node and the folder behind workspace.fs`, async () => {
    const probe = path.join(repoRoot, 'test', 'fixtures', 'web-probe');
    const site = path.join(repoRoot, 'samples', 'jekyll-blog');
    const result = await runHostSuite({ version, extension: probe, testsModule: path.join(probe, 'tests.js'), extensionKind: 'web', site, log: () => undefined });
    assert.equal(result.exitCode, 0, result.output);
    const line = /WEB_PROBE (\{.*\})/.exec(result.output)?.[1];
    assert.ok(line !== undefined, `the probe reported nothing:\n${result.output}`);
    const report = JSON.parse(line) as { process: string; importScripts: string; scheme: string; entries: string[] };
    assert.equal(report.process, 'undefined', 'no Node process object: not Node\'s extension host');
    assert.equal(report.importScripts, 'function', 'a web worker');
    assert.equal(report.scheme, 'vscode-remote');
    assert.deepEqual(report.entries, fs.readdirSync(site).sort(), 'the copy of the site, read through workspace.fs');
  });
}

test('the result line keeps its counts and lists at most MAX_LISTED_FAILURES failures, then how many more', () => {
  const failures = Array.from({ length: MAX_LISTED_FAILURES + 7 }, (_, i) => failureLine(`suite test ${i}`, new Error(`${'x'.repeat(400)}\nsecond line`)));
  const line = resultLine({ passed: 3, failed: failures.length, failures });
  const read = readResultLine(`noise before\n${line}\nnoise after`);
  assert.equal(read.passed, 3);
  assert.equal(read.failed, MAX_LISTED_FAILURES + 7);
  assert.equal(read.failures.length, MAX_LISTED_FAILURES + 1);
  assert.equal(read.failures[0], `suite test 0: ${'x'.repeat(300)}`);
  assert.equal(read.failures.at(-1), '… and 7 more');
  assert.ok(line.length < 20_000, `${line.length} characters`);
  const few = readResultLine(resultLine({ passed: 1, failed: 1, failures: [failures[0] ?? ''] }));
  assert.deepEqual(few.failures, [failures[0]]);
  const all = failures.slice(0, MAX_LISTED_FAILURES);
  assert.deepEqual(readResultLine(resultLine({ passed: 0, failed: all.length, failures: all })).failures, all, 'exactly as many as are listed: no "more" entry');
  assert.equal(failureLine('t'.repeat(1000), new Error('e')), `${'t'.repeat(300)}: e`);
});
