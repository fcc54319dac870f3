import * as fs from 'node:fs';
import { floorRead } from './floorRead';

/**
 * The floor as a whole process (run by bench/everyGenerator.ts): floorRead over the files of the list it is given
 * (one absolute path a line; the walk that made the list is not counted). Prints how many blocks it parsed.
 */
const list = process.argv[2];
if (list === undefined) throw new Error('usage: floorProcess <file listing the posts>');
process.stdout.write(`${floorRead(fs.readFileSync(list, 'utf8').split('\n').filter((f) => f !== ''))}\n`);
