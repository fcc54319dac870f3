import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * Where the gem theme `theme` is installed for a site on this machine (its newest version): the site's Bundler
 * folder, GEM_HOME and GEM_PATH, the system's and the user's gems. Undefined when it is in none of them.
 */
export function findGemTheme(siteRoot: string, theme: string): Promise<string | undefined> {
  for (const gems of gemFolders(siteRoot)) {
    let names: string[];
    try {
      names = fs.readdirSync(gems);
    } catch {
      continue;
    }
    const found = names.filter((n) => n.startsWith(`${theme}-`) && /^\d/.test(n.slice(theme.length + 1))).sort().pop();
    if (found !== undefined) return Promise.resolve(path.join(gems, found));
  }
  return Promise.resolve(undefined);
}

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
