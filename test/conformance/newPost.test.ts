import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseConfig } from '../../src/core/config';
import { analyzePost } from '../../src/core/analyzePost';
import { createTimeZone } from '../../src/core/timeZone';
import { newPost } from '../../src/core/edits/newPost';

const root = path.resolve(__dirname, '..', '..', '..');
const oracle = path.join(root, 'test', 'conformance', 'jekyll-oracle.rb');

interface OraclePost {
  path: string;
  url: string;
  date: string;
  categories: string[];
  tags: string[];
}

describe('a new post, as Jekyll 4.3 reads it (jekyll-oracle.rb)', () => {
  for (const [title, nowIso] of [['지킬: 새 글 — 첫 걸음!', '2024-06-01T15:30:00Z'], ['VS Code & Liquid {% raw %}', '2024-06-02T01:00:00Z']] as const) {
    it(title, () => {
      const site = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-newpost-'));
      try {
        fs.cpSync(path.join(root, 'samples', 'jekyll-blog'), site, { recursive: true });
        const config = parseConfig(fs.readFileSync(path.join(site, '_config.yml'), 'utf8')).config;
        const zone = createTimeZone(config.timezone ?? 'UTC').zone;
        const nowMs = Date.parse(nowIso);
        const recent = fs.readdirSync(path.join(site, '_posts')).map((f) => fs.readFileSync(path.join(site, '_posts', f), 'utf8'));
        const made = newPost({
          title, categories: ['블로그', '새 카테고리'], tags: ['지킬', 'a: b', 'yes'], draft: false, nowMs, zone, config,
          exists: (rel) => fs.existsSync(path.join(site, rel)), recent,
        });
        assert.ok(made.ok);
        fs.writeFileSync(path.join(site, made.path), `${made.text}본문입니다.\n`);
        const ours = analyzePost({ path: made.path, text: `${made.text}본문입니다.\n`, mtimeMs: nowMs }, { config, zone, nowMs: Date.now() });
        const jekyll = (JSON.parse(execFileSync('ruby', [oracle, site], { encoding: 'utf8' })) as { posts: OraclePost[] }).posts.find((p) => p.path === made.path);
        assert.ok(jekyll, `Jekyll reads ${made.path} as a post`);
        assert.deepEqual(
          { url: ours.url, date: ours.date?.iso, categories: ours.categories, tags: ours.tags },
          { url: jekyll.url, date: jekyll.date, categories: jekyll.categories, tags: jekyll.tags },
        );
        assert.deepEqual(jekyll.categories, ['블로그', '새 카테고리']);
        assert.deepEqual(jekyll.tags, ['지킬', 'a: b', 'yes']);
      } finally {
        fs.rmSync(site, { recursive: true, force: true });
      }
    });
  }
});
