import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { docusaurusGenerator } from '../../../../src/core/generators/docusaurus/docusaurusGenerator';
import { readDocusaurusSiteConfig } from '../../../../src/core/generators/docusaurus/docusaurusSiteConfig';
import { ruleHoverFacts } from '../../../../src/core/lint/ruleHover';
import { createTimeZone } from '../../../../src/core/timeZone';

const { config } = readDocusaurusSiteConfig([{ file: 'docusaurus.config.js', text: "module.exports = { baseUrl: '/', url: 'https://x.org' };" }]);
const ctx = { config, zone: createTimeZone('UTC').zone, nowMs: Date.UTC(2025, 0, 1) };
const rules = docusaurusGenerator.frontMatterRules;

function hover(path: string, text: string, line: number): ReturnType<typeof ruleHoverFacts> {
  assert.ok(rules);
  const info = docusaurusGenerator.classify(path, docusaurusGenerator.readPost(text, config), 0, ctx);
  return ruleHoverFacts(text, line, 1, info, ctx, rules);
}

describe('Docusaurus front-matter intelligence', () => {
  it('documents the blog plugin\'s keys, not Jekyll\'s', () => {
    const keys = rules?.keyDocs(config).map((k) => k.key) ?? [];
    for (const key of ['title', 'date', 'slug', 'tags', 'authors', 'draft', 'unlisted', 'description', 'last_update']) assert.ok(keys.includes(key), key);
    assert.ok(!keys.includes('layout') && !keys.includes('categories') && !keys.includes('permalink'));
    assert.ok(rules?.keyDocs(config).every((k) => k.source === 'docusaurus' && /[가-힣]/.test(k.ko)));
  });

  it('says where the date came from, and that slug makes the URL', () => {
    const named = hover('blog/2024-03-05-a.md', '---\ndate: 2024-03-06\nslug: /x\n---\n', 1);
    assert.deepEqual(named?.dates, [{ name: 'date', iso: '2024-03-06T00:00:00+00:00', from: 'date' }]);
    assert.deepEqual([hover('blog/2024-03-05-a.md', '---\ndate: 2024-03-06\nslug: /x\n---\n', 2)?.makesUrl, hover('blog/2024-03-05-a.md', '---\ndate: 2024-03-06\nslug: /x\n---\n', 2)?.url], [true, '/blog/x']);
    const draft = hover('blog/2024-03-05-a.md', '---\ndraft: true\n---\n', 1);
    assert.deepEqual(draft?.status, { kind: 'draft', built: 'devServerOnly' });
  });

  it('writes a date js-yaml reads back as the same instant', () => {
    const text = rules?.dateText(Date.UTC(2025, 2, 4, 15, 30, 12, 500), createTimeZone('Asia/Seoul').zone, 'yaml') ?? '';
    assert.equal(text, '2025-03-05T00:30:12+09:00');
    const info = docusaurusGenerator.classify('blog/a.md', docusaurusGenerator.readPost(`---\ndate: ${text}\n---\n`, config), 0, ctx);
    assert.equal(info.date?.epochMs, Date.UTC(2025, 2, 4, 15, 30, 12));
  });
});
