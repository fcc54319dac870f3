import type { GeneratorId } from '../generators/detectGenerator';
import type { Severity } from '../problem';
import type { ReportedProblem } from '../siteReport';

/** What one `postcraft check` found: the input of every output format. */
export interface CheckResult {
  readonly generator: GeneratorId;
  /** How many files of the site were read. */
  readonly filesChecked: number;
  readonly problems: readonly ReportedProblem[];
}

/** The site's folder as the reader of the output sees files: paths are prefixed with it ('' or ending in '/'). */
export interface CheckPlace {
  readonly pathPrefix: string;
}

export type SeverityCounts = Readonly<Record<Severity, number>>;

const rank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Errors first, then by file, line and column: the one order of every format. */
export function sortedProblems(problems: readonly ReportedProblem[]): ReportedProblem[] {
  return [...problems].sort(
    (a, b) =>
      rank[a.severity] - rank[b.severity] ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
      a.line - b.line ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}

export function severityCounts(problems: readonly ReportedProblem[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const p of problems) counts[p.severity] += 1;
  return counts;
}

/** 1-based line and column, as editors, GitHub and SARIF count them; a finding without a column starts the line. */
export function oneBased(problem: ReportedProblem): { readonly line: number; readonly column: number } {
  return { line: Math.max(0, problem.line) + 1, column: Math.max(0, problem.column ?? 0) + 1 };
}
