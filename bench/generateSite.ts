import * as fs from 'node:fs';
import * as path from 'node:path';

/** A deterministic pseudo-random sequence, so every run generates the same site. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const koreanWords = ['블로그', '글쓰기', '지킬', '마크다운', '개발', '회고', '성능', '테스트', '배포', '설계', '데이터', '서버', '프론트엔드', '자바스크립트', '타입스크립트', '알고리즘', '네트워크', '보안', '클라우드', '도커'];
const englishWords = ['blog', 'writing', 'jekyll', 'markdown', 'design', 'testing', 'deploy', 'server', 'data', 'cloud', 'network', 'security', 'performance', 'review', 'notes', 'typescript', 'rust', 'docker', 'linux', 'vim'];
/** Bump when the generated content changes, so cached sites are made again. */
const generatorVersion = 2;
const categories = ['Dev', '일상', 'Jekyll', '회고', 'Backend', 'Frontend', '알고리즘', 'DevOps'];

function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)] as T;
}

function sentence(rnd: () => number, korean: boolean): string {
  const words = korean ? koreanWords : englishWords;
  const n = 6 + Math.floor(rnd() * 10);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    parts.push(pick(rnd, words) + (korean ? pick(rnd, ['을', '를', '은', '는', '이', '가', '에서', '']) : ''));
  }
  return parts.join(' ') + '.';
}

/** Front matter in one of the styles real blogs use: block lists, flow lists, strings, singular keys, dates. */
function frontMatter(rnd: () => number, i: number, korean: boolean, date: string): string {
  const title = korean ? `${pick(rnd, koreanWords)}에 대한 생각 ${i}` : `Thoughts on ${pick(rnd, englishWords)} ${i}`;
  const cats = [pick(rnd, categories), pick(rnd, categories)];
  // Every other post carries `공통`, so the site has one tag with half its posts (the explorer's worst case).
  const tags = [i % 2 === 0 ? '공통' : pick(rnd, koreanWords), pick(rnd, englishWords), pick(rnd, englishWords)];
  switch (i % 5) {
    case 0:
      return `---\nlayout: single\ntitle: "${title}"\ndescription: ${sentence(rnd, korean)}\ncomments: true\nclasses: wide\ncategories:\n  - ${cats[0]}\n  - ${cats[1]}\ntags:\n  - ${tags.join('\n  - ')}\n---\n`;
    case 1:
      return `---\ntitle: '${title}'\ndate: ${date} 10:20:30 +0900\ncategories: [${cats.join(', ')}]\ntags: [${tags.join(', ')}]\ntoc: true\nheader:\n  teaser: /assets/images/teaser-${i % 7}.png\n---\n`;
    case 2:
      return `---\ntitle: ${title}\ncategory: ${cats[0]}\ntags: ${tags.join(' ')}\npublished: ${i % 50 === 2 ? 'no' : 'true'}\n---\n`;
    case 3:
      return `---\nlayout: post\ntitle: "${title}"\ndate: ${date}\nlast_modified_at: ${date}T09:00:00+09:00\ncategories: ${cats[0]}\ntag: ${tags[0]}\nauthor_profile: true\n---\n`;
    default:
      return `---\ntitle: "${title}"\n# a comment between keys\ncategories:\n- ${cats[0]}\ntags:\n- ${tags[0]}\n- ${tags[1]}\nread_time: true\n---\n`;
  }
}

/**
 * Writes a Jekyll site with `count` posts (3–8 KB each, Korean and English, every front-matter style) under
 * `dir`, unless a complete one is already there. Returns the site folder.
 */
export function generateSite(dir: string, count: number): string {
  const marker = path.join(dir, '.complete');
  const stamp = `${generatorVersion}:${count}`;
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === stamp) {
    return dir;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const rnd = random(count);
  fs.mkdirSync(path.join(dir, '_posts'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'dev', '_posts'), { recursive: true });
  fs.mkdirSync(path.join(dir, '_drafts'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, '_config.yml'),
    'title: Bench\ntimezone: Asia/Seoul\npermalink: /:categories/:title/\nwords_per_minute: 200\ndefaults:\n  - scope:\n      path: ""\n      type: posts\n    values:\n      layout: single\n      comments: true\n  - scope:\n      path: dev\n    values:\n      toc: true\n',
  );
  for (let i = 0; i < count; i++) {
    const korean = i % 3 !== 0;
    const day = new Date(Date.UTC(2015, 0, 1) + (i % 3650) * 86_400_000);
    const date = day.toISOString().slice(0, 10);
    const slug = korean ? `${pick(rnd, koreanWords)}-${pick(rnd, koreanWords)}-${i}` : `${pick(rnd, englishWords)}-${pick(rnd, englishWords)}-${i}`;
    const folder = i % 10 === 0 ? path.join(dir, 'dev', '_posts') : path.join(dir, '_posts');
    const target = 3000 + Math.floor(rnd() * 5000);
    let body = '';
    while (Buffer.byteLength(body) < target) {
      body += `${sentence(rnd, korean)} ${sentence(rnd, korean)}\n\n`;
      if (rnd() < 0.1) {
        body += '```js\nconsole.log("hello");\n```\n\n';
      }
    }
    fs.writeFileSync(path.join(folder, `${date}-${slug}.md`), frontMatter(rnd, i, korean, date) + '\n' + body);
  }
  fs.writeFileSync(marker, stamp);
  return dir;
}
