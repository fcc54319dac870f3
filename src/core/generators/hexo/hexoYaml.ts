/**
 * YAML as Hexo 8.1.2 reads it: js-yaml 4 `load` with its default schema (YAML 1.2 core: `yes` is a string, `010`
 * is 10, a timestamp with seconds is a Date in UTC), after tabs at line starts become two spaces each
 * (hexo-front-matter's escape). Hexo's config reader adds js-yaml-js-types (`!!js/function`…); those tags are
 * refused here, never evaluated. A duplicate key is an error, as in js-yaml. Never throws.
 */
import { load, YAMLException } from 'js-yaml';
import type { LineError } from '../../problem';

export const MAX_HEXO_YAML_CHARS = 1024 * 1024;

export type HexoYamlResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: LineError };

/** hexo-front-matter 4.2.1 `escape`: every run of tabs that starts a line (after a line break) → two spaces a tab. */
export function escapeHexoYaml(text: string): string {
  return text.replace(/\n(\t+)/g, (_m, tabs: string) => `\n${'  '.repeat(tabs.length)}`);
}

export function loadHexoYaml(text: string, lineOffset = 0): HexoYamlResult {
  if (text.length > MAX_HEXO_YAML_CHARS) {
    return { ok: false, error: { message: `YAML larger than ${MAX_HEXO_YAML_CHARS / 1024} KB was not read`, line: lineOffset } };
  }
  try {
    return { ok: true, value: load(escapeHexoYaml(text)) };
  } catch (e) {
    if (e instanceof YAMLException) {
      const line = (e.mark?.line ?? 0) + lineOffset;
      const message = e.reason || e.message;
      return { ok: false, error: e.mark === undefined ? { message, line } : { message, line, column: e.mark.column } };
    }
    return { ok: false, error: { message: e instanceof Error ? e.message : String(e), line: lineOffset } };
  }
}
