import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import type { LaunchResult } from './hostLauncher';
import { repoRoot, sampleBlog, sampleEleventyBlog, sampleHugoBlog } from './paths';
import { selectedVersions } from './versions';

/**
 * `npm run test:host`: the host suite on every supported VS Code, started by @vscode/test-electron's runTests(),
 * the standard runner of extension tests. The VS Code it starts is, in this order: the executable named by
 * `VSCODE_EXECUTABLE` (a desktop VS Code); a desktop VS Code that runTests downloads, when
 * `POSTCRAFT_DESKTOP_VERSION` names one (`1.100.0`, `stable`; this needs the internet); otherwise
 * scripts/vscode-on-code-server, which takes the same command line and runs the suite in code-server with
 * Chromium, once per version of versions.ts. `POSTCRAFT_HOST_SUITE` names another compiled suite module (the
 * harness's own test uses it to run a suite that must fail).
 */
interface Target {
  readonly name: string;
  readonly executable: string | undefined;
  readonly env: Readonly<Record<string, string>>;
  readonly version?: string;
}

function targets(resultFile: string): Target[] {
  const desktop = process.env['VSCODE_EXECUTABLE'];
  if (desktop !== undefined && desktop !== '') return [{ name: `VS Code at ${desktop}`, executable: desktop, env: {} }];
  const download = process.env['POSTCRAFT_DESKTOP_VERSION'];
  if (download !== undefined && download !== '') return [{ name: `desktop VS Code ${download}`, executable: undefined, env: {}, version: download }];
  const launcher = path.join(repoRoot, 'scripts', 'vscode-on-code-server');
  return selectedVersions().map((v) => ({
    name: `VS Code ${v.vscode}`,
    executable: launcher,
    env: { POSTCRAFT_HOST_VERSION: v.label, POSTCRAFT_HOST_RESULT_FILE: resultFile, POSTCRAFT_NODE: process.execPath },
  }));
}

/** Runs one suite through runTests; a non-zero exit arrives as a rejection that carries the code. */
async function runOne(target: Target, module: string, site: string, resultFile: string, kind: 'web' | undefined): Promise<LaunchResult> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-host-'));
  const workspace = path.join(scratch, 'site');
  fs.cpSync(site, workspace, { recursive: true });
  fs.rmSync(resultFile, { force: true });
  let exitCode: number;
  try {
    exitCode = await runTests({
      ...(target.executable !== undefined ? { vscodeExecutablePath: target.executable } : target.version !== undefined ? { version: target.version } : {}),
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: module,
      extensionTestsEnv: target.env,
      // Profile folders of this run's own, so nothing is left in .vscode-test and no run sees another's state.
      launchArgs: [
        workspace, '--disable-extensions', `--user-data-dir=${path.join(scratch, 'user-data')}`, `--extensions-dir=${path.join(scratch, 'extensions')}`,
        // The web build: VS Code's own flag runs the extension in the browser's extension host (a web worker).
        ...(kind === 'web' ? ['--extensionDevelopmentKind=web'] : []),
      ],
    });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    exitCode = typeof code === 'number' && code !== 0 ? code : 1;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  // The launcher leaves the counts; a desktop VS Code leaves only its exit code (its counts are in the output).
  const counts = fs.existsSync(resultFile) ? (JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Partial<LaunchResult>) : { passed: exitCode === 0 ? 1 : 0, failed: exitCode === 0 ? 0 : 1 };
  return { passed: counts.passed ?? 0, failed: counts.failed ?? 0, failures: counts.failures ?? [], exitCode };
}

async function main(): Promise<number> {
  let failed = 0;
  let passed = 0;
  const failures: string[] = [];
  const own = process.env['POSTCRAFT_HOST_SUITE'];
  // The suite of the Jekyll sample, and the Hugo sample's own (a workspace Postcraft must activate in by itself).
  const suites: { name: string; module: string; site: string; kind?: 'web' }[] = own !== undefined ? [{ name: 'suite', module: own, site: sampleBlog }] : [
    { name: 'Jekyll suite', module: path.join(repoRoot, 'out', 'test', 'host', 'index.js'), site: sampleBlog },
    { name: 'Hugo suite', module: path.join(repoRoot, 'out', 'test', 'host', 'hugoIndex.js'), site: sampleHugoBlog },
    { name: 'Hexo suite', module: path.join(repoRoot, 'out', 'test', 'host', 'hexoIndex.js'), site: path.join(repoRoot, 'samples', 'hexo-blog') },
    { name: 'Docusaurus suite', module: path.join(repoRoot, 'out', 'test', 'host', 'docusaurusIndex.js'), site: path.join(repoRoot, 'samples', 'docusaurus-blog') },
    { name: 'Eleventy suite', module: path.join(repoRoot, 'out', 'test', 'host', 'eleventyIndex.js'), site: sampleEleventyBlog },
    { name: 'Astro suite', module: path.join(repoRoot, 'out', 'test', 'host', 'astroIndex.js'), site: path.join(repoRoot, 'samples', 'astro-blog') },
    // The web build in the browser's extension host, the folder reached only through workspace.fs (test/web).
    { name: 'Jekyll web suite', module: path.join(repoRoot, 'out', 'web-tests', 'index.js'), site: sampleBlog, kind: 'web' },
    // Every other generator's reading suites in the web build too (test/web/generatorSuites.ts).
    { name: 'Hugo web suite', module: path.join(repoRoot, 'out', 'web-tests', 'hugoIndex.js'), site: sampleHugoBlog, kind: 'web' },
    { name: 'Hexo web suite', module: path.join(repoRoot, 'out', 'web-tests', 'hexoIndex.js'), site: path.join(repoRoot, 'samples', 'hexo-blog'), kind: 'web' },
    { name: 'Docusaurus web suite', module: path.join(repoRoot, 'out', 'web-tests', 'docusaurusIndex.js'), site: path.join(repoRoot, 'samples', 'docusaurus-blog'), kind: 'web' },
    { name: 'Eleventy web suite', module: path.join(repoRoot, 'out', 'web-tests', 'eleventyIndex.js'), site: sampleEleventyBlog, kind: 'web' },
    { name: 'Astro web suite', module: path.join(repoRoot, 'out', 'web-tests', 'astroIndex.js'), site: path.join(repoRoot, 'samples', 'astro-blog'), kind: 'web' },
  ];
  const resultFile = path.join(os.tmpdir(), `postcraft-host-result-${process.pid}.json`);
  for (const target of targets(resultFile)) {
    for (const suite of suites) {
      console.log(`runTests: ${suite.name} on ${target.name}`);
      const result = await runOne(target, suite.module, suite.site, resultFile, suite.kind);
      console.log(`host ${suite.name} on ${target.name}: ${result.passed} passed, ${result.failed} failed (exit ${result.exitCode})`);
      passed += result.passed;
      failed += result.failed + (result.exitCode !== 0 && result.failed === 0 ? 1 : 0);
      for (const failure of result.failures) failures.push(`${suite.name} on ${target.name}: ${failure}`);
      // A suite that timed out or crashed, or ran in a desktop VS Code, names no test: the suite is named instead.
      if (result.exitCode !== 0 && result.failures.length === 0) failures.push(`${suite.name} on ${target.name}: exit ${result.exitCode}, no failed test named (its output is above)`);
    }
  }
  fs.rmSync(resultFile, { force: true });
  // Last, so a log shown by its tail names what failed.
  for (const failure of failures) console.log(`host: FAILED ${failure}`);
  console.log(`host: ${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
