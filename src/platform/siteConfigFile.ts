import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseConfig, type ConfigResult } from '../core/config';
import { createTimeZone, type TimeZone } from '../core/timeZone';
import type { Problem } from '../core/problem';

/** Jekyll reads the first of these that exists. */
export const configFileNames = ['_config.yml', '_config.yaml'] as const;

export interface LoadedConfig extends ConfigResult {
  /** The file read, relative to the site, or undefined when the site has none. */
  readonly file: string | undefined;
  readonly zone: TimeZone;
  readonly zoneProblem: Problem | undefined;
  /** The file's text ('' without one), which summaries depend on. */
  readonly text: string;
}

/** Reads and parses the site's configuration; a missing or unreadable file gives Jekyll's defaults and a problem. */
export function loadSiteConfig(siteRoot: string): LoadedConfig {
  for (const name of configFileNames) {
    const file = path.join(siteRoot, name);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        continue;
      }
      const parsed = parseConfig('');
      return withZone({ ...parsed, problems: [{ severity: 'error', code: 'config.unreadable', message: `${name} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, line: 0 }] }, name, '');
    }
    return withZone(parseConfig(text), name, text);
  }
  return withZone(parseConfig(''), undefined, '');
}

function withZone(result: ConfigResult, file: string | undefined, text: string): LoadedConfig {
  const zone = createTimeZone(result.config.timezone ?? systemZone());
  const zoneProblem: Problem | undefined = zone.ok ? undefined : { severity: 'warning', code: 'config.timezone', message: zone.message, line: 0 };
  return { ...result, file, zone: zone.zone, zoneProblem, text };
}

/** Jekyll uses the machine's zone when `timezone` is not set; so do we. */
function systemZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
