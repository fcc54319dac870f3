/**
 * Which config files Hugo 0.111.3 reads and how it merges them into one map (config/configLoader.go,
 * hugolib/config.go, config/defaultConfigProvider.go): one root file, the first of hugo.{toml,yaml,yml,json}
 * then config.{toml,yaml,yml,json}; then every file under config/_default/ and config/<environment>/ in
 * lexical order, each set over what came before (maps merge key by key, anything else is replaced).
 */
// smol-toml's types are ESM-only while its CommonJS build is what runs; `module: Node16` refuses the require
// (TS1479) although it works (the same expectation as the front-matter reader's).
// @ts-expect-error TS1479: smol-toml's types are ESM-only, its CommonJS build is what runs.
import { parse as parseToml, TomlError } from 'smol-toml';
import type { Problem } from '../../problem';
import { loadHugoYaml } from './hugoYaml';
import { goLower, isPlainObject, lowerKeys } from './goValues';
import { setOwn } from '../../ownProperty';

/** The root config files Hugo 0.111.3 looks for, in the order it tries them; only the first that exists is read. */
export const HUGO_ROOT_CONFIG_FILES: readonly string[] = [
  'hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json',
  'config.toml', 'config.yaml', 'config.yml', 'config.json',
];

/** The config folders Hugo reads (every file below them, recursively): `_default`, then the environment's. */
export const HUGO_CONFIG_DIRS: readonly string[] = ['config/_default', 'config/production'];

/** A config problem, with the site-relative file it is about. */
export interface HugoConfigProblem extends Problem {
  readonly file: string;
}

const CONFIG_EXTENSIONS = new Set(['toml', 'yaml', 'yml', 'json']);

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : goLower(name.slice(dot + 1));
}

/**
 * True when Hugo reads this site-relative path as config (a root file, or a toml/yaml/yml/json file anywhere
 * below a config folder). `environment` is Hugo's (`production` for `hugo`, `development` for `hugo server`).
 */
export function isHugoConfigPath(file: string, environment = 'production'): boolean {
  if (HUGO_ROOT_CONFIG_FILES.includes(file)) return true;
  return configDirRank(file, environment) !== undefined;
}

function configDirRank(file: string, environment: string): number | undefined {
  if (!CONFIG_EXTENSIONS.has(extensionOf(file))) return undefined;
  if (file.startsWith('config/_default/')) return 0;
  if (environment !== '' && file.startsWith(`config/${environment}/`)) return 1;
  return undefined;
}

function lineAtOffset(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 0x0a) line++;
  return line;
}

/** Parses one config file into a map with lower-cased keys, or a problem. */
export function parseHugoConfigFile(file: string, text: string): { map?: Record<string, unknown>; problem?: HugoConfigProblem } {
  const ext = extensionOf(file);
  let value: unknown;
  const fail = (message: string, line: number, column?: number): { problem: HugoConfigProblem } => ({
    problem: column === undefined
      ? { severity: 'error', code: 'hugoConfigSyntax', message, line, file }
      : { severity: 'error', code: 'hugoConfigSyntax', message, line, column, file },
  });
  if (ext === 'toml') {
    try {
      value = parseToml(text);
    } catch (e) {
      if (e instanceof TomlError) return fail(e.message.split('\n')[0] ?? 'invalid TOML', Math.max(0, e.line - 1), Math.max(0, e.column - 1));
      return fail(e instanceof Error ? e.message : 'invalid TOML', 0);
    }
  } else if (ext === 'json') {
    try {
      value = JSON.parse(text);
    } catch (e) {
      const message = e instanceof Error ? e.message : 'invalid JSON';
      const at = /position (\d+)/.exec(message);
      return fail(message, at ? lineAtOffset(text, Number(at[1])) : 0);
    }
  } else {
    const result = loadHugoYaml(text);
    if (!result.ok) return fail(result.error.message, result.error.line, result.error.column);
    value = result.value;
  }
  if (value === null || value === undefined) return { map: {} };
  if (!isPlainObject(value)) return fail('the config is not a map of keys to values', 0);
  try {
    return { map: renameMenu(lowerKeys(value)) };
  } catch {
    return fail('the config is nested too deeply to read', 0);
  }
}

