/**
 * An Astro 5 site's collections as its content config declares them, read as TEXT (never imported, never run):
 * `defineCollection({ loader: glob({ pattern, base }), schema })` per collection and the names the file exports in
 * `export const collections = { blog, … }`. A pattern and a base are understood when they are literals (or a
 * template whose `${NAME}` is a string constant of the same file); the schema's field names and the source of each
 * field's type are kept as written. What only running the file could tell becomes a note, never a guess.
 */
import { entryOf, plainValue, readJsObject, readJsValue, skipExpression, tokenizeJs, type JsToken, type JsValue } from '../docusaurus/jsLiteralText';

/**
 * The extensions Astro 5.18.2 has a content entry type for: `.md` only (vite-plugin-markdown's
 * content-entry-type; `.markdown` and the other page extensions are no entries), `.mdx` with @astrojs/mdx.
 */
export const ASTRO_MARKDOWN_EXTS = ['md'];

export interface AstroCollection {
  readonly name: string;
  /** The glob loader's base, site-relative, without `./` or a trailing `/` ('' for the site root). */
  readonly base: string;
  /** The loader's patterns, relative to the base (`!`-prefixed ones exclude). */
  readonly patterns: readonly string[];
  /** How the collection's files were found: a literal glob loader, the legacy folder rule, or a fallback guess. */
  readonly source: 'glob' | 'legacy' | 'fallback';
  /** Each schema field's name and the source text of its type (`z.coerce.date()`), in the schema's order. */
  readonly fields: readonly AstroField[];
  /** Whether the schema is literal enough to read its fields (`z.object({…})` as written). */
  readonly schemaRead: boolean;
}

export interface AstroField {
  readonly name: string;
  /** The source text of its type, e.g. `z.array(z.string()).default(["others"])`. */
  readonly type: string;
  /** The value of a literal `.default(…)`, when it has one. */
  readonly defaultValue?: unknown;
}

export interface AstroConfigNote {
  readonly message: string;
  /** 0-based line in the content config. */
  readonly line: number;
}

export interface AstroContentConfig {
  readonly collections: readonly AstroCollection[];
  readonly notes: readonly AstroConfigNote[];
}

/** The conventional folders a blog collection lives in when the config does not say so literally. */
export const CONVENTIONAL_BLOG_BASES = ['src/content/blog', 'src/data/blog'];

function isPunct(t: JsToken | undefined, value: string): boolean {
  return t?.kind === 'punct' && t.value === value;
}

function isName(t: JsToken | undefined, value?: string): boolean {
  return t?.kind === 'name' && (value === undefined || t.value === value);
}

