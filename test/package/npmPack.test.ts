import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-pack-'));
after(() => fs.rmSync(temp, { recursive: true, force: true }));

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

interface PackResult { filename: string; files: { path: string }[] }

test('npm pack makes a package of the command line alone, which npx runs from the tarball without fetching anything', () => {
  assert.ok(fs.existsSync(path.join(repoRoot, 'dist', 'cli.js')), 'npm run build first');
  const [packed] = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', temp], { cwd: repoRoot, encoding: 'utf8' })) as PackResult[];
  assert.ok(packed);
  assert.deepEqual(packed.files.map((f) => f.path).sort(), ['LICENSE', 'README.md', 'dist/cli.js', 'dist/cliMain.js', 'dist/indexWorker.js', 'package.json']);
  const tarball = path.join(temp, packed.filename);
  assert.ok(fs.existsSync(tarball));

  const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' })) as { bin?: Record<string, string>; dependencies?: object };
  assert.deepEqual(manifest.bin, { postcraft: './dist/cli.js' });
  // The bundles hold every library they use: a dependency here would make npx fetch it (and its whole tree).
  assert.equal(manifest.dependencies, undefined, 'the package declares no dependencies (dist/ is bundled); build-time libraries are devDependencies');

  // As docs/ci.md has it: the tarball by a relative path; a fresh npm cache and --offline, so the run can use
  // nothing but the tarball.
  const env = { ...process.env, npm_config_cache: path.join(temp, 'npm-cache'), npm_config_offline: 'true', npm_config_update_notifier: 'false' };
  const run = (...args: string[]): { code: number | null; stdout: string; stderr: string } => {
    const result = spawnSync(npx, ['--yes', '--package', `./${packed.filename}`, 'postcraft', ...args], { cwd: temp, env, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const sample = path.join(repoRoot, 'samples', 'jekyll-blog');
  const fromTarball = run('check', sample, '--format', 'json');
  assert.equal(fromTarball.code, 0, fromTarball.stderr);
  const fromClone = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'check', sample, '--format', 'json'], { cwd: temp, encoding: 'utf8' });
  assert.deepEqual(JSON.parse(fromTarball.stdout), JSON.parse(fromClone.stdout));
  assert.equal((JSON.parse(fromTarball.stdout) as { generator: string }).generator, 'jekyll');

  const sarif = run('check', path.join(repoRoot, 'samples', 'hugo-blog'), '--format', 'sarif');
  assert.equal(sarif.code, 0, sarif.stderr);
  const driver = (JSON.parse(sarif.stdout) as { runs: { tool: { driver: { name: string; version: string } } }[] }).runs[0]?.tool.driver;
  assert.deepEqual([driver?.name, driver?.version], ['postcraft', (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version]);

  const broken = path.join(temp, 'broken');
  fs.mkdirSync(path.join(broken, '_posts'), { recursive: true });
  fs.writeFileSync(path.join(broken, '_config.yml'), 'title: t\n');
  fs.writeFileSync(path.join(broken, '_posts', '2024-01-01-broken.md'), '---\ntitle: ok\ntags: [a, b\n---\n');
  const github = run('check', 'broken', '--format', 'github');
  assert.equal(github.code, 1, github.stderr);
  assert.match(github.stdout, /^::error file=broken\/_posts\/2024-01-01-broken\.md,line=\d+,col=\d+,title=Postcraft frontMatter\.yaml::YAML error/m);
  assert.equal(run('check', 'broken', '--format', 'nope').code, 2);
});
