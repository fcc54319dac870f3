/**
 * YAML as Hugo 0.111.3 reads it: gopkg.in/yaml.v2 (YAML 1.1 scalars) decoding into `interface{}`, on js-yaml 4
 * with a schema of our own. Unlike Psych (yaml11.ts), yaml.v2 leaves timestamps as the strings they were written
 * as (Hugo parses dates later, in the site's zone), knows no Ruby symbols, and reads `y`/`n` as booleans.
 * Never runs code; every failure comes back as a value.
 */
import { load, FAILSAFE_SCHEMA, Type, YAMLException } from 'js-yaml';
import type { YamlResult } from '../../yaml11';
import { readFlatYaml } from '../../frontMatter/flatYaml';

export const MAX_HUGO_YAML_CHARS = 1024 * 1024;
export const MAX_HUGO_YAML_NODES = 200_000;


type Resolved = { readonly value: unknown } | undefined;

const WORDS: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map((w): [string, unknown] => [w, true]),
  ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map((w): [string, unknown] => [w, false]),
  ...['~', 'null', 'Null', 'NULL'].map((w): [string, unknown] => [w, null]),
  ...['.nan', '.NaN', '.NAN'].map((w): [string, unknown] => [w, NaN]),
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((w): [string, unknown] => [w, Infinity]),
  ...['-.inf', '-.Inf', '-.INF'].map((w): [string, unknown] => [w, -Infinity]),
]);

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
// yaml.v2's timestamp forms; they stay strings when decoded into interface{}.
const TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]|[ \t]+)\d{1,2}:\d{2}:\d{2}(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d{1,2}(?::\d{2})?))?)?$/;

/** strconv.ParseInt/ParseUint(s, 0, 64) on a string whose underscores were removed. */
function goParseInt(s: string): number | undefined {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m || m[2] === undefined) return undefined;
  const body = m[2];
  let n: number;
  if (/^0[xX]/.test(body)) n = parseInt(body.slice(2), 16);
  else if (/^0[bB]/.test(body)) n = parseInt(body.slice(2), 2);
  else if (/^0[oO]/.test(body)) n = parseInt(body.slice(2), 8);
  else if (body.length > 1 && body.startsWith('0')) n = parseInt(body.slice(1), 8);
  else n = parseInt(body, 10);
  if (m[1] === '-') return n > 2 ** 63 ? undefined : -n;
  return n >= 2 ** 64 ? undefined : n;
}

/** yaml.v2's resolve() for an untagged plain scalar; undefined means "a string". */
export function resolveYamlV2Plain(text: string): Resolved {
  if (text === '') return { value: null };
  const first = text.charAt(0);
  if (!/[-+0-9.yYnNtTfFoO~]/.test(first)) return undefined;
  if (WORDS.has(text)) return { value: WORDS.get(text) };
  if (first === '.') {
    return YAML_STYLE_FLOAT.test(text) ? { value: Number(text) } : undefined;
  }
  if (!/[-+0-9]/.test(first)) return undefined;
  if (TIMESTAMP.test(text)) return undefined;
  const plain = text.replace(/_/g, '');
  const int = goParseInt(plain);
  if (int !== undefined) return { value: int };
  if (YAML_STYLE_FLOAT.test(plain)) return { value: Number(plain) };
  return undefined;
}

/** What yaml.v2 makes of a plain scalar, as the schema below constructs it. */
export function yamlV2PlainValue(data: string): unknown {
  const resolved = resolveYamlV2Plain(data);
  return resolved === undefined ? data : resolved.value;
}

const plainScalar = new Type('tag:postcraft,2024:yaml-v2-plain', {
  kind: 'scalar',
  resolve: (data: unknown) => typeof data === 'string' && resolveYamlV2Plain(data) !== undefined,
  construct: (data: string) => resolveYamlV2Plain(data)?.value,
});

function explicit(tag: string, accept: (value: unknown) => boolean): Type {
  return new Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (data: unknown) => typeof data === 'string' && (tag === 'timestamp' || accept(resolveYamlV2Plain(data)?.value)),
    construct: (data: string) => (tag === 'timestamp' ? data : resolveYamlV2Plain(data)?.value),
  });
}

const mergeKey = new Type('tag:yaml.org,2002:merge', {
  kind: 'scalar',
  resolve: (data: unknown) => data === '<<' || data === null,
  construct: (data: unknown) => data,
});

export const YAML_V2_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [plainScalar, mergeKey],
  explicit: [
    explicit('null', (v) => v === null),
    explicit('bool', (v) => typeof v === 'boolean'),
    explicit('int', (v) => typeof v === 'number' && Number.isInteger(v)),
    explicit('float', (v) => typeof v === 'number'),
    explicit('timestamp', () => true),
  ],
});

function countNodes(value: unknown, max: number): boolean {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (++count > max) return false;
    if (typeof v !== 'object' || v === null) continue;
    for (const child of Array.isArray(v) ? v : Object.values(v as Record<string, unknown>)) stack.push(child);
    if (stack.length > max) return false;
  }
  return true;
}

/**
 * Parses YAML as Hugo's yaml.v2 would. `lineOffset` is added to reported lines. Never throws. Fits the
 * front-matter reader's YamlLoader (a later duplicate key wins silently, as in yaml.v2, so no warnings).
 */
export function loadHugoYaml(text: string, lineOffset = 0): YamlResult {
  if (text.length > MAX_HUGO_YAML_CHARS) {
    return { ok: false, warnings: [], error: { message: `YAML larger than ${MAX_HUGO_YAML_CHARS / 1024} KB was not read`, line: lineOffset } };
  }
  // Most front matter is flat `key: value` lines: read without the parser, to the same values.
  let value: unknown = readFlatYaml(text, yamlV2PlainValue);
  if (value !== undefined) return { ok: true, value, warnings: [] };
  try {
    // json: true lets a later duplicate key win, as yaml.v2 does when decoding into a map.
    value = load(text, { schema: YAML_V2_SCHEMA, json: true });
  } catch (e) {
    if (e instanceof YAMLException) {
      const line = (e.mark?.line ?? 0) + lineOffset;
      const message = e.reason || e.message;
      return { ok: false, warnings: [], error: e.mark === undefined ? { message, line } : { message, line, column: e.mark.column } };
    }
    return { ok: false, warnings: [], error: { message: e instanceof Error ? e.message : String(e), line: lineOffset } };
  }
  if (!countNodes(value, MAX_HUGO_YAML_NODES)) {
    return { ok: false, warnings: [], error: { message: `YAML expands to more than ${MAX_HUGO_YAML_NODES} values and was refused`, line: lineOffset } };
  }
  return { ok: true, value, warnings: [] };
}
