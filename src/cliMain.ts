import * as path from 'node:path';
import { siteIndexJson, siteIndexText, type ReportedProblem } from './core/siteReport';
import { parseCliArgs, type CheckFormat } from './core/check/cliArgs';
import type { CheckResult } from './core/check/checkResult';
import { checkText } from './core/check/checkText';
import { checkJson } from './core/check/checkJson';
import { githubAnnotations } from './core/check/githubAnnotations';
import { sarifLog } from './core/check/sarifLog';
import { packageInfo } from './platform/packageInfo';
import { indexSite, type IndexedSite } from './platform/siteIndexer';
import { siteGenerator } from './platform/siteLocator';
import { wholeFolderFileSystem } from './platform/nodeFileSystem';
import { generatorName } from './core/generators/generatorNames';
import { generatorById } from './core/generators/generators';
import { lintSiteFiles } from './platform/siteLint';
import { findGemTheme } from './platform/gemThemes';

/** Everything the site reports, with config problems under the config file's name. */
async function siteProblems(site: IndexedSite): Promise<ReportedProblem[]> {
  const snapshot = site.model.snapshot();
  const configFile = site.loaded.file ?? site.generator.configFiles[0] ?? '';
  const problems: ReportedProblem[] = [
    ...site.loaded.problems.map((p) => ({ ...p, path: p.file ?? configFile })),
    ...(site.loaded.zoneProblem ? [{ ...site.loaded.zoneProblem, path: configFile }] : []),
    ...(await lintSiteFiles(wholeFolderFileSystem, site, Date.now(), findGemTheme)),
    ...site.unreadable.map((u) => ({ severity: 'error' as const, code: 'file.unreadable', message: `cannot be read (${u.reason})`, line: 0, path: u.path })),
    ...site.skipped.map((s) => ({ severity: 'warning' as const, code: 'file.skipped', message: `not read (${s.reason})`, line: 0, path: s.path })),
  ];
  for (const finding of snapshot.findings) {
    problems.push({ severity: 'warning', code: finding.code, message: finding.message, line: 0, path: configFile });
  }
  return problems;
}

/** The check's result in the format asked for. */
function checkOutput(result: CheckResult, format: CheckFormat, root: string): string {
  // Paths as the caller sees them from where it runs (a repository's root in CI), when the site is inside it.
  const fromHere = path.relative(process.cwd(), root).split(path.sep).join('/');
  const place = { pathPrefix: fromHere === '' || fromHere.startsWith('..') || path.isAbsolute(fromHere) ? '' : `${fromHere}/` };
  switch (format) {
    case 'text':
      return checkText(result);
    case 'json':
      return `${JSON.stringify(checkJson(result), null, 2)}\n`;
    case 'github':
      return githubAnnotations(result, place);
    case 'sarif':
      return `${JSON.stringify(sarifLog(result, place, packageInfo(__dirname)), null, 2)}\n`;
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const request = parseCliArgs(argv);
  if (request.kind === 'help') {
    process.stdout.write(`${request.usage}\n`);
    return 0;
  }
  if (request.kind === 'usage') {
    console.error(`postcraft: ${request.message}\n${request.usage}`);
    return 2;
  }
  const root = path.resolve(request.site);
  const generator = await siteGenerator(wholeFolderFileSystem, root);
  if (generator === undefined) {
    console.error(`postcraft: ${root} is not a site of any generator Postcraft knows (no _config.yml, _posts, hugo.toml, config.toml…)`);
    return 2;
  }
  if (generatorById(generator) === undefined) {
    console.error(`postcraft: ${root} is a ${generatorName(generator)} site, which Postcraft does not read yet`);
    return 2;
  }
  // Read on this thread: in a one-shot process, worker threads each load and warm up the whole reader before their
  // first post, which costs more than they save on two cores (measured as whole processes; see bench/everyGenerator.ts).
  const site = await indexSite(root, { fs: wholeFolderFileSystem, generator, nowMs: Date.now() });
  if (request.kind === 'index') {
    const snapshot = site.model.snapshot();
    if (request.json) {
      process.stdout.write(`${JSON.stringify(siteIndexJson(snapshot, generator), null, 2)}\n`);
    } else {
      // One write: a write per post costs a system call each (10,000 of them on a large site).
      process.stdout.write(siteIndexText(snapshot));
    }
    return 0;
  }
  const result: CheckResult = { generator, filesChecked: site.files.length, problems: await siteProblems(site) };
  process.stdout.write(checkOutput(result, request.format, root));
  return result.problems.some((p) => p.severity === 'error') ? 1 : 0;
}

// A reader that stops early (`postcraft index … | head`) closes the pipe: that ends the output, not with a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') {
    process.exit(process.exitCode ?? 0);
  }
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 3;
  },
);
