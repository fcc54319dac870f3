import { generatorName } from '../generators/generatorNames';
import { readGeneratorIds } from '../generators/generators';

export const CHECK_FORMATS = ['text', 'json', 'github', 'sarif'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** What the command line asks for; `usage` is the text to print (to stdout for help, stderr for a mistake). */
export type CliRequest =
  | { readonly kind: 'index'; readonly site: string; readonly json: boolean }
  | { readonly kind: 'check'; readonly site: string; readonly format: CheckFormat }
  | { readonly kind: 'help'; readonly usage: string }
  | { readonly kind: 'usage'; readonly message: string; readonly usage: string };

/** "Jekyll, Hugo or Docusaurus": every generator the registry reads. */
export function readGeneratorList(): string {
  const names = readGeneratorIds().map(generatorName);
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1] ?? ''}`;
}

function indexUsage(): string {
  return `usage: postcraft index <site> [--json]
  Prints every post with its URL, date, taxonomies and status, and the counts of each taxonomy, of a
  ${readGeneratorList()} site, read as its generator reads it.
  --json   one JSON document instead of a line per post
  exit codes: 0 read, 2 usage (or not a site Postcraft reads)`;
}

function checkUsage(): string {
  return `usage: postcraft check <site> [--format text|json|github|sarif]
  Reports every problem of a ${readGeneratorList()} site with its file and line.
  --format text     path:line: severity: message [code] lines, then the counts (the default)
  --format json     one JSON document: version, generator, problems (path, line, column, severity, code,
                    message) and counts; its schema is docs/check-output.schema.json
  --format github   GitHub Actions workflow commands: each problem becomes an annotation on its file and line
  --format sarif    a SARIF 2.1.0 log, for code scanning (github/codeql-action/upload-sarif)
  exit codes: 0 no errors (warnings allowed), 1 errors, 2 usage (or not a site Postcraft reads)`;
}

export function cliUsage(): string {
  return `usage:
  postcraft index <site> [--json]
      every post with its URL, date, taxonomies and status, and the counts of each taxonomy
      (a ${readGeneratorList()} site, read as its generator reads it)
  postcraft check <site> [--format text|json|github|sarif]
      every problem with file and line; exits 1 when there are errors
  postcraft <command> --help    the options of one command
  postcraft --help              this text`;
}

function isFormat(value: string): value is CheckFormat {
  return (CHECK_FORMATS as readonly string[]).includes(value);
}

/** Reads `postcraft`'s arguments (without `node` and the script): a request, help, or a usage mistake. */
export function parseCliArgs(argv: readonly string[]): CliRequest {
  const [command, ...rest] = argv;
  const wantsHelp = rest.includes('--help') || rest.includes('-h');
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    const topic = command === 'help' ? rest[0] : undefined;
    if (topic === 'index') return { kind: 'help', usage: indexUsage() };
    if (topic === 'check') return { kind: 'help', usage: checkUsage() };
    return command === undefined ? { kind: 'usage', message: 'no command', usage: cliUsage() } : { kind: 'help', usage: cliUsage() };
  }
  if (command !== 'index' && command !== 'check') return { kind: 'usage', message: `unknown command "${command}"`, usage: cliUsage() };
  const usage = command === 'index' ? indexUsage() : checkUsage();
  if (wantsHelp) return { kind: 'help', usage };
  const sites: string[] = [];
  let json = false;
  let format: CheckFormat = 'text';
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (command === 'index' && arg === '--json') {
      json = true;
    } else if (command === 'check' && (arg === '--format' || arg.startsWith('--format='))) {
      const value = arg === '--format' ? rest[++i] : arg.slice('--format='.length);
      if (value === undefined || !isFormat(value)) {
        return { kind: 'usage', message: `--format takes one of ${CHECK_FORMATS.join(', ')}${value === undefined ? '' : `, not "${value}"`}`, usage };
      }
      format = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      return { kind: 'usage', message: `unknown option "${arg}"`, usage };
    } else {
      sites.push(arg);
    }
  }
  const [site, ...extra] = sites;
  if (site === undefined) return { kind: 'usage', message: 'no site folder given', usage };
  if (extra.length > 0) return { kind: 'usage', message: `one site at a time, not also "${extra.join('", "')}"`, usage };
  return command === 'index' ? { kind: 'index', site, json } : { kind: 'check', site, format };
}
