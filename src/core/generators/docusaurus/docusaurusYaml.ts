/**
 * YAML as Docusaurus 3.10.2 reads it: js-yaml 4 `load` with its default schema (YAML 1.2 core: `yes` is a
 * string, `010` is 10, an unquoted `2024-01-02` is a Date), for front matter (@11ty/gray-matter 1) and for
 * `tags.yml` / `authors.yml` alike. A duplicate key is an error, as it is to Docusaurus.
 */
import { load, YAMLException } from 'js-yaml';
import { MAX_YAML_CHARS, MAX_YAML_NODES, type YamlResult } from '../../yaml11';

/** Whether a loaded value holds more than `max` values (aliases count each time they are used). */
function tooLarge(value: unknown, max: number): boolean {
  const stack: unknown[] = [value];
  let count = 0;
  while (stack.length > 0) {
    const v = stack.pop();
    if (++count > max) return true;
    if (Array.isArray(v)) stack.push(...(v as unknown[]));
    else if (typeof v === 'object' && v !== null && !(v instanceof Date)) stack.push(...(Object.values(v) as unknown[]));
  }
  return false;
}

/** Loads `text`; `lineOffset` is the file line of its first line. Never throws. */
export function loadDocusaurusYaml(text: string, lineOffset: number): YamlResult {
  if (text.length > MAX_YAML_CHARS) {
    return { ok: false, warnings: [], error: { message: `YAML is larger than ${Math.round(MAX_YAML_CHARS / 1024)} KB and was not read`, line: lineOffset } };
  }
  let value: unknown;
  try {
    value = load(text);
  } catch (e) {
    if (e instanceof YAMLException) {
      return { ok: false, warnings: [], error: { message: e.reason || e.message, line: lineOffset + Math.max(0, e.mark.line), column: Math.max(0, e.mark.column) } };
    }
    return { ok: false, warnings: [], error: { message: e instanceof Error ? e.message : String(e), line: lineOffset } };
  }
  if (tooLarge(value, MAX_YAML_NODES)) {
    return { ok: false, warnings: [], error: { message: `YAML expands to more than ${MAX_YAML_NODES} values (alias bomb?) and was refused`, line: lineOffset } };
  }
  return { ok: true, value, warnings: [] };
}
