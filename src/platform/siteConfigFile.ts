import { joinLocation } from '../core/locations';
import { readEntries, type DirectoryEntry, type FileSystem } from './fileSystem';
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

/**
 * Reads the config files the generator names (those that exist) and parses them. Never throws. `pause` comes
 * before the parse and the time zone: the first zone of a process loads the zone data, a slice of its own.
 */
export async function loadSiteConfig(fs: FileSystem, siteRoot: string, generator: Generator, pause?: () => Promise<void>): Promise<LoadedConfig> {
  const files: ConfigText[] = [];
  const problems: (Problem & { file: string })[] = [];
  /** Reads one file into `files`; a missing one is an error only when `mustExist` (it was listed). */
  const read = async (name: string, mustExist: boolean): Promise<void> => {
    const result = await fs.readText(joinLocation(siteRoot, name));
    if (result.ok) {
      files.push({ file: name, text: result.text });
    } else if (mustExist || !result.missing) {
      problems.push({ severity: 'error', code: 'config.unreadable', message: `${name} cannot be read (${result.reason})`, line: 0, file: name });
    }
  };
  for (const name of generator.configFiles) await read(name, false);
  for (const folder of generator.configFolders ?? []) {
    for (const name of await configFilesBelow(fs, siteRoot, folder)) await read(name, true);
  }
  const dataListing = generator.dataFiles?.(generator.readConfig(files).config);
  // Files the config names are read where they exist; the rest are found by a walk.
  for (const name of (dataListing?.files ?? []).filter((n) => !files.some((f) => f.file === n))) await read(name, false);
  for (const name of dataListing === undefined ? [] : await dataFilesBelow(fs, siteRoot, dataListing)) await read(name, true);
  await pause?.();
  return configFromTexts(generator, files, problems);
}

/** A folder's entries sorted by name; [] when it cannot be read. */
async function sortedEntries(fs: FileSystem, location: string): Promise<DirectoryEntry[]> {
  const entries = (await readEntries(fs, location)) ?? [];
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The data files a generator reads among its posts (sorted, at most 12 levels deep and 1000 files). */
async function dataFilesBelow(fs: FileSystem, siteRoot: string, listing: DataFileListing): Promise<string[]> {
  const found: string[] = [];
  const visit = async (rel: string, depth: number): Promise<void> => {
    for (const entry of await sortedEntries(fs, joinLocation(siteRoot, rel))) {
      if (listing.skipsName(entry.name)) continue;
      const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.kind === 'directory' && depth < 12) await visit(child, depth + 1);
      else if (entry.kind === 'file' && listing.takes(child) && found.length < 1000) found.push(child);
    }
  };
  for (const root of listing.roots) await visit(root, 0);
  return found;
}

/** The YAML, TOML and JSON files below a site-relative folder (sorted, at most a few levels and 200 files). */
async function configFilesBelow(fs: FileSystem, siteRoot: string, folder: string): Promise<string[]> {
  const found: string[] = [];
  const visit = async (rel: string, depth: number): Promise<void> => {
    for (const entry of await sortedEntries(fs, joinLocation(siteRoot, rel))) {
      const child = `${rel}/${entry.name}`;
      if (entry.kind === 'directory' && depth < 4) await visit(child, depth + 1);
      else if (entry.kind === 'file' && /\.(?:toml|ya?ml|json)$/i.test(entry.name) && found.length < 200) found.push(child);
    }
  };
  await visit(folder, 0);
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

