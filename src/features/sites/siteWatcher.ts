import * as vscode from 'vscode';
import type { Site } from './site';

/**
 * Watches a site's posts (each change a location on the site's file system, given to `onFile`) and everything that
 * makes its config (config files and folders, data files among the posts: `onConfig`, the whole site read again).
 */
export function watchSite(site: Site, onFile: (location: string) => void, onConfig: () => void): vscode.Disposable {
  const base = site.uri;
  const posts = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(base, site.generator.listing(site.loaded.config).watchGlob));
  const dataGlob = site.generator.dataFiles?.(site.loaded.config).watchGlob;
  const configGlobs = [...site.generator.configFiles, ...(site.generator.configFolders ?? []).map((f) => `${f}/**`), ...(dataGlob === undefined || dataGlob === '' ? [] : [dataGlob])];
  const config = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(base, `{${configGlobs.join(',')}}`));
  const file = (uri: vscode.Uri): void => {
    const location = site.files.locationOf(uri);
    if (location !== undefined) onFile(location);
  };
  return vscode.Disposable.from(
    posts, config,
    posts.onDidCreate(file), posts.onDidChange(file), posts.onDidDelete(file),
    config.onDidCreate(onConfig), config.onDidChange(onConfig), config.onDidDelete(onConfig),
  );
}
