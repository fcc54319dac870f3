import type * as vscode from 'vscode';
import { joinLocation, relativeLocation } from '../../core/locations';
import type { SiteModel } from '../../core/siteModel';
import type { ModelChange } from '../../core/siteSnapshot';
import type { Generator } from '../../core/generators/generator';
import type { FolderFiles } from '../../platform/folderFiles';
import type { LoadedConfig } from '../../platform/siteConfigFile';

/** One site of the workspace, with its generator and live model. */
export interface Site {
  /** The site folder's location on its file system (see core/locations.ts; a path on the desktop). */
  readonly root: string;
  /** The site folder. */
  readonly uri: vscode.Uri;
  /** Its workspace folder's files. */
  readonly files: FolderFiles;
  readonly folder: vscode.WorkspaceFolder;
  /** Display name: the workspace folder's name, plus the sub-folder when the site sits in one. */
  readonly label: string;
  readonly generator: Generator;
  readonly model: SiteModel;
  readonly loaded: LoadedConfig;
}

/** A change to one site: precise when files changed, `reset` when the whole site was read again. */
export type SiteChange = { readonly site: Site; readonly kind: 'files'; readonly change: ModelChange } | { readonly site: Site; readonly kind: 'reset' };

/** Site-relative path of `uri` with `/` separators, or undefined when it is outside the site. */
export function sitePath(site: Pick<Site, 'root' | 'files'>, uri: vscode.Uri): string | undefined {
  const location = site.files.locationOf(uri);
  return location === undefined ? undefined : relativeLocation(site.root, location);
}

/** The URI of a site-relative path. */
export function siteUri(site: Pick<Site, 'root' | 'files'>, rel: string): vscode.Uri {
  return site.files.uriOf(joinLocation(site.root, rel));
}

export function siteLabel(folder: vscode.WorkspaceFolder, folderLocation: string, root: string): string {
  const relative = relativeLocation(folderLocation, root);
  return relative === undefined ? folder.name : `${folder.name}/${relative}`;
}

/** The site's main config file: the one read, else the first the generator names (where `defaults:` and the like live). */
export function configFileName(site: Pick<Site, 'generator' | 'loaded'>): string {
  return site.loaded.file ?? site.generator.configFiles[0] ?? '';
}
