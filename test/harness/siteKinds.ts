import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectGenerator, type GeneratorId } from '../../src/core/generators/detectGenerator';

/**
 * The generator of a folder, read synchronously, for tests that pick their corpus sites while they are being
 * declared (before any test runs). The same reading as siteLocator's (the folder's names, two nested markers,
 * `package.json`), which the detection tests compare with it.
 */
export function generatorOfFolder(dir: string): GeneratorId | undefined {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return undefined;
  }
  const names = new Set(entries.map((e) => (e.isDirectory() ? `${e.name}/` : e.name)));
  for (const marker of ['config/_default', 'source/_posts']) {
    if (fs.existsSync(path.join(dir, marker))) names.add(`${marker}/`);
  }
  const packageJson = names.has('package.json') ? fs.readFileSync(path.join(dir, 'package.json'), 'utf8') : undefined;
  return detectGenerator({ names, packageJson });
}
