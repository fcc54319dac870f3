// The config problems with a fixed wording are shown in the editor through the l10n bundles: each is there, in
// English as it is and in Korean; the CLI prints the same English.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { CONFIG_PROBLEM_MESSAGES } from '../../../../src/core/configProblemMessages';
import { readEleventySiteConfig } from '../../../../src/core/generators/eleventy/eleventySiteConfig';

const repo = path.resolve(__dirname, '..', '..', '..', '..', '..');
const bundle = (name: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(repo, 'l10n', name), 'utf8')) as Record<string, string>;

describe('config problem messages', () => {
  it('each is in the English and the Korean bundle', () => {
    const en = bundle('bundle.l10n.json');
    const ko = bundle('bundle.l10n.ko.json');
    for (const text of Object.values(CONFIG_PROBLEM_MESSAGES)) {
      assert.equal(en[text], text);
      assert.ok(ko[text] !== undefined && ko[text] !== text && /[가-힣]/.test(ko[text]), text);
    }
  });

  it('the Eleventy config and data files use them, with the file and line of what they are about', () => {
    const { problems } = readEleventySiteConfig([
      { file: 'eleventy.config.js', text: 'export default (c) => {\n  c.addDateParsing((d) => d);\n};\nexport const config = { pathPrefix: process.env.P };\n' },
      { file: 'posts/posts.11tydata.js', text: 'module.exports = { tags: ["posts"], layout: pick() };\n' },
    ]);
    assert.deepEqual(problems.map((p) => [p.code, p.file, p.line, p.message]), [
      ['config.eleventy.pathPrefix', 'eleventy.config.js', 3, CONFIG_PROBLEM_MESSAGES['config.eleventy.pathPrefix']],
      ['config.eleventy.dateParsing', 'eleventy.config.js', 1, CONFIG_PROBLEM_MESSAGES['config.eleventy.dateParsing']],
      ['config.eleventy.codeData', 'posts/posts.11tydata.js', 0, CONFIG_PROBLEM_MESSAGES['config.eleventy.codeData']],
    ]);
  });
});
