import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** A throw-away site on disk: files given as site-relative path → content. */
export function tempSite(files: Record<string, string | Buffer>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-unit-'));
  for (const [rel, content] of Object.entries(files)) {
    writeFile(root, rel, content);
  }
  return root;
}

export function writeFile(root: string, rel: string, content: string | Buffer): string {
  const file = path.join(root, ...rel.split('/'));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

export const config = 'timezone: Asia/Seoul\npermalink: /:categories/:title/\n';

export function post(title: string, categories: string[], tags: string[]): string {
  return `---\ntitle: "${title}"\ncategories: [${categories.join(', ')}]\ntags: [${tags.join(', ')}]\n---\n본문 ${title}\n`;
}
