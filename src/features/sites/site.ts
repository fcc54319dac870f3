import * as path from 'node:path';
import type * as vscode from 'vscode';
import type { SiteModel } from '../../core/siteModel';
import type { Generator } from '../../core/generators/generator';
import type { LoadedConfig } from '../../platform/siteConfigFile';

/** One site of the workspace, with its generator and live model. */
export interface Site {
  /** Absolute folder path of the site. */
  readonly root: string;
  readonly folder: vscode.WorkspaceFolder;
  /** Display name: the workspace folder's name, plus the sub-folder when the site sits in one. */
  readonly label: string;
  readonly generator: Generator;
  readonly model: SiteModel;
  readonly loaded: LoadedConfig;
}

/** Site-relative path with `/` separators, or undefined when `file` is outside the site. */
export function sitePath(site: Pick<Site, 'root'>, file: string): string | undefined {
  const relative = path.relative(site.root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    return undefined;
  }
  return relative.split(path.sep).join('/');
}

export function siteLabel(folder: vscode.WorkspaceFolder, root: string): string {
  const relative = path.relative(folder.uri.fsPath, root);
  return relative === '' ? folder.name : `${folder.name}/${relative.split(path.sep).join('/')}`;
}
