import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadYaml11 } from '../core/yaml11';

const MAX_IMAGES = 2000;
const IMAGE = /\.(?:png|jpe?g|gif|svg|webp|avif)$/i;

/** Keys of `_data/authors.yml` (Minimal Mistakes' authors); [] when there is none or it does not parse. */
export function readAuthorKeys(siteRoot: string): string[] {
  for (const name of ['authors.yml', 'authors.yaml']) {
    let text: string;
    try {
      text = fs.readFileSync(path.join(siteRoot, '_data', name), 'utf8');
    } catch {
      continue;
    }
    const y = loadYaml11(text);
    return y.ok && typeof y.value === 'object' && y.value !== null && !Array.isArray(y.value) ? Object.keys(y.value) : [];
  }
  return [];
}

/** Site paths (`/assets/…`) of the images under `assets/`, at most a few thousand, symbolic links not followed. */
export function listAssetImages(siteRoot: string): string[] {
  const out: string[] = [];
  const walk = (rel: string, depth: number): void => {
    if (depth > 8 || out.length >= MAX_IMAGES) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(siteRoot, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const child = `${rel}/${e.name}`;
      if (e.isDirectory() && !e.name.startsWith('.')) walk(child, depth + 1);
      else if (e.isFile() && IMAGE.test(e.name) && out.length < MAX_IMAGES) out.push(`/${child}`);
    }
  };
  walk('assets', 0);
  return out.sort();
}
