/**
 * The last line a suite prints inside the extension host (Node's or the browser's) when code-server runs it; the
 * harness reads the counts, and the titles of the failed tests, from it (test/harness/hostSuite.ts). The titles
 * travel to the end of the run's output, where CI's tail shows them, instead of only in the middle of a long log.
 */
export const resultMarker = 'POSTCRAFT_HOST_RESULT';

/** What a run reports: its counts, and a line per failed test (its full title and the first line of its error). */
export interface SuiteCounts {
  readonly passed: number;
  readonly failed: number;
  readonly failures: readonly string[];
}

/** One failed test as a single line. */
export function failureLine(fullTitle: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `${fullTitle.slice(0, 300)}: ${message.split('\n', 1)[0]?.slice(0, 300) ?? ''}`;
}

/**
 * At most this many failures travel on the line: with titles and messages of up to 300 characters each, it stays
 * far below the size past which the host drops a console message (about 100 KB), which would lose the counts too.
 */
export const MAX_LISTED_FAILURES = 50;

/** The line for `counts`; past MAX_LISTED_FAILURES, the last entry says how many more failed. */
export function resultLine(counts: SuiteCounts): string {
  const { failures } = counts;
  const listed = failures.length <= MAX_LISTED_FAILURES ? failures : [...failures.slice(0, MAX_LISTED_FAILURES), `… and ${failures.length - MAX_LISTED_FAILURES} more`];
  return `${resultMarker} ${JSON.stringify({ passed: counts.passed, failed: counts.failed, failures: listed })}`;
}

/** The counts of the result line in `output`; none when the suite never printed one. */
export function readResultLine(output: string): SuiteCounts {
  const match = new RegExp(`${resultMarker} (\\{.*\\})`).exec(output);
  if (match?.[1] === undefined) return { passed: 0, failed: 0, failures: [] };
  const parsed = JSON.parse(match[1]) as { passed?: unknown; failed?: unknown; failures?: unknown };
  const failures = Array.isArray(parsed.failures) ? parsed.failures.filter((f): f is string => typeof f === 'string') : [];
  return { passed: Number(parsed.passed) || 0, failed: Number(parsed.failed) || 0, failures };
}
