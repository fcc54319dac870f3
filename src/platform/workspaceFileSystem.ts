import * as vscode from 'vscode';
import { headOfBytes } from './headText';
import { tooLarge, type DirectoryEntry, type EntryKind, type FileStat, type FileSystem, type TextRead } from './fileSystem';

function kindOf(type: vscode.FileType): EntryKind {
  if ((type & vscode.FileType.SymbolicLink) !== 0) return 'symlink';
  if ((type & vscode.FileType.File) !== 0) return 'file';
  if ((type & vscode.FileType.Directory) !== 0) return 'directory';
  return 'other';
}

function isMissing(error: unknown): boolean {
  return error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'EntryNotFound' || error.code === 'FileNotADirectory' || error.code === 'EntryNotADirectory');
}

function reasonOf(error: unknown): string {
  return error instanceof vscode.FileSystemError ? error.code : error instanceof Error ? error.message : String(error);
}

/**
 * The file-system port on `vscode.workspace.fs` (the web build, and any folder that is not on a local disk):
 * locations are the paths of URIs that share `base`'s scheme and authority. Every read is a request, so files
 * are read whole (no partial reads exist) and several at once.
 */
export class WorkspaceFileSystem implements FileSystem {
  readonly local = false;
  readonly readConcurrency = 16;

  constructor(private readonly base: vscode.Uri) {}

  uriOf(location: string): vscode.Uri {
    return this.base.with({ path: location });
  }

  async *readDirectory(location: string): AsyncIterable<readonly DirectoryEntry[]> {
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(this.uriOf(location));
    } catch (error) {
      throw new Error(reasonOf(error), { cause: error });
    }
    yield entries.map(([name, type]) => ({ name, kind: kindOf(type) }));
  }

  async stat(location: string): Promise<FileStat | undefined> {
    try {
      const stat = await vscode.workspace.fs.stat(this.uriOf(location));
      return { kind: kindOf(stat.type), size: stat.size, mtimeMs: stat.mtime };
    } catch {
      return undefined;
    }
  }

  async readText(location: string, maxBytes?: number): Promise<TextRead> {
    try {
      const uri = this.uriOf(location);
      if (maxBytes !== undefined && (await vscode.workspace.fs.stat(uri)).size > maxBytes) return { ok: false, missing: false, reason: tooLarge(maxBytes) };
      const bytes = await vscode.workspace.fs.readFile(uri);
      return { ok: true, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
    } catch (error) {
      return { ok: false, missing: isMissing(error), reason: reasonOf(error) };
    }
  }

  readBytes(location: string): Promise<Uint8Array | undefined> {
    return Promise.resolve(vscode.workspace.fs.readFile(this.uriOf(location))).catch(() => undefined);
  }

  async readPostHead(location: string): Promise<{ ok: true; head: ReturnType<typeof headOfBytes> } | { ok: false; reason: string }> {
    try {
      const uri = this.uriOf(location);
      const [stat, bytes] = await Promise.all([vscode.workspace.fs.stat(uri), vscode.workspace.fs.readFile(uri)]);
      if ((stat.type & vscode.FileType.File) === 0) return { ok: false, reason: 'not a regular file' };
      return { ok: true, head: headOfBytes(bytes, stat.mtime) };
    } catch (error) {
      return { ok: false, reason: reasonOf(error) };
    }
  }
}
