/**
 * Loads front-matter / config YAML with the meaning Jekyll gives it (Ruby Psych, YAML 1.1), using js-yaml 4
 * with a schema of our own. Never runs code: there are no `!!js/*` types, and unknown tags are errors.
 * Everything a user's file can do wrong comes back as a value.
 */
import { load, FAILSAFE_SCHEMA, Type, YAMLException } from 'js-yaml';
import { classifyPlainScalar } from './psychScalar';
import { readFlatYaml } from './frontMatter/flatYaml';
import type { PlainScalar } from './psychScalar';
import type { LineError } from './problem';

export const MAX_YAML_CHARS = 256 * 1024;
export const MAX_YAML_NODES = 100_000;

export interface YamlWarning {
  readonly code: 'duplicateKey';
  readonly message: string;
  readonly line: number;
  readonly key: string;
}

export type YamlResult =
  | { readonly ok: true; readonly value: unknown; readonly warnings: readonly YamlWarning[] }
  | { readonly ok: false; readonly error: LineError; readonly warnings: readonly YamlWarning[] };

export interface YamlOptions {
  /** File line of the first line of `text`; added to every reported line. */
  readonly lineOffset?: number;
  readonly maxChars?: number;
  readonly maxNodes?: number;
}

const SYMBOL_MARK = Symbol('rubySymbol');

interface SymbolMarker {
  readonly [SYMBOL_MARK]: string;
}

function constructPlain(data: string, scalar: PlainScalar): unknown {
  switch (scalar.type) {
    case 'str':
      return data;
    case 'null':
      return null;
    case 'bool':
    case 'number':
      return scalar.value;
    case 'time':
    case 'date':
      return scalar.value;
    case 'symbol': {
      const marker: SymbolMarker = { [SYMBOL_MARK]: data };
      return marker;
    }
  }
}

/** What Psych makes of a plain scalar, as the schema below constructs it. */
export function psychPlainValue(data: string): unknown {
  return constructPlain(data, classifyPlainScalar(data));
}

// One implicit type answers every plain scalar Psych would not keep as a string.
const psychPlain = new Type('tag:postcraft,2024:psych-plain', {
  kind: 'scalar',
  resolve: (data: unknown) => typeof data === 'string' && classifyPlainScalar(data).type !== 'str',
  construct: (data: string) => constructPlain(data, classifyPlainScalar(data)),
});

function explicitScalar(tag: string, accept: (s: PlainScalar) => boolean): Type {
  return new Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (data: unknown) => typeof data === 'string' && accept(classifyPlainScalar(data)),
    construct: (data: string) => constructPlain(data, classifyPlainScalar(data)),
  });
}

// `<<` merge keys, which Psych supports too (js-yaml checks the tag on the key).
const mergeKey = new Type('tag:yaml.org,2002:merge', {
  kind: 'scalar',
  resolve: (data: unknown) => data === '<<' || data === null,
  construct: (data: unknown) => data,
});

export const PSYCH_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [psychPlain, mergeKey],
  explicit: [
    explicitScalar('null', (s) => s.type === 'null'),
    explicitScalar('bool', (s) => s.type === 'bool'),
    explicitScalar('int', (s) => s.type === 'number' && Number.isInteger(s.value)),
    explicitScalar('float', (s) => s.type === 'number'),
    explicitScalar('timestamp', (s) => s.type === 'time' || s.type === 'date'),
  ],
});

const MAX_DUPLICATES_REPORTED = 20;
// Marks a key already reported as a duplicate so the next parse goes on to the next one.
const DUPLICATE_PREFIX = '\uE000';

function lineOfText(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) return 0;
  let line = 0;
  for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 0x0a) line++;
  return line;
}

function keyAt(text: string, position: number): string {
  const lineEnd = text.indexOf('\n', position);
  const rest = text.slice(position, lineEnd < 0 ? text.length : lineEnd);
  const m = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^:,{}[\]]*?))\s*:(?:\s|$)/.exec(rest);
  const key = m ? (m[1] ?? m[2] ?? m[3] ?? rest) : rest;
  return key.trim().replace(new RegExp(DUPLICATE_PREFIX, 'g'), '');
}

