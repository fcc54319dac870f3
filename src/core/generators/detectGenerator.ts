/**
 * Which static-site generator a folder belongs to, from the names at its top level and its package.json. Pure:
 * the platform layer lists the folder. Config files that are code are recognised by name only, never read as code.
 */

export type GeneratorId = 'jekyll' | 'hugo' | 'hexo' | 'eleventy' | 'astro' | 'docusaurus';

export interface FolderFacts {
  /** Names of the folder's entries; folders end with `/`. `config/_default/` stands for Hugo's config folder. */
  readonly names: ReadonlySet<string>;
  /** The text of package.json, when the folder has one. */
  readonly packageJson?: string | undefined;
}

const codeConfigs: readonly (readonly [GeneratorId, RegExp, string])[] = [
  ['docusaurus', /^docusaurus\.config\.(?:[cm]?js|[cm]?ts)$/, '@docusaurus/core'],
  ['astro', /^astro\.config\.(?:[cm]?js|[cm]?ts)$/, 'astro'],
  ['eleventy', /^(?:eleventy\.config\.(?:[cm]?js|ts)|\.eleventy\.js)$/, '@11ty/eleventy'],
];

const hugoConfigs = /^hugo\.(?:toml|ya?ml|json)$/;
/** `config.toml` and its kin are Hugo's older names, and common elsewhere: they count beside a Hugo folder. */
const olderHugoConfigs = /^config\.(?:toml|ya?ml|json)$/;
const hugoFolders = ['content/', 'archetypes/', 'layouts/', 'themes/'];

function dependencies(packageJson: string | undefined): Set<string> {
  if (packageJson === undefined) return new Set();
  try {
    const parsed: unknown = JSON.parse(packageJson);
    if (typeof parsed !== 'object' || parsed === null) return new Set();
    const names = new Set<string>();
    for (const key of ['dependencies', 'devDependencies'] as const) {
      const deps = (parsed as Record<string, unknown>)[key];
      if (typeof deps === 'object' && deps !== null) for (const name of Object.keys(deps)) names.add(name);
    }
    if ('hexo' in parsed) names.add('hexo');
    return names;
  } catch {
    return new Set();
  }
}

/**
 * The generator whose site this folder is, or undefined. A generator whose config is code wins over a stray
 * YAML file; Hexo (which also reads `_config.yml`) is told from Jekyll by its `scaffolds/`, `source/_posts/` or
 * its package; Jekyll is the rest of the `_config.yml` / `_posts` folders.
 */
export function detectGenerator(facts: FolderFacts): GeneratorId | undefined {
  const names = [...facts.names];
  const deps = dependencies(facts.packageJson);
  for (const [id, file, pkg] of codeConfigs) {
    if (names.some((n) => file.test(n)) || deps.has(pkg)) return id;
  }
  const has = (name: string): boolean => facts.names.has(name);
  const hugoFolder = hugoFolders.some(has);
  if (names.some((n) => hugoConfigs.test(n)) || (hugoFolder && (names.some((n) => olderHugoConfigs.test(n)) || has('config/_default/')))) return 'hugo';
  const jekyllConfig = has('_config.yml') || has('_config.yaml');
  if (jekyllConfig && (has('scaffolds/') || has('source/_posts/') || deps.has('hexo'))) return 'hexo';
  if (jekyllConfig || has('_posts/')) return 'jekyll';
  return undefined;
}
