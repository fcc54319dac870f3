import * as vscode from 'vscode';
import { positionAt, type TextEdit } from '../../core/edits/textEdit';
import { mapConcurrently } from '../../platform/mapConcurrently';
import type { FolderFiles } from '../../platform/folderFiles';
import { sitePath, siteUri, type Site } from '../sites/site';
import type { SiteRegistry } from '../sites/siteRegistry';

/** A file's current text: the open document's buffer (unsaved changes included), else the file on disk (BOM dropped, as VS Code does). */
export interface CurrentText {
  readonly uri: vscode.Uri;
  readonly text: string;
  readonly document: vscode.TextDocument | undefined;
}

export async function currentText(uri: vscode.Uri): Promise<CurrentText> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (document !== undefined) {
    return { uri, text: document.getText(), document };
  }
  const bytes = await vscode.workspace.fs.readFile(uri);
  return { uri, text: new TextDecoder('utf-8').decode(bytes), document: undefined };
}

/** How the files of a workspace folder are read (the site registry knows). */
export interface TextFiles {
  filesFor(uri: vscode.Uri): FolderFiles | undefined;
}

/**
 * The current text of many files of a site at once, for a site-wide edit: open documents by their buffers, the
 * rest read through their folder's file system a few at a time (BOM dropped, as VS Code does); undefined for a
 * file that cannot be read (moved or deleted since the model saw it).
 */
export async function currentTexts(textFiles: TextFiles, uris: readonly vscode.Uri[]): Promise<(CurrentText | undefined)[]> {
  const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  const documents = uris.map((uri) => open.get(uri.toString()));
  const unopened = uris.filter((_, i) => documents[i] === undefined);
  const read = await mapConcurrently(unopened, 16, async (uri) => {
    const files = textFiles.filesFor(uri);
    const location = files?.locationOf(uri);
    const result = location === undefined ? undefined : await files?.fs.readText(location);
    return result?.ok === true ? result.text.replace(/^\uFEFF/, '') : undefined;
  });
  let next = 0;
  return uris.map((uri, i): CurrentText | undefined => {
    const document = documents[i];
    if (document !== undefined) {
      return { uri, text: document.getText(), document };
    }
    const text = read[next++];
    return text === undefined ? undefined : { uri, text, document: undefined };
  });
}

export function toRange(current: CurrentText, edit: TextEdit): vscode.Range {
  const at = (offset: number): vscode.Position => {
    if (current.document !== undefined) {
      return current.document.positionAt(offset);
    }
    const p = positionAt(current.text, offset);
    return new vscode.Position(p.line, p.character);
  };
  return new vscode.Range(at(edit.start), at(edit.end));
}

/** Adds core edits of one file to a WorkspaceEdit. */
export function addEdits(workspaceEdit: vscode.WorkspaceEdit, current: CurrentText, edits: readonly TextEdit[], metadata?: vscode.WorkspaceEditEntryMetadata): void {
  for (const edit of edits) {
    workspaceEdit.replace(current.uri, toRange(current, edit), edit.newText, metadata);
  }
}

/** A post-like argument from a tree node (`{ root, path }` of one of `sites`), a Uri, or the active editor. */
export function targetUri(arg: unknown, sites: readonly Site[]): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) {
    return arg;
  }
  const node = arg as { readonly root?: unknown; readonly path?: unknown } | undefined;
  if (typeof node?.root === 'string' && typeof node.path === 'string') {
    const site = sites.find((s) => s.root === node.root);
    return site === undefined ? undefined : siteUri(site, node.path);
  }
  return vscode.window.activeTextEditor?.document.uri;
}

export interface SiteFile {
  readonly site: Site;
  readonly uri: vscode.Uri;
  readonly rel: string;
}

export function siteFile(registry: SiteRegistry, uri: vscode.Uri | undefined): SiteFile | undefined {
  const site = uri === undefined ? undefined : registry.siteFor(uri);
  const rel = site === undefined || uri === undefined ? undefined : sitePath(site, uri);
  return site === undefined || rel === undefined || uri === undefined ? undefined : { site, uri, rel };
}

/** The site to work on: the one named by `root`, the active editor's, the only one, or one the user picks. */
export async function chooseSite(registry: SiteRegistry, root?: string): Promise<Site | undefined> {
  await registry.ready;
  const sites = registry.list();
  const named = root === undefined ? undefined : sites.find((s) => s.root === root);
  if (named !== undefined) {
    return named;
  }
  const active = vscode.window.activeTextEditor?.document.uri;
  const fromEditor = active === undefined ? undefined : registry.siteFor(active);
  if (fromEditor !== undefined || sites.length <= 1) {
    return fromEditor ?? sites[0];
  }
  const picked = await vscode.window.showQuickPick(sites.map((s) => ({ label: s.label, description: s.root, site: s })), { placeHolder: vscode.l10n.t('Which site?') });
  return picked?.site;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Writes a new post to disk, then opens it with the cursor at offset `cursor` of its text. The file exists before
 * its editor does, so making it is not a step of the editor's undo stack: a first Ctrl+Z in the new post leaves the
 * file and its first contents alone (a WorkspaceEdit that creates the file would delete it again). Never
 * overwrites: says why and returns false when the file exists or cannot be written.
 */
export async function createAndOpenPost(uri: vscode.Uri, text: string, cursor: number, shownPath: string): Promise<boolean> {
  const exists = await vscode.workspace.fs.stat(uri).then(() => true, () => false);
  try {
    if (exists) throw new Error(vscode.l10n.t('the file exists'));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  } catch (error) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The post was not created: {0}', `${shownPath} (${errorMessage(error)})`));
    return false;
  }
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  const position = document.positionAt(cursor);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position));
  return true;
}
