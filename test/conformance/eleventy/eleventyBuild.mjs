// Builds a COPY of an Eleventy site with Eleventy 3.1.8 itself (`eleventy` with the site's own config, writing its
// output folder), run from the copy's root, for the image tests. Prints `{ "output": <folder> }`.
//
// usage: node eleventyBuild.mjs <oracle dir>
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const [oracleDir] = process.argv.slice(2);
if (oracleDir === undefined) throw new Error('usage: eleventyBuild.mjs <oracle dir>');
const pkgDir = path.join(oracleDir, 'node_modules', '@11ty', 'eleventy');
const pkg = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
const entry = pkg.exports?.['.']?.import ?? pkg.main;
const { Eleventy } = await import(pathToFileURL(path.join(pkgDir, entry)).href);

const elev = new Eleventy(undefined, undefined, { quietMode: true });
await elev.write();
process.stdout.write(`\n${JSON.stringify({ output: path.resolve(elev.outputDir ?? '_site') })}\n`);
