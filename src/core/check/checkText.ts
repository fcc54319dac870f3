import { formatProblems } from '../siteReport';
import { severityCounts, type CheckResult } from './checkResult';

/** `postcraft check`'s default output: `path:line: severity: message [code]` lines, then the counts of each severity. */
export function checkText(result: CheckResult): string {
  const counts = severityCounts(result.problems);
  const lines = [...formatProblems(result.problems), `${result.filesChecked} files checked: ${counts.error} errors, ${counts.warning} warnings, ${counts.info} information`];
  return `${lines.join('\n')}\n`;
}
