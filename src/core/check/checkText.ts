import { formatProblems } from '../siteReport';
import type { CheckResult } from './checkResult';

/** `postcraft check`'s default output: `path:line: severity: message [code]` lines, then the counts. */
export function checkText(result: CheckResult): string {
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const lines = [...formatProblems(result.problems), `${result.filesChecked} files checked: ${errors} errors, ${result.problems.length - errors} warnings`];
  return `${lines.join('\n')}\n`;
}
