import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { SiteFiles } from '../core/lint/lintTypes';

/** Past this many files the listing is given up: a check that trusted a cut list would call files missing. */
const MAX_FILES = 300_000;
const MAX_MANIFEST_BYTES = 256 * 1024;
/** Folders that are never the site's own sources: dependencies and build output. */
const SKIPPED = new Set(['node_modules', '_site', 'vendor']);

/**
 * The site's files for the checks of references to files (SiteFiles), listed once per site: every file under the
 * root but hidden ones, dependencies and build output, following symbolic links (each folder once). The theme the config names (`theme:`, a gem) is looked for where Ruby installs gems; a
 * `remote_theme:` is never on the machine. Undefined when the site is too large to list.
 */
export function listSiteFiles(siteRoot: string, rawConfig: Readonly<Record<string, unknown>>): SiteFiles | undefined {
  const paths = new Set<string>();
  const folders = new Set<string>();
  if (!walk(siteRoot, '', paths, folders, (name) => name.startsWith('.') || SKIPPED.has(name), new Set())) return undefined;
  const manifests = new Map<string, string>();
  for (const name of ['Gemfile']) {
    try {
      const file = path.join(siteRoot, name);
      if (fs.statSync(file).size <= MAX_MANIFEST_BYTES) manifests.set(name, fs.readFileSync(file, 'utf8'));
    } catch {
      // No manifest.
    }
  }
  return { paths, folders, theme: themeFiles(siteRoot, rawConfig), manifests };
}

function walk(root: string, rel: string, paths: Set<string>, folders: Set<string>, skips: (name: string) => boolean, seen: Set<string>): boolean {
  const dir = rel === '' ? root : path.join(root, rel);
  let entries: fs.Dirent[];
  try {
    const real = fs.realpathSync(dir);
    if (seen.has(real)) return true;
    seen.add(real);
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return true;
  }
  for (const e of entries) {
    if (skips(e.name)) continue;
    const child = rel === '' ? e.name : `${rel}/${e.name}`;
    const linked = e.isSymbolicLink() ? fs.statSync(path.join(root, child), { throwIfNoEntry: false }) : undefined;
    if (e.isDirectory() || linked?.isDirectory() === true) {
      if (!walk(root, child, paths, folders, skips, seen)) return false;
    } else if (e.isFile() || linked?.isFile() === true) {
      paths.add(child);
      folders.add(rel);
      if (paths.size > MAX_FILES) return false;
    }
  }
  return true;
}

/** The files of the config's gem theme, relative to the theme's root (its `_includes` only); see SiteFiles.theme. */
function themeFiles(siteRoot: string, rawConfig: Readonly<Record<string, unknown>>): ReadonlySet<string> | null | undefined {
  const remote = rawConfig['remote_theme'];
  if (remote !== undefined && remote !== null && remote !== '') return null;
  const theme = rawConfig['theme'];
  if (theme === undefined || theme === null || theme === '') return undefined;
  if (typeof theme !== 'string' || !/^[\w.-]+$/.test(theme)) return null;
  for (const gems of gemFolders(siteRoot)) {
    let names: string[];
    try {
      names = fs.readdirSync(gems);
    } catch {
      continue;
    }
    const found = names.filter((n) => n.startsWith(`${theme}-`) && /^\d/.test(n.slice(theme.length + 1))).sort().pop();
    if (found === undefined) continue;
    const paths = new Set<string>();
    const themeRoot = path.join(gems, found);
    if (!walk(themeRoot, '_includes', paths, new Set(), (name) => name.startsWith('.'), new Set())) return null;
    return paths;
  }
  return null;
}

/** Where Ruby keeps installed gems: the site's Bundler folder, GEM_HOME and GEM_PATH, the system's and the user's. */
function gemFolders(siteRoot: string): string[] {
  const versions = (dir: string): string[] => {
    try {
      return fs.readdirSync(dir).map((v) => path.join(dir, v, 'gems'));
    } catch {
      return [];
    }
  };
  const env = [process.env['GEM_HOME'], ...(process.env['GEM_PATH'] ?? '').split(path.delimiter)].filter((d): d is string => d !== undefined && d !== '');
  return [
    ...versions(path.join(siteRoot, 'vendor', 'bundle', 'ruby')),
    ...env.map((d) => path.join(d, 'gems')),
    '/usr/share/rubygems-integration/all/gems',
    ...versions('/var/lib/gems'),
    ...versions('/usr/lib/ruby/gems'),
    ...versions('/usr/local/lib/ruby/gems'),
    ...versions(path.join(os.homedir(), '.gem', 'ruby')),
    ...versions(path.join(os.homedir(), '.local', 'share', 'gem', 'ruby')),
  ];
}
