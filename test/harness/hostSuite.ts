import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { format } from 'node:util';
import { launchBrowser, workbenchUrl } from './browser';
import { startCodeServer } from './codeServer';
import { readResultLine, type SuiteCounts } from '../host/resultLine';
import { repoRoot, resultsDir } from './paths';
import { ensureRuntime } from './runtimes';
import type { HostVersion } from './versions';
import { webExtensionHostSettings } from './webExtensionHost';

export interface SuiteResult extends SuiteCounts {
  readonly exitCode: number;
  readonly output: string;
}

export interface SuiteOptions {
  readonly version: HostVersion;
  /** Absolute path of the compiled test module that exports `run()`. */
  readonly testsModule: string;
  /** Site copied to a temporary folder that the workspace opens, so tests may change it. */
  readonly site: string;
  /** The extension under test (default: this repository). */
  readonly extension?: string;
  /** Where the extension under test runs: 'web' for the browser's extension host (a web worker); default Node's. */
  readonly extensionKind?: 'web';
  readonly timeoutMs?: number;
  readonly log?: (line: string) => void;
  /** Stops the suite: the browser and the server are stopped and the run rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/**
 * Runs a mocha suite inside a real VS Code extension host (code-server in Chromium), the way VS Code's own
 * browser integration tests run: the page exposes `codeAutomationLog` / `codeAutomationExit` and VS Code calls
 * them with the suite's output and exit code. The server and the browser are stopped whatever happens.
 */
export async function runHostSuite(options: SuiteOptions): Promise<SuiteResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const { version } = options;
  const runtime = await ensureRuntime(version, log);
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-site-'));
  fs.cpSync(options.site, workspace, { recursive: true });
  const logDir = path.join(resultsDir, 'host', version.label);
  // The suites stand in for runTests() on a desktop VS Code, where auto save is off. A browser workbench's own default
  // is to save an edited buffer a second after the last change: a suite's edits meant only for the buffer reached the
  // disk under it, and a file the suite wrote meanwhile made its next save fail ("File Modified Since").
  const settings = {
    'files.autoSave': 'off',
    // In the browser's extension host, a web worker, as on github.dev; the suite checks where it runs.
    ...(options.extensionKind === 'web' ? webExtensionHostSettings(options.extension ?? repoRoot) : {}),
  };
  const server = await startCodeServer({ runtime, version, logDir, settings });
  const session = await launchBrowser({ ownSignals: options.signal !== undefined }).catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  const lines: string[] = [];
  // What the workbench and extension host print as errors (offline gallery look-ups, their own races) is noise
  // beside the suite's report: it goes to a file, and its tail is printed only when the suite fails.
  const errorLog = path.join(logDir, 'extension-host-errors.log');
  const errorLines: string[] = [];
  fs.writeFileSync(errorLog, '');
  const aborted = new Promise<never>((_, reject) => {
    const signal = options.signal;
    if (signal === undefined) return;
    const stop = (): void => reject(signal.reason instanceof Error ? signal.reason : new Error(String(signal.reason)));
    if (signal.aborted) stop();
    signal.addEventListener('abort', stop, { once: true });
  });
  aborted.catch(() => undefined);
  try {
    const page = await session.context.newPage();
    const exit = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const text = format(...args);
      if (type === 'error') {
        errorLines.push(text);
        fs.appendFileSync(errorLog, `${text}\n`);
        return;
      }
      lines.push(text);
      log(`    ${text}`);
    });
    const url = workbenchUrl(server.origin, server.authority, workspace, { extension: options.extension ?? repoRoot, tests: options.testsModule, ...(options.extensionKind === undefined ? {} : { kind: options.extensionKind }) });
    log(`VS Code ${version.vscode} (code-server ${version.codeServer}): running ${path.relative(repoRoot, options.testsModule)}`);
    await Promise.race([page.goto(url), aborted]);
    const timeoutMs = options.timeoutMs ?? 300_000;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
    });
    let exitCode: number;
    try {
      exitCode = await Promise.race([exit, timeout, aborted]);
    } finally {
      clearTimeout(timer);
    }
    const output = lines.join('\n');
    const counts = readResultLine(output);
    if (exitCode !== 0) {
      await page.screenshot({ path: path.join(logDir, 'failure.png') }).catch(() => undefined);
      log(errorTail(errorLines, errorLog));
    } else {
      log(`  (${errorLines.length} error lines from the workbench and the extension host, in ${path.relative(repoRoot, errorLog)})`);
      // Those that name Postcraft are shown whatever the outcome: an error of ours a test did not catch.
      for (const line of errorLines.filter((l) => /postcraft\.postcraft|dist\/(extension|indexWorker)\.js/.test(l))) log(`  ! ${line.split('\n', 1)[0]?.slice(0, 300) ?? ''}`);
    }
    return { exitCode, ...counts, output };
  } catch (error) {
    throw new Error(
      `step "host suite on VS Code ${version.vscode}" failed: ${(error as Error).message}\n` +
        `--- suite output ---\n${lines.join('\n').slice(-4000)}\n` +
        `${errorTail(errorLines, errorLog)}\n` +
        `--- browser console ---\n${session.consoleLines.slice(-40).join('\n')}\n` +
        `--- code-server log ---\n${server.logTail()}`,
      { cause: error },
    );
  } finally {
    await session.close();
    await server.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

/** The first line of each of the last error messages the host printed (their stacks are in the file). */
function errorTail(errorLines: readonly string[], file: string): string {
  const firstLines = errorLines.slice(-15).map((text) => `  ! ${text.split('\n', 1)[0]?.slice(0, 300) ?? ''}`);
  return `--- extension host errors: ${errorLines.length}, in ${path.relative(repoRoot, file)}; the last ---\n${firstLines.join('\n')}`;
}
