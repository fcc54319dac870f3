// Prepares a throw-away copy of a Hugo site that this machine's Hugo can build offline, without the site's
// theme, templates or modules: those shape the rendered HTML, not which pages there are or how they are dated,
// named and filed, and a test machine has none of them (themes arrive as unchecked-out submodules, modules
// would need the network, and templates written for a newer Hugo would not even parse in 0.111).
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import type { parse } from 'smol-toml' with { 'resolution-mode': 'import' };

// smol-toml's types describe its ES module, which TypeScript will not let a CommonJS file import; its package
// also ships a CommonJS build, which is what this loads.
const parseToml = (createRequire(__filename)('smol-toml') as { parse: typeof parse }).parse;

/**
 * Top-level folders left out of the copy. Hugo reads pages from `content/` (or wherever `contentDir` and the
 * mounts point), so none of these changes the reading; `layouts/` and `themes/` are replaced by the oracle
 * theme, and `_vendor/` would take precedence over the module replacements.
 */
const leftOut = new Set(['.git', 'node_modules', 'public', 'resources', 'themes', 'layouts', 'static', 'assets', '_vendor', '.hugo_build.lock']);

/** Extensions of the content formats Hugo 0.111 reads; only these are scanned for shortcodes. */
const contentExtensions = new Set(['.md', '.markdown', '.mdown', '.html', '.htm', '.org', '.adoc', '.asciidoc', '.rst', '.pandoc', '.pdc', '.mmark']);

// A shortcode call or closing tag, `{{< name` or `{{% /name`. An escaped call (the name behind a comment
// opener, `{{</*`) does not match: a name starts with a letter, digit or underscore.
const shortcodeTag = /\{\{[<%]\s*(\/?)\s*([A-Za-z0-9_][A-Za-z0-9_./-]*)/g;

export interface SiteCopy {
  /** The site's root config file in the copy (`hugo.*` before `config.*`, as Hugo looks), if it has one. */
  readonly configFile: string | undefined;
  /** Module paths the site imports; each must be replaced, since nothing can be downloaded. */
  readonly moduleImports: readonly string[];
  /** Shortcode names used in content, and whether any use has a closing tag (so the stub must take `.Inner`). */
  readonly shortcodes: ReadonlyMap<string, boolean>;
}

/** Copies `siteRoot` into `destination` (which must not exist) and reports what has to be neutralised. */
export function copySite(siteRoot: string, destination: string): SiteCopy {
  const shortcodes = new Map<string, boolean>();
  copyTree(siteRoot, destination, true, shortcodes);
  const configFile = ['hugo', 'config']
    .flatMap((name) => ['toml', 'yaml', 'yml', 'json'].map((ext) => path.join(destination, `${name}.${ext}`)))
    .find((file) => fs.existsSync(file));
  return { configFile, moduleImports: moduleImports(destination, configFile), shortcodes };
}

function copyTree(from: string, to: string, top: boolean, shortcodes: Map<string, boolean>): void {
  fs.mkdirSync(to);
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    if (top && leftOut.has(entry.name)) continue;
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    // A symlinked folder is skipped (it could loop); a symlinked file is copied as the file it points to.
    const isFile = entry.isFile() || (entry.isSymbolicLink() && fs.statSync(source, { throwIfNoEntry: false })?.isFile() === true);
    if (entry.isDirectory()) {
      copyTree(source, target, false, shortcodes);
    } else if (isFile) {
      // Written afresh rather than copied, so the copy is writable even when the original is read-only.
      const bytes = fs.readFileSync(source);
      fs.writeFileSync(target, bytes);
      if (contentExtensions.has(path.extname(entry.name).toLowerCase())) noteShortcodes(bytes.toString('utf8'), shortcodes);
    }
  }
}

function noteShortcodes(text: string, shortcodes: Map<string, boolean>): void {
  for (const match of text.matchAll(shortcodeTag)) {
    const name = match[2] ?? '';
    // Inline shortcodes are templates in the content itself; a name must not climb out of its folder.
    if (name.endsWith('.inline') || name.split('/').includes('..')) continue;
    shortcodes.set(name, shortcodes.get(name) === true || match[1] === '/');
  }
}

/**
 * Writes a stub template for each shortcode the content uses. Hugo checks every shortcode call against a
 * template while it reads a page (a missing one fails the build), but the oracle never renders content.
 * Hugo also checks, from the template's text, that a shortcode with a closing tag reads `.Inner` and that
 * one reading `.Inner` is closed, so the stub mentions `.Inner` exactly when the content closes that name.
 */
export function writeShortcodeStubs(themeLayouts: string, shortcodes: ReadonlyMap<string, boolean>): void {
  for (const [name, closed] of shortcodes) {
    const file = path.join(themeLayouts, 'shortcodes', `${name}.html`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const body = closed ? '{{- if false }}{{ .Inner }}{{ end -}}' : '';
    fs.writeFileSync(file, `{{- /* Stub written by the Postcraft oracle: content is never rendered. */ -}}${body}\n`);
  }
}

/** `module.imports[].path` from the root config and from `config/_default` and `config/production`. */
function moduleImports(site: string, configFile: string | undefined): string[] {
  const found = new Set<string>();
  const collect = (file: string, imports: (config: Record<string, unknown>) => unknown): void => {
    const list = imports(readConfig(file));
    if (!Array.isArray(list)) return;
    for (const item of list as unknown[]) {
      const importPath = isRecord(item) ? field(item, 'path') : undefined;
      if (typeof importPath === 'string' && importPath !== '') found.add(importPath);
    }
  };
  const fromModule = (module: unknown): unknown => (isRecord(module) ? field(module, 'imports') : undefined);
  if (configFile !== undefined) collect(configFile, (config) => fromModule(field(config, 'module')));
  for (const folder of ['_default', 'production']) {
    const dir = path.join(site, 'config', folder);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir)) {
      const base = name.replace(/\.(toml|ya?ml|json)$/i, '').toLowerCase();
      if (base === name.toLowerCase()) continue;
      const file = path.join(dir, name);
      if (base === 'hugo' || base === 'config') collect(file, (config) => fromModule(field(config, 'module')));
      if (base === 'module') collect(file, (config) => field(config, 'imports'));
    }
  }
  return [...found].sort();
}

/** Parses a config file; one that does not parse is left for Hugo to report. */
function readConfig(file: string): Record<string, unknown> {
  const text = fs.readFileSync(file, 'utf8');
  try {
    const ext = path.extname(file).toLowerCase();
    const value: unknown = ext === '.toml' ? parseToml(text) : ext === '.json' ? JSON.parse(text) : loadYaml(text);
    return isRecord(value) ? value : {};
  } catch {
    return {};
  }
}

/** Hugo's config keys are case-insensitive. */
function field(record: Record<string, unknown>, key: string): unknown {
  const name = Object.keys(record).find((k) => k.toLowerCase() === key);
  return name === undefined ? undefined : record[name];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
