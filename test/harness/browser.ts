import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const chromiumPath = process.env['POSTCRAFT_CHROMIUM'] ?? '/usr/bin/chromium';

/** Flags that keep Chromium off the closed network and quiet on a machine with no display. */
const quietFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface BrowserSession {
  readonly context: BrowserContext;
  /** Everything the pages printed to the console, for failure reports. */
  readonly consoleLines: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  readonly viewport?: { readonly width: number; readonly height: number };
  /**
   * The caller stops the browser itself on SIGINT/SIGTERM/SIGHUP (with the server beside it). By default Playwright
   * does, and then ends the process at once, before the caller's own clean-up could run.
   */
  readonly ownSignals?: boolean;
}

/** Launches Debian's Chromium headless with a fresh profile that is removed on close. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<BrowserSession> {
  const viewport = options.viewport ?? { width: 1400, height: 900 };
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`step "launch browser" failed: ${chromiumPath} is missing (apt-get install chromium)`);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: quietFlags,
    viewport,
    timeout: 60_000,
    ...(options.ownSignals === true ? { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false } : {}),
  });
  const consoleLines: string[] = [];
  context.on('console', (msg) => consoleLines.push(`[${msg.type()}] ${msg.text()}`));
  context.on('weberror', (err) => consoleLines.push(`[pageerror] ${err.error().message}`));
  return {
    context,
    consoleLines,
    close: async () => {
      await context.close().catch(() => undefined);
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The workbench URL that opens `folder` (or the `.code-workspace` file it names), optionally with an extension under
 * development and a test module.
 */
export function workbenchUrl(origin: string, authority: string, folder: string, dev?: { extension: string; tests?: string; kind?: 'web' }): string {
  const params = new URLSearchParams(folder.endsWith('.code-workspace') ? { workspace: folder } : { folder });
  if (dev !== undefined) {
    const payload: [string, string][] = [
      ['extensionDevelopmentPath', `vscode-remote://${authority}${dev.extension}`],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    // The extension under development runs in the browser's extension host (a web worker), whatever its manifest says.
    if (dev.kind !== undefined) payload.push(['extensionDevelopmentKind', dev.kind]);
    if (dev.tests !== undefined) {
      payload.push(['extensionTestsPath', `vscode-remote://${authority}${dev.tests}`]);
    }
    params.set('payload', JSON.stringify(payload));
  }
  return `${origin}/?${params.toString()}`;
}
