// Asks Eleventy 3.1.8 how it reads a site: run from the root of a temporary COPY of the site (the data cascade only
// works with cwd at the project root), it prints every template Eleventy puts in a collection, with its inputPath,
// url, date, tags and title, as JSON on stdout. Nothing is written into the site: the copy is the test's, and the
// items are taken from a collection callback, before any page would be rendered or written.
//
// usage: node eleventyOracle.mjs <oracle dir> [<config file> [--stub-layouts]]
//   <config file>: a config for Eleventy to load instead of the site's own (the tests write a minimal one for
//   corpus sites whose config needs their plugins); without it Eleventy loads the site's config as it would.
//   --stub-layouts: a layout Eleventy says does not exist (a corpus copy has no templates) is written empty into
//   the copy and Eleventy asked again; an empty layout adds no data.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const [oracleDir, configArg, flag] = process.argv.slice(2);
const configPath = configArg === '' ? undefined : configArg;
const stubLayouts = flag === '--stub-layouts';
if (oracleDir === undefined) throw new Error('usage: eleventyOracle.mjs <oracle dir> [<config file>]');
const pkgDir = path.join(oracleDir, 'node_modules', '@11ty', 'eleventy');
const pkg = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
const entry = pkg.exports?.['.']?.import ?? pkg.main;
const { Eleventy } = await import(pathToFileURL(path.join(pkgDir, entry)).href);

async function ask() {
  const items = [];
  let captured = false;
  const elev = new Eleventy(undefined, '_oracle-out', {
    quietMode: true,
    ...(configPath === undefined ? {} : { configPath }),
    config(eleventyConfig) {
      eleventyConfig.addCollection('__postcraftOracle', (api) => {
        for (const item of api.getAll()) {
          items.push({
            inputPath: item.inputPath.replace(/^\.\//, ''),
            url: item.url,
            date: item.date instanceof Date ? item.date.toISOString() : null,
            fileSlug: item.fileSlug,
            tags: Array.isArray(item.data.tags) ? item.data.tags.map(String) : [],
            title: typeof item.data.title === 'string' ? item.data.title : null,
          });
        }
        captured = true;
        // Stop here: nothing after the collections (rendering, writing) is asked.
        throw new Error('postcraft-oracle: collections read');
      });
    },
  });
  try {
    await elev.toJSON();
  } catch (error) {
    if (!captured) return { items, error };
  }
  return { items, error: null };
}

let answer = await ask();
for (let tries = 0; stubLayouts && answer.error !== null && tries < 50; tries++) {
  const missing = /layout that does not exist: (\S+)/.exec(String(answer.error?.originalError?.message ?? answer.error?.message ?? ''))?.[1];
  if (missing === undefined) break;
  mkdirSync(path.dirname(missing), { recursive: true });
  writeFileSync(missing, '');
  answer = await ask();
}
const items = answer.items;
const failure = answer.error === null ? null : String(answer.error?.stack ?? answer.error);
const version = pkg.version;
process.stdout.write(JSON.stringify({ version, items: items.sort((a, b) => (a.inputPath < b.inputPath ? -1 : 1)), failure }));
