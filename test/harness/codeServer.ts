import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { groupAlive, killGroup, run, waitFor } from './processes';
import type { Runtime } from './runtimes';
import type { HostVersion } from './versions';

export interface CodeServer {
  readonly origin: string;
  readonly authority: string;
  readonly logFile: string;
  /** The tail of code-server's log, for failure reports. */
  logTail(chars?: number): string;
  /** Stops the whole process group; safe to call twice. */
  stop(): Promise<void>;
}

export interface StartOptions {
  readonly runtime: Runtime;
  readonly version: HostVersion;
  /** Folder for this run's logs. */
  readonly logDir: string;
  /** Extensions installed with `--install-extension` before the server starts (VSIX files). */
  readonly installVsix?: string;
  /** User settings besides the quiet defaults. */
  readonly settings?: Readonly<Record<string, unknown>>;
}

/** Starts code-server on a free loopback port with a private home, and waits until it answers. */
export async function startCodeServer(options: StartOptions): Promise<CodeServer> {
  const { runtime, version } = options;
  const home = fs.mkdtempSync(path.join(os.tmpdir(), `postcraft-cs-${version.label}-`));
  const userData = path.join(home, 'user-data');
  const extensions = path.join(home, 'extensions');
  fs.mkdirSync(options.logDir, { recursive: true });
  const logFile = path.join(options.logDir, `code-server-${version.label}.log`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    PATH: `${path.dirname(runtime.node)}:${process.env['PATH'] ?? ''}`,
  };
  delete env['VSCODE_IPC_HOOK_CLI'];
  writeUserSettings(userData, options.settings ?? {});
  const common = ['--user-data-dir', userData, '--extensions-dir', extensions];
  if (options.installVsix !== undefined) {
    await installExtension(runtime, env, common, options.installVsix, logFile);
  }
  const port = await freePort();
  const args = [
    runtime.codeServerEntry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...common,
    ...(version.needsSmokeDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
  ];
  const out = fs.openSync(logFile, 'a');
  const child = spawn(runtime.node, args, { env, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  const pid = child.pid;
  if (pid === undefined) {
    throw new Error(`step "start code-server ${version.codeServer}" failed: no process`);
  }
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const origin = `http://127.0.0.1:${port}`;
  const server: CodeServer = {
    origin,
    authority: `127.0.0.1:${port}`,
    logFile,
    logTail: (chars = 4000) => readTail(logFile, chars),
    stop: async () => {
      killGroup(pid, 'SIGTERM');
      try {
        await waitFor('code-server to stop', () => (groupAlive(pid) ? undefined : true), 5000);
      } catch {
        killGroup(pid, 'SIGKILL');
      }
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
  try {
    await waitFor(`code-server ${version.codeServer} /healthz`, async () => {
      if (exited) {
        throw new Error('code-server exited during start-up');
      }
      return (await healthy(origin)) ? true : undefined;
    }, 60_000, 200);
  } catch (error) {
    await server.stop();
    throw new Error(`step "start code-server ${version.codeServer}" failed: ${(error as Error).message}\n--- code-server log ---\n${readTail(logFile, 4000)}`, { cause: error });
  }
  return server;
}

async function installExtension(runtime: Runtime, env: NodeJS.ProcessEnv, common: readonly string[], vsix: string, logFile: string): Promise<void> {
  const result = await run(runtime.node, [runtime.codeServerEntry, ...common, '--install-extension', vsix], { env });
  fs.appendFileSync(logFile, result.output);
  if (result.code !== 0) {
    throw new Error(`step "install ${path.basename(vsix)}" failed (exit ${result.code}):\n${result.output}`);
  }
}

function healthy(origin: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get(`${origin}/healthz`, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.setTimeout(2000, () => {
      req.destroy();
      resolve(false);
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function readTail(file: string, chars: number): string {
  try {
    const text = fs.readFileSync(file, 'utf8');
    return text.slice(-chars);
  } catch {
    return '(no log)';
  }
}

/** Settings that keep the workbench quiet and predictable for tests: no welcome page, no tips, no telemetry. */
function writeUserSettings(userData: string, extra: Readonly<Record<string, unknown>>): void {
  const dir = path.join(userData, 'User');
  fs.mkdirSync(dir, { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'security.workspace.trust.enabled': false,
    'chat.disableAIFeatures': true,
    'window.commandCenter': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    ...extra,
  };
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(settings, null, 2));
}
