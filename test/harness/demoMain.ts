import * as fs from 'node:fs';
import * as path from 'node:path';
import { workbenchUrl } from './browser';
import { startCodeServer } from './codeServer';
import { cacheDir, repoRoot, sampleBlog, sampleHugoBlog } from './paths';
import { ensureRuntime } from './runtimes';
import { latest, selectedVersions } from './versions';

/**
 * `npm run demo`: a real VS Code (code-server on 127.0.0.1) with Postcraft loaded from source on a copy of the
 * sample blog (the Hugo one with `--hugo`). Runs until interrupted; `POSTCRAFT_HOSTS=oldest` picks VS Code 1.100
 * instead of the latest.
 */
async function main(): Promise<void> {
  const version = process.env['POSTCRAFT_HOSTS'] ? (selectedVersions()[0] ?? latest) : latest;
  const runtime = await ensureRuntime(version, (line) => console.log(line));
  const hugo = process.argv.includes('--hugo');
  const site = path.join(cacheDir, hugo ? 'demo-hugo-blog' : 'demo-blog');
  if (!fs.existsSync(site) || process.argv.includes('--fresh')) {
    fs.rmSync(site, { recursive: true, force: true });
    fs.cpSync(hugo ? sampleHugoBlog : sampleBlog, site, { recursive: true });
  }
  const server = await startCodeServer({ runtime, version, logDir: path.join(cacheDir, 'demo-logs') });
  const url = workbenchUrl(server.origin, server.authority, site, { extension: repoRoot });
  console.log(`\nPostcraft is running in VS Code ${version.vscode} (code-server ${version.codeServer}) on a copy of the sample blog.`);
  console.log(`Open this URL in a browser:\n\n  ${url}\n`);
  console.log(`The copy lives in ${path.relative(repoRoot, site)} (npm run demo -- --fresh resets it). Press Ctrl+C to stop.`);
  const stop = (): void => {
    void server.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
