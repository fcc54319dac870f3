/**
 * YAML as Eleventy 3.1.8 reads front matter: js-yaml 4 `load` with its default schema (UserConfig.js
 * frontMatterParsingOptions): YAML 1.2 scalars (`yes` is a string, `010` is 10), timestamps as UTC Dates (a time
 * without seconds stays a string), and a duplicate key an error that stops the build. With a size and node limit.
 */
import { load, YAMLException } from 'js-yaml';
import { MAX_YAML_CHARS, MAX_YAML_NODES, type YamlResult } from '../../yaml11';

function tooManyNodes(value: unknown, max: number): boolean {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (++count > max) return true;
    if (Array.isArray(v)) stack.push(...(v as unknown[]));
    else if (typeof v === 'object' && v !== null && !(v instanceof Date)) stack.push(...Object.values(v as Record<string, unknown>));
  }
  return false;
}

/** Loads `text` (whose first line is file line `lineOffset`). Never throws. */
export function loadEleventyYaml(text: string, lineOffset: number): YamlResult {
  if (text.length > MAX_YAML_CHARS) {
    return { ok: false, warnings: [], error: { message: `YAML is larger than ${Math.round(MAX_YAML_CHARS / 1024)} KB and was not read`, line: lineOffset } };
  }
  try {
    const value = load(text);
    if (tooManyNodes(value, MAX_YAML_NODES)) {
      return { ok: false, warnings: [], error: { message: `YAML expands to more than ${MAX_YAML_NODES} values (alias bomb?) and was refused`, line: lineOffset } };
    }
    return { ok: true, value, warnings: [] };
  } catch (e) {
    if (e instanceof YAMLException) {
      const reason = e.reason.startsWith('duplicated mapping key') ? `${e.reason}: Eleventy stops the build` : e.reason;
      return { ok: false, warnings: [], error: { message: reason, line: e.mark.line + lineOffset, column: e.mark.column } };
    }
    return { ok: false, warnings: [], error: { message: e instanceof Error ? e.message : String(e), line: lineOffset } };
  }
}