function lineAt(text: string, offset: number): number {
  let line = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** `const NAME = "literal"` strings of the file, for templates such as `` `./${BLOG_PATH}` ``. */
function stringConstants(tokens: readonly JsToken[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i + 3 < tokens.length; i++) {
    const name = tokens[i + 1];
    const value = tokens[i + 3];
    if (!isName(tokens[i], 'const') || name?.kind !== 'name' || !isPunct(tokens[i + 2], '=')) continue;
    if ((value?.kind === 'string' || (value?.kind === 'template' && value.value !== undefined)) && skipExpression(tokens, i + 3) === i + 4) {
      out.set(name.value, String(value.value));
    }
  }
  return out;
}

/** A string literal, or a template whose every `${NAME}` is a string constant; undefined otherwise. */
function literalString(value: JsValue | undefined, constants: ReadonlyMap<string, string>): string | undefined {
  if (value === undefined) return undefined;
  if (value.kind === 'literal') return typeof value.value === 'string' ? value.value : undefined;
  if (value.kind !== 'computed' || !/^`[^`]*`$/.test(value.text)) return undefined;
  let ok = true;
  const out = value.text.slice(1, -1).replace(/\$\{\s*([A-Za-z_$][\w$]*)\s*\}/g, (_m, name: string) => {
    const known = constants.get(name);
    if (known === undefined) ok = false;
    return known ?? '';
  });
  return ok && !out.includes('${') ? out : undefined;
}

/** The argument object of a call `NAME({ … })` given as source text, or undefined. */
function callObject(text: string, callee: string): { object: JsValue & { kind: 'object' }; text: string } | undefined {
  const tokens = tokenizeJs(text);
  if (!isName(tokens[0], callee) || !isPunct(tokens[1], '(') || !isPunct(tokens[2], '{')) return undefined;
  return { object: readJsObject(text, tokens, 2).value, text };
}

function cleanBase(base: string): string {
  return base.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '').replace(/\/+$/, '').replace(/^\.$/, '');
}

/** The value of a literal `.default(value)` in a field's type text (the last one wins, as in zod). */
function literalDefault(type: string): unknown {
  const tokens = tokenizeJs(type);
  let found: unknown;
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (isPunct(tokens[i - 1], '.') && isName(tokens[i], 'default') && isPunct(tokens[i + 1], '(')) {
      const read = readJsValue(type, tokens, i + 2);
      if (isPunct(tokens[read.next], ')')) found = plainValue(read.value);
    }
  }
  return found;
}

/** The fields of `z.object({ … })` in a schema's text (also inside `({ image }) => z.object({ … })`). */
function schemaFields(text: string): AstroCollection['fields'] | undefined {
  const tokens = tokenizeJs(text);
  for (let i = 0; i + 4 < tokens.length; i++) {
    if (isName(tokens[i], 'z') && isPunct(tokens[i + 1], '.') && isName(tokens[i + 2], 'object') && isPunct(tokens[i + 3], '(') && isPunct(tokens[i + 4], '{')) {
      const object = readJsObject(text, tokens, i + 4).value;
      return object.entries.filter((e): e is typeof e & { key: string } => e.key !== undefined).map((e) => {
        const type = e.value.kind === 'computed' ? e.value.text : '';
        const defaultValue = literalDefault(type);
        return defaultValue === undefined ? { name: e.key, type } : { name: e.key, type, defaultValue };
      });
    }
  }
  return undefined;
}

/** The legacy (Astro 2–4) content rule Astro 5 emulates for a collection without a loader. */
function legacyPatterns(mdx: boolean): string[] {
  const exts = `{${[...ASTRO_MARKDOWN_EXTS, ...(mdx ? ['mdx'] : [])].join(',')}}`;
  return [`**/*.${exts}`, `!**/_*/**/*.${exts}`, `!**/_*.${exts}`];
}

/** Reads the content config's text. `mdx`: whether the site's astro.config adds @astrojs/mdx. Never throws. */
export function readAstroContentConfig(text: string, mdx: boolean): AstroContentConfig {
  const notes: AstroConfigNote[] = [];
  const tokens = tokenizeJs(text);
  const constants = stringConstants(tokens);
  // `const blog = defineCollection(…)`: the call's source text by the variable's name.
  const defined = new Map<string, { text: string; start: number }>();
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i];
    const name = tokens[i - 2];
    if (isName(t, 'defineCollection') && isPunct(tokens[i + 1], '(') && isPunct(tokens[i - 1], '=') && name?.kind === 'name' && t !== undefined) {
      const end = skipExpression(tokens, i);
      defined.set(name.value, { text: text.slice(t.start, tokens[end - 1]?.end ?? t.end), start: t.start });
    }
  }
  let exported: (JsValue & { kind: 'object' }) | undefined;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (isName(tokens[i], 'collections') && isPunct(tokens[i + 1], '=') && isPunct(tokens[i + 2], '{') && (isName(tokens[i - 1], 'const') || isName(tokens[i - 1], 'let') || isName(tokens[i - 1], 'var'))) {
      exported = readJsObject(text, tokens, i + 2).value;
      break;
    }
  }
  const collections: AstroCollection[] = [];
  if (exported === undefined) {
    if (text.trim() !== '') notes.push({ message: 'read as text; the exported `collections` object is not written literally, so Postcraft looks in the conventional blog folders', line: 0 });
    return { collections, notes };
  }
  const exportLine = lineAt(text, exported.start);
  for (const entry of exported.entries) {
    if (entry.key === undefined) {
      notes.push({ message: 'read as text; a collection added by a spread or a computed name is computed by Astro', line: exportLine });
      continue;
    }
    const source = entry.value.kind === 'computed' ? entry.value.text : '';
    const def = /^[A-Za-z_$][\w$]*$/.test(source) ? defined.get(source) : undefined;
    const call = callObject(def?.text ?? source, 'defineCollection');
    const line = def === undefined ? exportLine : lineAt(text, def.start);
    if (call === undefined) {
      notes.push({ message: `read as text; collection "${entry.key}" is computed (${source.slice(0, 60)}), so Postcraft looks in the conventional blog folders`, line });
      collections.push({ name: entry.key, base: '', patterns: [], source: 'fallback', fields: [], schemaRead: false });
      continue;
    }
    const schema = entryOf(call.object, 'schema');
    const fields = schema?.kind === 'computed' ? schemaFields(schema.text) : undefined;
    if (schema !== undefined && fields === undefined) notes.push({ message: `read as text; the schema of "${entry.key}" is computed, so its fields are not known`, line });
    const schemaPart = { fields: fields ?? [], schemaRead: fields !== undefined };
    const loader = entryOf(call.object, 'loader');
    if (loader === undefined) {
      collections.push({ name: entry.key, base: `src/content/${entry.key}`, patterns: legacyPatterns(mdx), source: 'legacy', ...schemaPart });
      continue;
    }
    const glob = loader.kind === 'computed' ? callObject(loader.text, 'glob') : undefined;
    if (glob === undefined) {
      // `file()` and custom loaders make data entries, not Markdown posts; only the loader's code knows them.
      notes.push({ message: `read as text; collection "${entry.key}" has a loader that is not glob() (${loader.kind === 'computed' ? loader.text.slice(0, 60) : 'computed'}): its entries are computed by Astro`, line });
      continue;
    }
    const patternValue = entryOf(glob.object, 'pattern');
    const patterns =
      patternValue?.kind === 'array'
        ? patternValue.items.map((item) => literalString(item, constants))
        : [literalString(patternValue, constants)];
    const baseValue = entryOf(glob.object, 'base');
    const base = baseValue === undefined ? '' : literalString(baseValue, constants);
    if (patterns.some((p) => p === undefined) || patterns.length === 0 || base === undefined) {
      notes.push({ message: `read as text; the glob() pattern or base of "${entry.key}" is computed, so Postcraft looks in the conventional blog folders`, line });
      collections.push({ name: entry.key, base: '', patterns: [], source: 'fallback', ...schemaPart });
      continue;
    }
    collections.push({ name: entry.key, base: cleanBase(base), patterns: patterns.filter((p): p is string => p !== undefined), source: 'glob', ...schemaPart });
  }
  return { collections, notes };
}
