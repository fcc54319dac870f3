import * as fs from 'node:fs';
import type { SuiteCounts } from '../host/resultLine';
import { runHostSuite } from './hostSuite';
import { allVersions } from './versions';

/**
 * The "VS Code" that `runTests()` of @vscode/test-electron starts on a machine without a desktop VS Code
 * (scripts/vscode-on-code-server is the executable it is given). It takes the desktop's command line
 * (`--extensionDevelopmentPath=`, `--extensionTestsPath=`, the folder, and flags meant for Electron, which it
 * ignores), runs that suite in code-server with Chromium, and exits with the suite's result. The harness names
 * the version and a file for the counts in the environment runTests passes on. On SIGINT or SIGTERM it stops
 * code-server's process group and the browser before it exits.
 */

/** What the launcher reads of a VS Code command line. */
export interface LaunchRequest {
  readonly extensionDevelopmentPath: string;
  readonly extensionTestsPath: string;
  readonly folder: string;
  /** `--extensionDevelopmentKind=web`: the extension runs in the browser's extension host (a web worker). */
  readonly extensionKind?: 'web';
}

/** Reads the arguments runTests gives VS Code; undefined names what is missing. */
export function readLaunchArgs(argv: readonly string[]): LaunchRequest | string {
  let extensionDevelopmentPath: string | undefined;
  let extensionTestsPath: string | undefined;
  let folder: string | undefined;
  let extensionKind: 'web' | undefined;
  for (const arg of argv) {
    const value = (flag: string): string | undefined => (arg.startsWith(`--${flag}=`) ? arg.slice(flag.length + 3) : undefined);
    extensionDevelopmentPath = value('extensionDevelopmentPath') ?? extensionDevelopmentPath;
    extensionTestsPath = value('extensionTestsPath') ?? extensionTestsPath;
    if (value('extensionDevelopmentKind') === 'web') extensionKind = 'web';
    if (!arg.startsWith('-')) folder = arg;
  }
  if (extensionDevelopmentPath === undefined) return '--extensionDevelopmentPath= is missing';
  if (extensionTestsPath === undefined) return '--extensionTestsPath= is missing';
  if (folder === undefined) return 'no folder to open was given';
  return { extensionDevelopmentPath, extensionTestsPath, folder, ...(extensionKind === undefined ? {} : { extensionKind }) };
}

/** The counts the launcher leaves for the harness (runTests itself returns only an exit code). */
export interface LaunchResult extends SuiteCounts {
  readonly exitCode: number;
}

async function main(): Promise<number> {
  const request = readLaunchArgs(process.argv.slice(2));
  if (typeof request === 'string') {
    console.error(`vscode-on-code-server: ${request}`);
    return 2;
  }
  const label = process.env['POSTCRAFT_HOST_VERSION'] ?? allVersions[0]?.label;
  const version = allVersions.find((v) => v.label === label || v.vscode === label);
  if (version === undefined) {
    console.error(`vscode-on-code-server: POSTCRAFT_HOST_VERSION=${label ?? ''} names no known host`);
    return 2;
  }
  const stop = new AbortController();
  // A terminal's Ctrl+C reaches this process twice (from the terminal and from runTests): the first stops the run.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      process.exitCode = 130;
      stop.abort(new Error(`stopped by ${signal}`));
    });
  }
  const result = await runHostSuite({ version, testsModule: request.extensionTestsPath, site: request.folder, extension: request.extensionDevelopmentPath, signal: stop.signal, ...(request.extensionKind === undefined ? {} : { extensionKind: request.extensionKind }) });
  const exitCode = result.exitCode !== 0 ? result.exitCode : result.failed > 0 ? 1 : 0;
  const resultFile = process.env['POSTCRAFT_HOST_RESULT_FILE'];
  if (resultFile !== undefined) fs.writeFileSync(resultFile, JSON.stringify({ passed: result.passed, failed: result.failed, failures: result.failures, exitCode } satisfies LaunchResult));
  return exitCode;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(process.exitCode !== undefined && process.exitCode !== 0 ? process.exitCode : 1);
    },
  );
}
