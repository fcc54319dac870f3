/**
 * The extra content files of Hugo's leaf bundles: beside a built bundle's `index.md` (or `index.<lang>.md`), a
 * Markdown or HTML file is a page resource, not a page of its own, yet hugo 0.111 parses it as it reads the bundle,
 * shortcodes included (so a shortcode fault there stops the build, at that file's line); in the bundle's subfolders
 * too (a leaf bundle holds no other bundle).
 */
import type { SitePages } from '../../lint/lintTypes';

const CONTENT = /\.(md|markdown|mdown|html|htm)$/i;
const BUNDLE_INDEX = /^index(\.[A-Za-z][\w-]*)?\.[^./]+$/;

export function hugoParsedFiles(pages: SitePages): string[] {
  const files = pages.files;
  if (files === undefined) return [];
  const bundles = new Set<string>();
  for (const path of pages.built) {
    const slash = path.lastIndexOf('/');
    if (slash > 0 && BUNDLE_INDEX.test(path.slice(slash + 1))) bundles.add(path.slice(0, slash));
  }
  if (bundles.size === 0) return [];
  const found: string[] = [];
  for (const path of files.paths) {
    const slash = path.lastIndexOf('/');
    const name = path.slice(slash + 1);
    if (slash < 0 || !CONTENT.test(name) || pages.all.has(path)) continue;
    const folder = path.slice(0, slash);
    // The bundle's own index files are its pages; a file deeper down is a resource whatever its name.
    if (bundles.has(folder) && (BUNDLE_INDEX.test(name) || /^_index\./.test(name))) continue;
    if (!inBundle(folder, bundles)) continue;
    found.push(path);
  }
  return found.sort();
}

function inBundle(folder: string, bundles: ReadonlySet<string>): boolean {
  for (let f = folder; f !== ''; f = f.includes('/') ? f.slice(0, f.lastIndexOf('/')) : '') if (bundles.has(f)) return true;
  return false;
}