function asLineError(e: unknown, lineOffset: number): LineError {
  if (e instanceof YAMLException) {
    const line = (e.mark?.line ?? 0) + lineOffset;
    return e.mark === undefined ? { message: e.reason || e.message, line } : { message: e.reason || e.message, line, column: e.mark.column };
  }
  return { message: e instanceof Error ? e.message : String(e), line: lineOffset };
}

/** Counts nodes with a bounded walk; shared (aliased) values count every time they are reached. */
function checkTree(value: unknown, maxNodes: number): { tooMany: boolean; symbol?: string } {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (++count > maxNodes) return { tooMany: true };
    if (v === null || typeof v !== 'object') continue;
    if (SYMBOL_MARK in v) return { tooMany: false, symbol: (v as SymbolMarker)[SYMBOL_MARK] };
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
      if (stack.length > maxNodes) return { tooMany: true };
    } else {
      for (const k of Object.keys(v)) stack.push((v as Record<string, unknown>)[k]);
      if (stack.length > maxNodes) return { tooMany: true };
    }
  }
  return { tooMany: false };
}

function findDuplicates(text: string, lineOffset: number): YamlWarning[] {
  const warnings: YamlWarning[] = [];
  let probe = text;
  while (warnings.length < MAX_DUPLICATES_REPORTED) {
    try {
      load(probe, { schema: PSYCH_SCHEMA });
      break;
    } catch (e) {
      if (!(e instanceof YAMLException) || !e.reason.startsWith('duplicated mapping key') || !e.mark) break;
      const key = keyAt(probe, e.mark.position);
      warnings.push({
        code: 'duplicateKey',
        key,
        line: e.mark.line + lineOffset,
        message: `duplicate key "${key}": Jekyll keeps the last value`,
      });
      probe = probe.slice(0, e.mark.position) + DUPLICATE_PREFIX + String(warnings.length) + probe.slice(e.mark.position);
    }
  }
  return warnings;
}

/** Parses YAML as Jekyll (Psych, YAML 1.1) would, with limits. Never throws. */
export function loadYaml11(text: string, options: YamlOptions = {}): YamlResult {
  const lineOffset = options.lineOffset ?? 0;
  const maxChars = options.maxChars ?? MAX_YAML_CHARS;
  const maxNodes = options.maxNodes ?? MAX_YAML_NODES;
  if (text.length > maxChars) {
    return {
      ok: false,
      warnings: [],
      error: { message: `YAML is larger than ${Math.round(maxChars / 1024)} KB and was not read`, line: lineOffset },
    };
  }
  // Most front matter is flat `key: value` lines: read without the parser, to the same values (no duplicate keys there).
  let value: unknown = readFlatYaml(text, psychPlainValue);
  let warnings: YamlWarning[] = [];
  try {
    if (value === undefined) value = load(text, { schema: PSYCH_SCHEMA });
  } catch (first) {
    if (!(first instanceof YAMLException) || !first.reason.startsWith('duplicated mapping key')) {
      return { ok: false, warnings, error: asLineError(first, lineOffset) };
    }
    warnings = findDuplicates(text, lineOffset);
    try {
      value = load(text, { schema: PSYCH_SCHEMA, json: true });
    } catch (second) {
      return { ok: false, warnings, error: asLineError(second, lineOffset) };
    }
  }
  const check = checkTree(value, maxNodes);
  if (check.tooMany) {
    return {
      ok: false,
      warnings,
      error: {
        message: `YAML expands to more than ${maxNodes} values (alias bomb?) and was refused`,
        line: lineOffset,
      },
    };
  }
  if (check.symbol !== undefined) {
    return {
      ok: false,
      warnings,
      error: {
        message: `${check.symbol} is read as a Ruby symbol, which Jekyll refuses (the whole file fails); quote it`,
        line: lineOffset + lineOfText(text, check.symbol),
      },
    };
  }
  return { ok: true, value, warnings };
}
