import * as assert from 'node:assert/strict';
import { readMatter } from '../../../src/core/frontMatter/matterReader';
import { loadYaml11 } from '../../../src/core/yaml11';
import type { MatterData, MatterError, MatterOptions } from '../../../src/core/frontMatter/matterReader';

export const loadYaml = (yaml: string, lineOffset: number): ReturnType<typeof loadYaml11> => loadYaml11(yaml, { lineOffset });

/** Hugo 0.111: `---` YAML, `+++` TOML, a bare `{` JSON object, blank lines allowed before; no word after `---`. */
export const HUGO: MatterOptions = { openings: ['---', '+++', '{'], languages: [], leadingWhitespace: true, loadYaml };

/** A gray-matter generator (Eleventy, Docusaurus): `---`, `---json`, `---yaml`/`---yml`, nothing before the opening. */
export const GRAY: MatterOptions = { openings: ['---'], languages: ['yaml', 'json'], leadingWhitespace: false, loadYaml };

/** Everything this module can read, for tests that must show a refusal is not just a missing option. */
export const ALL: MatterOptions = { openings: ['---', '+++', '{'], languages: ['yaml', 'toml', 'json'], leadingWhitespace: true, loadYaml };

export function readData(text: string, options: MatterOptions = HUGO): MatterData {
  const r = readMatter(text, options);
  assert.equal(r.kind, 'data', JSON.stringify(r));
  return r;
}

export function readError(text: string, options: MatterOptions = HUGO): MatterError {
  const r = readMatter(text, options);
  assert.equal(r.kind, 'error', JSON.stringify(r));
  return r;
}
