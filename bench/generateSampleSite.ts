import * as fs from 'node:fs';
import * as path from 'node:path';

/** Bump when the generated content changes, so cached sites are made again. */
const generatorVersion = 1;
const words = ['블로그', '글쓰기', '마크다운', '개발', '회고', 'writing', 'testing', 'deploy', 'notes', 'design'];
const paragraph = '블로그를 쓰며 배운 것을 적습니다. Markdown with YAML front matter, the same for every generator.\n\n';

/**
 * A bench site for a generator whose sample blog is in `samples/`: the sample (its config and own posts) with
 * `count` generated posts added under `<postsFolder>/bench/`, 3–8 KB each, with front matter every generator
 * reads the same way (`pubDate` is Astro's date, `categories` Hexo's). Written under `dir` unless a complete one
 * is there already. Returns the site folder.
 */
export function generateSampleSite(dir: string, sample: string, postsFolder: string, count: number): string {
  const marker = path.join(dir, '.complete');
  const stamp = `${generatorVersion}:${count}:${sample}`;
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === stamp) {
    return dir;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(sample, dir, { recursive: true, filter: (source) => !source.split(path.sep).includes('node_modules') });
  const folder = path.join(dir, postsFolder, 'bench');
  fs.mkdirSync(folder, { recursive: true });
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2015, 0, 1) + (i % 3650) * 86_400_000).toISOString().slice(0, 10);
    const word = words[i % words.length] ?? '';
    const tags = [i % 2 === 0 ? '공통' : (words[(i * 7) % words.length] ?? ''), words[(i * 3) % words.length] ?? ''];
    const front = `---\ntitle: "${word} ${i}"\ndescription: "${word}에 대한 글 ${i}"\ndate: ${day}\npubDate: ${day}\ntags: [${tags.join(', ')}]\ncategories: [${words[i % 5] ?? ''}]\n---\n`;
    fs.writeFileSync(path.join(folder, `${day}-post-${i}.md`), `${front}\n${paragraph.repeat(30 + (i % 50))}`);
  }
  fs.writeFileSync(marker, stamp);
  return dir;
}
