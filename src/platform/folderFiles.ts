import * as vscode from 'vscode';
import { WorkspaceFileSystem } from './workspaceFileSystem';
import type { FileSystem } from './fileSystem';

/**
 * The files of one workspace folder through the file-system port, and the mapping between the port's locations
 * and VS Code's URIs. A folder on this machine's disk (desktop) is read with Node's fs; any other (github.dev's
 * `vscode-vfs://`, a remote) through `workspace.fs`.
 */
export interface FolderFiles {
  readonly fs: FileSystem;
  /** The location of `uri`, or undefined when it is not on this folder's file system (another scheme or authority). */
  locationOf(uri: vscode.Uri): string | undefined;
  uriOf(location: string): vscode.Uri;
}

/** Files read through `workspace.fs`: locations are the paths of URIs with `base`'s scheme and authority. */
export function workspaceFolderFiles(base: vscode.Uri): FolderFiles {
  const fs = new WorkspaceFileSystem(base);
  return {
    fs,
    locationOf: (uri) => (uri.scheme === base.scheme && uri.authority === base.authority ? uri.path : undefined),
    uriOf: (location) => fs.uriOf(location),
  };
}

/** Files on this machine's disk: locations are file paths with `/` separators. */
export function diskFolderFiles(fs: FileSystem): FolderFiles {
  return {
    fs,
    locationOf: (uri) => (uri.scheme === 'file' ? uri.fsPath.replace(/\\/g, '/') : undefined),
    uriOf: (location) => vscode.Uri.file(location),
  };
}

/** How the composition root reaches a folder's files. */
export type FolderFilesOf = (folder: vscode.Uri) => FolderFiles;
