// Throw-away copies of Jekyll sites that this machine's Jekyll (4.3.1 from Debian, no other gems) can build: the
// config's theme and plugins are left out, since their gems are not installed and Jekyll would not start without
// them, and so is the Gemfile (Jekyll would ask Bundler for every gem it lists). Postcraft reads the same copy, so
// both see a site without that theme and those plugins.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const leftOut = new Set(['.git', '_site', '.jekyll-cache', '.sass-cache', 'node_modules', 'vendor', 'Gemfile', 'Gemfile.lock']);

/** The config without its top-level `theme`, `remote_theme`, `plugins` and `gems` (and their indented lines). */
export function withoutGems(config: string): string {
  const out: string[] = [];
  let dropping = false;
  for (const line of config.split('\n')) {
    if (/^(theme|remote_theme|plugins|gems|whitelist)\s*:/.test(line)) {
      dropping = true;
      continue;
    }
    if (dropping && (/^\s+\S/.test(line) || /^-\s/.test(line))) continue;
    dropping = false;
    out.push(line);
  }
  return out.join('\n');
}

/** Copies a site into a new temporary folder, config neutralised, with `extra` files written over it. */
export function copyJekyllSite(site: string, extra: Record<string, string> = {}): string {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-jekyll-checks-'));
  fs.cpSync(site, work, { recursive: true, filter: (source) => !leftOut.has(path.basename(source)) || source === site });
  for (const name of ['_config.yml', '_config.yaml']) {
    const file = path.join(work, name);
    if (fs.existsSync(file)) fs.writeFileSync(file, withoutGems(fs.readFileSync(file, 'utf8')));
  }
  for (const [rel, text] of Object.entries(extra)) {
    fs.mkdirSync(path.dirname(path.join(work, rel)), { recursive: true });
    fs.writeFileSync(path.join(work, rel), text);
  }
  return work;
}

/** What stopped `jekyll build`: the file it names (site-relative), Liquid's line when it gives one, the message. */
export interface JekyllFailure {
  readonly file: string | undefined;
  /** Liquid's line: counted from the first line after the front matter, 1-based. */
  readonly line: number | undefined;
  readonly message: string;
}

/** Runs `jekyll build` on a copy; undefined when the build succeeds. */
export function jekyllBuild(site: string): JekyllFailure | undefined {
  return jekyllBuildReport(site).failure;
}

export interface JekyllReport {
  readonly failure: JekyllFailure | undefined;
  /** The files of each "Conflict: The following destination is shared by multiple files" warning, site-relative. */
  readonly conflicts: readonly (readonly string[])[];
}

export function jekyllBuildReport(site: string): JekyllReport {
  const destination = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-jekyll-out-'));
  try {
    const run = spawnSync('jekyll', ['build', '--source', site, '--destination', destination, '--disable-disk-cache'], {
      cwd: site, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: site, LANG: 'C.UTF-8' },
    });
    // eslint-disable-next-line no-control-regex
    const output = `${run.stdout}${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
    const real = fs.realpathSync(site);
    const relative = (file: string): string => path.relative(real, fs.realpathSync(file)).split(path.sep).join('/');
    const conflicts = [...output.matchAll(/Conflict: The following destination is shared by multiple files\.\n.*\n.*\n((?:\s+- .*\n?)+)/g)].map((m) =>
      (m[1] ?? '').split('\n').map((l) => l.replace(/^\s+- /, '').trim()).filter((l) => l !== '').map(relative).sort());
    if (run.status === 0) return { failure: undefined, conflicts };
    // The message may run over several lines (highlight's quotes the markup); the file ends the last one.
    const exception = /Liquid Exception: ([\s\S]*?) in (\/[^\n]+?)\s*$/m.exec(output);
    if (exception === null) return { failure: { file: undefined, line: undefined, message: output.trim().split('\n').slice(-8).join('\n') }, conflicts };
    const message = exception[1] ?? '';
    const line = /\(line (\d+)\)/.exec(message)?.[1];
    return { failure: { file: relative(exception[2] ?? ''), line: line === undefined ? undefined : Number(line), message }, conflicts };
  } finally {
    fs.rmSync(destination, { recursive: true, force: true });
  }
}

/** The file's 0-based line where its body starts: after the closing `---` (or `...`) of its front matter. */
export function bodyStartLine(text: string): number {
  const lines = text.split('\n');
  if (!/^---\s*$/.test(lines[0] ?? '')) return 0;
  const close = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  return close < 0 ? 0 : close + 1;
}
