import type { Severity } from '../problem';
import { ruleDescription } from './ruleDescriptions';
import { oneBased, sortedProblems, type CheckPlace, type CheckResult } from './checkResult';

/** The tool that made the log, as SARIF's `tool.driver` names it. */
export interface SarifTool {
  readonly name: string;
  readonly version: string;
  readonly informationUri: string;
}

const levels: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note' };

/** The SARIF base id of paths relative to the checked-out source (GitHub code scanning resolves it to the repository). */
export const SRCROOT = '%SRCROOT%';

/** A relative path as a URI reference: each segment percent-encoded, as SARIF wants of IRIs (§3.10.4). */
export function pathUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * `postcraft check --format sarif`: a SARIF 2.1.0 log with one run, a rule per problem code and a result per
 * problem, located relative to `%SRCROOT%` (the folder the check ran in, a repository's root in CI).
 */
export function sarifLog(result: CheckResult, place: CheckPlace, tool: SarifTool): object {
  const problems = sortedProblems(result.problems);
  const codes = [...new Set(problems.map((p) => p.code))].sort();
  const ruleIndex = new Map(codes.map((code, i) => [code, i]));
  return {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            informationUri: tool.informationUri,
            rules: codes.map((code) => ({ id: code, shortDescription: { text: ruleDescription(code) } })),
          },
        },
        // Columns are counted as JavaScript (and VS Code) count them; SARIF wants the unit said (§3.14.27).
        columnKind: 'utf16CodeUnits',
        results: problems.map((p) => {
          const { line, column } = oneBased(p);
          return {
            ruleId: p.code,
            ruleIndex: ruleIndex.get(p.code),
            level: levels[p.severity],
            message: { text: p.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: pathUri(place.pathPrefix + p.path), uriBaseId: SRCROOT },
                  region: { startLine: line, startColumn: column },
                },
              },
            ],
          };
        }),
        properties: { generator: result.generator, filesChecked: result.filesChecked },
      },
    ],
  };
}
