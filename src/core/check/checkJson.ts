import type { GeneratorId } from '../generators/detectGenerator';
import type { Severity } from '../problem';
import { oneBased, severityCounts, sortedProblems, type CheckResult } from './checkResult';

/** The version of the shape below; it changes only when a field changes meaning or goes away. */
export const CHECK_JSON_VERSION = 1;

/** One problem in `postcraft check --format json` (docs/check-output.schema.json). */
export interface CheckJsonProblem {
  /** Relative to the site's folder, with `/`. */
  readonly path: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units; 1 when the check knows only the line. */
  readonly column: number;
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
}

export interface CheckJson {
  readonly version: typeof CHECK_JSON_VERSION;
  readonly generator: GeneratorId;
  readonly problems: readonly CheckJsonProblem[];
  readonly counts: { readonly files: number; readonly errors: number; readonly warnings: number; readonly infos: number };
}

/** `postcraft check --format json`: a stable shape, documented by docs/check-output.schema.json. */
export function checkJson(result: CheckResult): CheckJson {
  const counts = severityCounts(result.problems);
  return {
    version: CHECK_JSON_VERSION,
    generator: result.generator,
    problems: sortedProblems(result.problems).map((p) => ({ path: p.path, ...oneBased(p), severity: p.severity, code: p.code, message: p.message })),
    counts: { files: result.filesChecked, errors: counts.error, warnings: counts.warning, infos: counts.info },
  };
}
