import type { Severity } from '../problem';
import { oneBased, sortedProblems, type CheckPlace, type CheckResult } from './checkResult';

const commands: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };

/** A workflow command's message: `%`, CR and LF are escaped (the runner unescapes them). */
export function escapeWorkflowData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value: as data, and `:` and `,`, which end a property, too. */
export function escapeWorkflowProperty(text: string): string {
  return escapeWorkflowData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * `postcraft check --format github`: one GitHub Actions workflow command per problem
 * (`::error file=…,line=…,col=…,title=…::message`), which the runner turns into an annotation on the file's line.
 */
export function githubAnnotations(result: CheckResult, place: CheckPlace): string {
  return sortedProblems(result.problems)
    .map((p) => {
      const { line, column } = oneBased(p);
      const properties = [`file=${escapeWorkflowProperty(place.pathPrefix + p.path)}`, `line=${line}`, `col=${column}`, `title=${escapeWorkflowProperty(`Postcraft ${p.code}`)}`];
      return `::${commands[p.severity]} ${properties.join(',')}::${escapeWorkflowData(p.message)}\n`;
    })
    .join('');
}
