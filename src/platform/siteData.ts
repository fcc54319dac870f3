import { joinLocation } from '../core/locations';
import { loadYaml11 } from '../core/yaml11';
import { readEntries, type FileSystem } from './fileSystem';

const MAX_IMAGES = 2000;
const IMAGE = /\.(?:png|jpe?g|gif|svg|webp|avif)$/i;

/** Keys of `_data/authors.yml` (Minimal Mistakes' authors); [] when there is none or it does not parse. */
export async function readAuthorKeys(fs: FileSystem, siteRoot: string): Promise<string[]> {
  for (const name of ['authors.yml', 'authors.yaml']) {
    const read = await fs.readText(joinLocation(siteRoot, `_data/${name}`));
    if (!read.ok) continue;
    const y = loadYaml11(read.text);
    return y.ok && typeof y.value === 'object' && y.value !== null && !Array.isArray(y.value) ? Object.keys(y.value) : [];
  }
  return [];
}

/** Site paths (`/assets/…`) of the images under `assets/`, at most a few thousand, symbolic links not followed. */
export async function listAssetImages(fs: FileSystem, siteRoot: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (rel: string, depth: number): Promise<void> => {
    if (depth > 8 || out.length >= MAX_IMAGES) return;
    for (const e of (await readEntries(fs, joinLocation(siteRoot, rel))) ?? []) {
      const child = `${rel}/${e.name}`;
      if (e.kind === 'directory' && !e.name.startsWith('.')) await walk(child, depth + 1);
      else if (e.kind === 'file' && IMAGE.test(e.name) && out.length < MAX_IMAGES) out.push(`/${child}`);
    }
  };
  await walk('assets', 0);
  return out.sort();
}
