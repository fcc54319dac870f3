import * as path from 'node:path';
import { formatProblems, siteIndexJson, type ReportedProblem } from './core/siteReport';
import { indexSite, type IndexedSite } from './platform/siteIndexer';
import { IndexWorkerPool } from './platform/indexWorkers';
import { siteGenerator } from './platform/siteLocator';
import { generatorName } from './core/generators/generatorNames';
import { generatorById } from './core/generators/generators';
import { lintSiteFiles } from './platform/siteLint';

const usage = `usage:
  postcraft index <site> [--json]   every post with its URL, date, taxonomies and status, and the counts of each
                                    taxonomy (a Jekyll, Hugo or Docusaurus site, read as its generator reads it)
  postcraft check <site>            every problem with file and line; exits 1 when there are errors
  postcraft --help                  this text`;

/** Everything the site reports, with config problems under the config file's name. */
function siteProblems(site: IndexedSite): ReportedProblem[] {
  const snapshot = site.model.snapshot();
  const configFile = site.loaded.file ?? site.generator.configFiles[0] ?? '';
  const problems: ReportedProblem[] = [
    ...site.loaded.problems.map((p) => ({ ...p, path: p.file ?? configFile })),
    ...(site.loaded.zoneProblem ? [{ ...site.loaded.zoneProblem, path: configFile }] : []),
    ...lintSiteFiles(site, Date.now()),
    ...site.unreadable.map((u) => ({ severity: 'error' as const, code: 'file.unreadable', message: `cannot be read (${u.reason})`, line: 0, path: u.path })),
    ...site.skipped.map((s) => ({ severity: 'warning' as const, code: 'file.skipped', message: `not read (${s.reason})`, line: 0, path: s.path })),
  ];
  for (const finding of snapshot.findings) {
    problems.push({ severity: 'warning', code: finding.code, message: finding.message, line: 0, path: configFile });
  }
  return problems;
}

async function main(argv: readonly string[]): Promise<number> {
  const [command, target, ...rest] = argv;
  if (argv.includes('--help') || argv.includes('-h') || command === 'help') {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if ((command !== 'index' && command !== 'check') || target === undefined) {
    console.error(usage);
    return 2;
  }
  const root = path.resolve(target);
  const generator = siteGenerator(root);
  if (generator === undefined) {
    console.error(`postcraft: ${root} is not a site of any generator Postcraft knows (no _config.yml, _posts, hugo.toml, config.toml…)`);
    return 2;
  }
  if (generatorById(generator) === undefined) {
    console.error(`postcraft: ${root} is a ${generatorName(generator)} site, which Postcraft does not read yet`);
    return 2;
  }
  const workers = new IndexWorkerPool(path.join(__dirname, 'indexWorker.js'));
  const site = await indexSite(root, { generator, nowMs: Date.now(), workers }).finally(() => workers.dispose());
  if (command === 'index') {
    const json = siteIndexJson(site.model.snapshot(), generator);
    if (rest.includes('--json')) {
      process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    } else {
      for (const post of json.posts) {
        process.stdout.write(`${post.status.padEnd(11)} ${post.date ?? '-'}  ${post.url ?? '-'}  ${post.path}\n`);
      }
      process.stdout.write(`${json.posts.length} files, ${Object.keys(json.categories).length} categories, ${Object.keys(json.tags).length} tags\n`);
    }
    return 0;
  }
  const problems = siteProblems(site);
  for (const line of formatProblems(problems)) {
    process.stdout.write(`${line}\n`);
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  process.stdout.write(`${site.files.length} files checked: ${errors} errors, ${problems.length - errors} warnings\n`);
  return errors > 0 ? 1 : 0;
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
