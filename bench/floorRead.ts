import * as fs from 'node:fs';
import * as yaml from 'js-yaml';
import { readToml } from '../src/core/frontMatter/tomlRead';

/**
 * The floor of the site index: for each file, read the first 4 KB and parse only the front matter, with js-yaml
 * (`---`) or smol-toml (`+++`). Returns how many blocks were parsed.
 */
export function floorRead(files: readonly string[]): number {
  const buffer = Buffer.alloc(4096);
  let parsed = 0;
  for (const file of files) {
    const fd = fs.openSync(file, 'r');
    const n = fs.readSync(fd, buffer, 0, 4096, 0);
    fs.closeSync(fd);
    const head = buffer.toString('utf8', 0, n);
    const fence = head.slice(0, 3);
    const end = fence === '---' || fence === '+++' ? head.indexOf(`\n${fence}`, 3) : -1;
    if (end > 0) {
      try {
        if (fence === '+++') readToml(head.slice(4, end));
        else yaml.load(head.slice(4, end));
        parsed++;
      } catch {
        // a block that is not YAML (`---json`, a sample's broken post) costs its reading all the same
      }
    }
  }
  return parsed;
}
