import * as fs from 'node:fs';
import * as yaml from 'js-yaml';
// @ts-expect-error TS1479: smol-toml's types are ESM-only; its CommonJS build is what runs (as in src/core/frontMatter/tomlRead.ts).
import { parse as parseToml } from 'smol-toml';

/**
 * The floor of the site index: for each file, read the first 4 KB and parse only the front matter, with the
 * format's library as it comes: js-yaml (`---`) or smol-toml (`+++`). Not with Postcraft's own readers: their fast
 * paths for flat blocks (src/core/frontMatter/flatYaml.ts, flatToml.ts) are part of what is measured against the
 * floor, for TOML as for YAML. Returns how many blocks were parsed.
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
        if (fence === '+++') parseToml(head.slice(4, end));
        else yaml.load(head.slice(4, end));
        parsed++;
      } catch {
        // a block that is not YAML (`---json`, a sample's broken post) costs its reading all the same
      }
    }
  }
  return parsed;
}