// Before 0.53 the key was "menu": Hugo renames it at the root and under each language.
function renameMenu(map: Record<string, unknown>): Record<string, unknown> {
  if ('menu' in map) {
    setOwn(map, 'menus', map['menu']);
    delete map['menu'];
  }
  const languages = map['languages'];
  if (isPlainObject(languages)) {
    for (const lang of Object.values(languages)) {
      if (isPlainObject(lang) && 'menu' in lang) {
        setOwn(lang, 'menus', lang['menu']);
        delete lang['menu'];
      }
    }
  }
  return map;
}

/** maps.Params.Set: maps merge recursively, everything else replaces. Mutates `target`. */
export function setParams(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (Object.prototype.hasOwnProperty.call(target, key) && isPlainObject(existing) && isPlainObject(value)) {
      setParams(existing, value);
    } else {
      setOwn(target, key, value);
    }
  }
}

/** Where a config-folder file's content goes: `params.ko.toml` → languages.ko.params, `menus.toml` → menus. */
function keyPathOf(file: string): string[] {
  const base = file.slice(file.lastIndexOf('/') + 1);
  const name = base.slice(0, base.lastIndexOf('.'));
  if (name === 'hugo' || name === 'config') return [];
  const dot = name.lastIndexOf('.');
  if (dot < 0) return [name];
  const stem = name.slice(0, dot);
  const lang = name.slice(dot + 1);
  if (lang === '') return [stem];
  const path = ['languages', lang];
  if (stem === 'menu' || stem === 'menus') path.push('menus');
  else if (stem === 'params') path.push('params');
  return path;
}

export interface MergedConfig {
  readonly raw: Record<string, unknown>;
  readonly problems: HugoConfigProblem[];
  /** The files that were read, in the order they were merged. */
  readonly used: string[];
}

/** Merges the files Hugo would read, in its order, into one map (no defaults yet). */
export function mergeHugoConfigFiles(files: readonly { file: string; text: string }[], environment = 'production'): MergedConfig {
  const raw: Record<string, unknown> = {};
  const problems: HugoConfigProblem[] = [];
  const used: string[] = [];
  const byName = new Map<string, string>();
  for (const f of files) if (typeof f.file === 'string' && typeof f.text === 'string') byName.set(f.file, f.text);

  const root = HUGO_ROOT_CONFIG_FILES.find((name) => byName.has(name));
  const dirFiles = [...byName.keys()]
    .filter((name) => configDirRank(name, environment) !== undefined)
    .sort((a, b) => (configDirRank(a, environment) ?? 0) - (configDirRank(b, environment) ?? 0) || comparePaths(a, b));
  for (const file of root === undefined ? dirFiles : [root, ...dirFiles]) {
    const parsed = parseHugoConfigFile(file, byName.get(file) ?? '');
    if (parsed.problem) {
      problems.push(parsed.problem);
      continue;
    }
    let content: Record<string, unknown> = parsed.map ?? {};
    if (file !== root) {
      for (const key of keyPathOf(file).map(goLower).reverse()) content = { [key]: content };
      content = renameMenu(content);
    }
    setParams(raw, content);
    used.push(file);
  }
  return { raw, problems, used };
}

// filepath.Walk visits a folder's names in sorted order, so paths compare segment by segment.
function comparePaths(a: string, b: string): number {
  const sa = a.split('/');
  const sb = b.split('/');
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    const c = compareCodePoints(sa[i] ?? '', sb[i] ?? '');
    if (c !== 0) return c;
  }
  return sa.length - sb.length;
}

/** Byte order of UTF-8, which is code-point order (how Go sorts strings). */
export function compareCodePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done === true || y.done === true) return (x.done === true ? 0 : 1) - (y.done === true ? 0 : 1);
    const cx = x.value.codePointAt(0) ?? 0;
    const cy = y.value.codePointAt(0) ?? 0;
    if (cx !== cy) return cx - cy;
  }
}
