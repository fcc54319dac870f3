// The preview card's summary of a Hugo page against Hugo 0.111.3's own `.Summary` (as plain text): Hugo builds
// each site below with a one-line template that prints it, and the preview renders the same files.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { hugoConfig, hugoSampleFiles, hugoSampleRoot, hugoSampleSite, pageLookup, readHugoSample, renderHugo } from '../../unit/render/hugoSite';

// jsonify: its output is not escaped again by the template, so the text arrives as Hugo holds it.
const LAYOUT = '{{ .Summary | plainify | htmlUnescape | jsonify }}';

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Builds `site` (a folder) with the summary template over its own, and returns what each output folder's index.html holds. */
function hugoSummaries(site: string): Map<string, string> {
  const work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-summary-')));
  try {
    const copy = path.join(work, 'site');
    fs.cpSync(site, copy, { recursive: true });
    const layouts = path.join(copy, 'layouts', '_default');
    fs.mkdirSync(layouts, { recursive: true });
    fs.writeFileSync(path.join(layouts, 'single.html'), LAYOUT);
    const out = path.join(work, 'public');
    execFileSync('hugo', ['--source', copy, '--destination', out, '--quiet', '--buildDrafts', '--buildFuture', '--buildExpired'], {
      env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: work, TZ: 'UTC', HUGO_CACHEDIR: path.join(work, 'cache') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const found = new Map<string, string>();
    for (const file of fs.readdirSync(out, { recursive: true, encoding: 'utf8' })) {
      if (path.basename(file) === 'index.html') found.set(path.dirname(file).split(path.sep).join('/'), fs.readFileSync(path.join(out, file), 'utf8'));
    }
    return found;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** The summary Hugo printed for the page at `folder`, or undefined if it built no page there. */
function summaryAt(built: ReadonlyMap<string, string>, folder: string): string | undefined {
  const raw = built.get(folder);
  return raw === undefined ? undefined : (JSON.parse(raw) as string);
}

function writeSite(config: string, pages: Readonly<Record<string, string>>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-summary-site-'));
  fs.writeFileSync(path.join(dir, 'hugo.toml'), config);
  for (const [file, text] of Object.entries(pages)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  fs.mkdirSync(path.join(dir, 'layouts', '_default'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'layouts', '_default', 'list.html'), '');
  return dir;
}

const words = (n: number, from = 1): string => Array.from({ length: n }, (_, i) => `word${i + from}`).join(' ');

const PAGES: Readonly<Record<string, string>> = {
  'content/posts/heading.md': `---\ntitle: Heading\n---\n## Heading first\n\nSome *emphasis* and \`code\` & an ampersand with a note[^1] and a [link](https://x.org). A "quoted" part, ${words(60)} and the end of this sentence. Next sentence.\n\n\`\`\`go\nfmt.Println("x")\n\`\`\`\n\n[^1]: The note.\n`,
  'content/posts/front-matter.md': '---\ntitle: Own\nsummary: "A **bold** summary & more"\n---\nBody text.\n',
  'content/posts/upper-key.md': '---\ntitle: Upper\nSummary: Written with a capital.\n---\nBody text.\n',
  'content/posts/divider.md': '---\ntitle: Divider\n---\nFirst paragraph with *em*.\n\nSecond paragraph.\n<!--more-->\nThe rest.\n',
  'content/posts/list.md': '---\ntitle: List\n---\n- one\n- two\n\nShort.\n',
  'content/posts/no-end.md': `---\ntitle: No end\n---\n${words(90)}\n`,
  'content/posts/question.md': `---\ntitle: Question\n---\n${words(69)} is this the end? It is.\n`,
  'content/posts/line-break.md': `---\ntitle: Break\n---\n${words(72)}  \nafter a hard break. And more.\n`,
  'content/posts/korean.md': '---\ntitle: 한국어\n---\n한국어 문장은 띄어쓰기가 있지만 휴고는 글자마다 셉니다. 두 번째 문장입니다.\n',
  'content/posts/cjk-off.md': '---\ntitle: off\nisCJKLanguage: false\n---\n가나다 라마바 사아자 차카타 파하 가나다 라마바 사아자 차카타 파하 가나다 라마바.\n',
};

describe('the card summary of a Hugo page is Hugo\'s .Summary', () => {
  for (const [name, config] of [
    ['default settings', 'baseURL = "https://example.org/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n'],
    ['CJK counting and a short summaryLength', 'baseURL = "https://example.org/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\nhasCJKLanguage = true\nsummaryLength = 12\n'],
  ] as const) {
    it(`with ${name}`, () => {
      const dir = writeSite(config, PAGES);
      try {
        const hugo = hugoSummaries(dir);
        const parsed = hugoConfig(config);
        const site = { config: parsed, includes: () => undefined, posts: pageLookup(parsed, PAGES), fallbackTimeZone: 'UTC' };
        for (const [sitePath, text] of Object.entries(PAGES)) {
          const expected = summaryAt(hugo, `posts/${path.basename(sitePath, '.md')}`);
          assert.ok(expected !== undefined, `hugo built ${sitePath}`);
          const { facts } = renderHugo(text, { site, sitePath, showCard: true });
          assert.equal(flat(facts.excerpt ?? ''), flat(expected), sitePath);
        }
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  it('on every post of the sample blog', () => {
    const hugo = hugoSummaries(hugoSampleRoot);
    const site = hugoSampleSite();
    let compared = 0;
    for (const sitePath of hugoSampleFiles().filter((f) => f.startsWith('content/posts/') && !f.endsWith('_index.md'))) {
      const { facts } = renderHugo(readHugoSample(sitePath), { site, sitePath, showCard: true });
      const expected = facts.url === undefined ? undefined : summaryAt(hugo, facts.url.replace(/^\/|\/$/g, '').split('/').map(decodeURIComponent).join('/'));
      assert.ok(expected !== undefined, `hugo built ${sitePath} at ${String(facts.url)}`);
      assert.equal(flat(facts.excerpt ?? ''), flat(expected), sitePath);
      compared++;
    }
    assert.ok(compared >= 10, `compared ${compared} posts`);
  });
});
