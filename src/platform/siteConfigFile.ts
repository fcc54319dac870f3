import * as fs from 'node:fs';
import * as path from 'node:path';
import { createTimeZone, type TimeZone } from '../core/timeZone';
import type { ConfigText, DataFileListing, Generator } from '../core/generators/generator';
import type { Problem } from '../core/problem';
import type { SiteConfig } from '../core/siteConfig';

export interface LoadedConfig {
  readonly config: SiteConfig;
  /** Problems of the config files, each with the file it is in. */
  readonly problems: readonly (Problem & { readonly file?: string })[];
  /** The main config file read, relative to the site, or undefined when the site has none. */
  readonly file: string | undefined;
  /** Every config file read, in the generator's order. */
  readonly files: readonly ConfigText[];
  readonly zone: TimeZone;
  readonly zoneProblem: Problem | undefined;
}

/** Reads the config files the generator names (those that exist) and parses them. Never throws. */
export function loadSiteConfig(siteRoot: string, generator: Generator): LoadedConfig {
  const files: ConfigText[] = [];
  const problems: (Problem & { file: string })[] = [];
  for (const name of generator.configFiles) {
    try {
      files.push({ file: name, text: fs.readFileSync(path.join(siteRoot, ...name.split('/')), 'utf8') });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        problems.push({ severity: 'error', code: 'config.unreadable', message: `${name} cannot be read (${code ?? 'error'})`, line: 0, file: name });
      }
    }
  }
  for (const folder of generator.configFolders ?? []) {
    for (const name of configFilesBelow(siteRoot, folder)) {
      try {
        files.push({ file: name, text: fs.readFileSync(path.join(siteRoot, ...name.split('/')), 'utf8') });
      } catch (error) {
        problems.push({ severity: 'error', code: 'config.unreadable', message: `${name} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, line: 0, file: name });
      }
    }
  }
  const dataListing = generator.dataFiles?.(generator.readConfig(files).config);
  // Files the config names are read where they exist; the rest are found by a walk.
  for (const name of (dataListing?.files ?? []).filter((n) => !files.some((f) => f.file === n))) {
    try {
      files.push({ file: name, text: fs.readFileSync(path.join(siteRoot, ...name.split('/')), 'utf8') });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        problems.push({ severity: 'error', code: 'config.unreadable', message: `${name} cannot be read (${code ?? 'error'})`, line: 0, file: name });
      }
    }
  }
  for (const name of dataListing === undefined ? [] : dataFilesBelow(siteRoot, dataListing)) {
    try {
      files.push({ file: name, text: fs.readFileSync(path.join(siteRoot, ...name.split('/')), 'utf8') });
    } catch (error) {
      problems.push({ severity: 'error', code: 'config.unreadable', message: `${name} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, line: 0, file: name });
    }
  }
  return configFromTexts(generator, files, problems);
}

/** The data files a generator reads among its posts (sorted, at most 12 levels deep and 1000 files). */
function dataFilesBelow(siteRoot: string, listing: DataFileListing): string[] {
  const found: string[] = [];
  const visit = (rel: string, depth: number): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(siteRoot, ...rel.split('/').filter((p) => p !== '')), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (listing.skipsName(entry.name)) continue;
      const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory() && depth < 12) visit(child, depth + 1);
      else if (entry.isFile() && listing.takes(child) && found.length < 1000) found.push(child);
    }
  };
  for (const root of listing.roots) visit(root, 0);
  return found;
}

/** The YAML, TOML and JSON files below a site-relative folder (sorted, at most a few levels and 200 files). */
function configFilesBelow(siteRoot: string, folder: string): string[] {
  const found: string[] = [];
  const visit = (rel: string, depth: number): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(siteRoot, ...rel.split('/')), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory() && depth < 4) visit(child, depth + 1);
      else if (entry.isFile() && /\.(?:toml|ya?ml|json)$/i.test(entry.name) && found.length < 200) found.push(child);
    }
  };
  visit(folder, 0);
  return found;
}

/** The loaded config of files already read (a worker is handed their texts). */
export function configFromTexts(generator: Generator, files: readonly ConfigText[], readProblems: readonly (Problem & { file: string })[] = []): LoadedConfig {
  const reading = generator.readConfig(files);
  const zone = createTimeZone(reading.config.timezone ?? (generator.defaultZone === 'UTC' ? 'UTC' : systemZone()));
  const zoneProblem: Problem | undefined = zone.ok ? undefined : { severity: 'warning', code: 'config.timezone', message: zone.message, line: 0 };
  return { config: reading.config, problems: [...readProblems, ...reading.problems], file: files[0]?.file, files, zone: zone.zone, zoneProblem };
}

/** What every summary of a site depends on besides its file: the generator, its config files and the zone. */
export function configIdentity(loaded: LoadedConfig): string {
  return [loaded.config.generator, loaded.zone.name, ...loaded.files.flatMap((f) => [f.file, f.text])].join('\0');
}

/** Jekyll uses the machine's zone when `timezone` is not set; so do we, for generators with that rule. */
function systemZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

