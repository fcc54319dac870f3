import * as fs from 'node:fs';
import * as path from 'node:path';

/** Bump when the generated content changes, so cached sites are made again. */
const generatorVersion = 1;
const words = ['휴고', '블로그', '마크다운', '개발', '회고', 'hugo', 'writing', 'testing', 'deploy', 'notes', 'toml', 'yaml'];
const sections = ['posts', 'posts', 'posts', 'notes'];

/** Front matter in the shapes Hugo blogs use: TOML (`+++`) and YAML (`---`), with tags, categories and a series. */
function frontMatter(i: number, date: string): string {
  const title = `${words[i % words.length] ?? ''} ${i}`;
  const tags = [i % 2 === 0 ? '공통' : (words[(i * 7) % words.length] ?? ''), words[(i * 3) % words.length] ?? ''];
  const category = words[i % 5] ?? '';
  if (i % 2 === 0) {
    return `+++\ntitle = "${title}"\ndate = ${date}T10:20:30+09:00\ndraft = ${i % 97 === 0}\ntags = [${tags.map((t) => `"${t}"`).join(', ')}]\ncategories = ["${category}"]\nseries = ["시리즈 ${i % 20}"]\n+++\n`;
  }
  return `---\ntitle: "${title}"\ndate: ${date}T10:20:30+09:00\ntags:\n  - ${tags.join('\n  - ')}\ncategories: [${category}]\n---\n`;
}

/**
 * Writes a Hugo site with `count` pages (3–8 KB each; TOML and YAML; every tenth a leaf bundle) under `dir`, unless
 * a complete one is already there. Returns the site folder.
 */
export function generateHugoSite(dir: string, count: number): string {
  const marker = path.join(dir, '.complete');
  const stamp = `${generatorVersion}:${count}`;
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === stamp) {
    return dir;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'content'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'hugo.toml'),
    'baseURL = "https://example.org/"\ntimeZone = "Asia/Seoul"\n[taxonomies]\ntag = "tags"\ncategory = "categories"\nseries = "series"\n[permalinks]\nposts = "/:year/:month/:slug/"\n',
  );
  const paragraph = '휴고로 블로그를 쓰며 배운 것을 적습니다. Markdown and TOML front matter, read as Hugo reads them.\n\n';
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2015, 0, 1) + (i % 3650) * 86_400_000).toISOString().slice(0, 10);
    const section = sections[i % sections.length] ?? 'posts';
    const name = `${words[(i * 5) % words.length] ?? ''}-${i}`;
    const file = i % 10 === 0 ? path.join(dir, 'content', section, name, 'index.md') : path.join(dir, 'content', section, `${name}.md`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, frontMatter(i, day) + '\n' + paragraph.repeat(30 + (i % 50)));
  }
  fs.writeFileSync(marker, stamp);
  return dir;
}
