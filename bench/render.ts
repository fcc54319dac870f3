/**
 * Host-side render time of one generated 100 KB Korean post (front matter, headings, paragraphs, lists,
 * code fences, a table, Liquid outputs and includes), through the whole preview pipeline. Figures only.
 * Run: npx tsc -p . && node out/bench/render.js
 */
import { parseConfig } from '../src/core/config';
import { PostRenderer } from '../src/core/render/renderPost';
import { ENGLISH_CARD_LABELS } from '../src/core/render/renderTypes';
import { median } from './median';

const SENTENCE = '지킬 블로그에 글을 쓰면서 마크다운과 Liquid를 함께 다루는 방법을 정리했습니다. ';

function generatePost(targetBytes: number): string {
  const parts = ['---', 'title: "벤치마크용 긴 글"', 'date: 2024-03-05 10:00:00 +0900', 'categories: [벤치, Jekyll]', 'tags: [성능]', '---', ''];
  for (let i = 0; Buffer.byteLength(parts.join('\n')) < targetBytes; i++) {
    parts.push(`## ${i + 1}번째 절: 글쓰기 도구`, '', SENTENCE.repeat(6), '');
    parts.push(`- 항목 {{ page.title }} ${i}`, '- **굵은** 글씨와 `코드`', '- [링크](https://example.com)', '');
    if (i % 3 === 0) parts.push('```ruby', 'def hello(name)', '  puts "안녕, #{name}"', 'end', '```', '');
    if (i % 5 === 0) parts.push('| 이름 | 값 |', '|---|---|', '| 가 | 1 |', '| 나 | 2 |', '');
    if (i % 7 === 0) parts.push('{% include notice.html text="알림" %}', '');
  }
  return parts.join('\n');
}


const text = generatePost(100 * 1024);
const renderer = new PostRenderer({
  config: parseConfig('title: Bench\ntimezone: Asia/Seoul\npermalink: /:categories/:title/\n').config,
  includes: (name) => (name === 'notice.html' ? '<div class="notice--info">{{ include.text }}</div>\n' : undefined),
  posts: { urlForPostUrlName: () => undefined, urlForPath: () => undefined, fileForUrl: () => undefined },
  fallbackTimeZone: 'UTC',
});
const input = { text, sitePath: '_posts/2024-03-05-bench.md', nowMs: Date.UTC(2025, 0, 1), resourceRoot: 'https://res.test', showCard: true, labels: ENGLISH_CARD_LABELS };

let start = performance.now();
renderer.render(input);
const first = performance.now() - start;
const times: number[] = [];
for (let i = 0; i < 40; i++) {
  // A changed character each run, as while typing (the Liquid parse cache still hits unchanged lines).
  const typed = { ...input, text: `${text}\n${'가'.repeat(i)}` };
  start = performance.now();
  renderer.render(typed);
  times.push(performance.now() - start);
}
console.log(`post: ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB, ${text.split('\n').length} lines`);
console.log(`first render: ${first.toFixed(1)} ms`);
console.log(`median of ${times.length} renders: ${median(times).toFixed(1)} ms (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})`);
