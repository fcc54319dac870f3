import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The user settings that make a code-server workbench run an extension in the browser's extension host, a web
 * worker, as github.dev does. With a remote (code-server's), VS Code runs an extension that has both entries in the
 * remote's Node host (a web workbench places even "ui" there); `remote.extensionKind` "web" leaves it only the
 * browser's. `folder` holds the extension's package.json.
 */
export function webExtensionHostSettings(folder: string): Record<string, unknown> {
  const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')) as { publisher?: string; name?: string };
  return { 'remote.extensionKind': { [`${manifest.publisher ?? ''}.${manifest.name ?? ''}`]: ['web'] } };
}
