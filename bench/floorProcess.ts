import * as fs from 'node:fs';
import * as yaml from 'js-yaml';
import { readToml } from '../src/core/frontMatter/tomlRead';

/**
 * The floor as a whole process (run by bench/cliProcess.ts): for each file of the list it is given (one absolute
 * path a line; the walk that made it is not counted here), read the first 4 KB and parse only the front matter,
 * with js-yaml (`---`) or smol-toml (`+++`). Prints how many blocks it parsed.
 */
const list = process.argv[2];
if (list === undefined) throw new Error('usage: floorProcess <file listing the posts>');
const buffer = Buffer.alloc(4096);
let parsed = 0;
for (const file of fs.readFileSync(list, 'utf8').split('\n')) {
  if (file === '') continue;
  const fd = fs.openSync(file, 'r');
  const n = fs.readSync(fd, buffer, 0, 4096, 0);
  fs.closeSync(fd);
  const head = buffer.toString('utf8', 0, n);
  const fence = head.slice(0, 3);
  const end = fence === '---' || fence === '+++' ? head.indexOf(`\n${fence}`, 3) : -1;
  if (end > 0) {
    if (fence === '+++') readToml(head.slice(4, end));
    else yaml.load(head.slice(4, end));
    parsed++;
  }
}
process.stdout.write(`${parsed}\n`);
