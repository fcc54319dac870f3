import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { expandHexoTags, tagArgs } from '../../../src/core/render/hexo/hexoTagPlugins';

const ctx = {
  assetDir: '2024-01-01-post',
  postLink: (slug: string) => (slug === 'known' ? { url: '/2024/01/01/known/', title: 'Known' } : undefined),
  placeholder: (source: string, reason: 'byHexo' | 'noPost', name: string) => `[${reason}:${name}:${source}]`,
};
const lines = (s: string): number => s.split('\n').length;

test('tag arguments: words, with quoted ones kept whole', () => {
  assert.deepEqual(tagArgs(' go.mod lang:go "a title" \'x y\''), ['go.mod', 'lang:go', 'a title', 'x y']);
});

test('every replacement keeps the file\'s lines where they were', () => {
  const text = 'a\n{% codeblock x.go lang:go %}\nfunc main() {}\n{% endcodeblock %}\nb\n{% blockquote Ann, Book https://x.test %}\nq1\nq2\n{% endblockquote %}\nc\n{% note info %}\nn\n{% endnote %}\nd';
  const out = expandHexoTags(text, ctx);
  assert.equal(lines(out), lines(text));
  assert.equal(out.split('\n')[4], 'b');
  assert.equal(out.split('\n')[9], 'c');
  assert.match(out, /```go\nfunc main\(\) \{\}\n```/);
  assert.match(out, /> q1\n> q2\n> — \[Ann, Book\]\(https:\/\/x\.test\)/);
  assert.match(out, /\[byHexo:note:\{% note info %\}\]\nn\n\[byHexo:note:\{% endnote %\}\]/);
});

test('tags inside fenced or inline code are text; raw keeps what it holds', () => {
  const text = '```\n{% post_link known %}\n```\n`{% post_link known %}` and {% post_link known %}\n{% raw %}{% post_link known %}{% endraw %}';
  const out = expandHexoTags(text, ctx);
  assert.equal(out, '```\n{% post_link known %}\n```\n`{% post_link known %}` and <a href="/2024/01/01/known/">Known</a>\n{% post_link known %}');
});

test('asset_img from the post\'s folder; post_link to no post is a placeholder', () => {
  assert.equal(expandHexoTags('{% asset_img left pic 1.png 100 "A title" %}', ctx), '<img src="2024-01-01-post/1.png" alt="A title" title="A title">');
  assert.equal(expandHexoTags('{% post_link missing %}', ctx), '[noPost:missing:{% post_link missing %}]');
});
