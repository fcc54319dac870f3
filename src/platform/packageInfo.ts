import * as fs from 'node:fs';
import * as path from 'node:path';

/** The name, version and home page of the installed package, for reports that name their tool (SARIF). */
export interface PackageInfo {
  readonly name: string;
  readonly version: string;
  readonly informationUri: string;
}

/**
 * Read from the package.json beside `dist/` (the bundle's folder), in a clone as in an installed package. The
 * home page is the manifest's `homepage`, or else the extension's Marketplace page, which every published
 * extension has.
 */
export function packageInfo(distDir: string): PackageInfo {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, '..', 'package.json'), 'utf8')) as { name?: string; version?: string; publisher?: string; homepage?: string };
  const name = manifest.name ?? 'postcraft';
  const informationUri = manifest.homepage ?? `https://marketplace.visualstudio.com/items?itemName=${encodeURIComponent(`${manifest.publisher ?? name}.${name}`)}`;
  return { name, version: manifest.version ?? '0.0.0', informationUri };
}
