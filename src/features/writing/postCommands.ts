import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { classifyPlainScalar } from '../../core/psychScalar';
import { dayInZone, jekyllTimestamp, timestampLike } from '../../core/edits/postDates';
import { publishPath, unpublishPath } from '../../core/edits/postMoves';
import { readScalarSource, removeKey, setValue } from '../../core/edits/setValue';
import { editTaxonomy, writtenNames } from '../../core/edits/taxonomyEdits';
import { addEdits, currentText, siteFile, siteUri, targetUri, type SiteFile } from './documents';
import { pickNames, siteNames } from './namePick';
import type { TaxonomyKind } from '../../core/edits/listEdits';
import type { EditResult } from '../../core/edits/textEdit';
import type { SiteRegistry } from '../sites/siteRegistry';
import { localReason } from './reasonL10n';

export function postOf(registry: SiteRegistry, arg: unknown): SiteFile | undefined {
  const file = siteFile(registry, targetUri(arg));
  if (file === undefined || !/(^|\/)_(posts|drafts)\//.test(file.rel)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a post or draft of a Jekyll or Hugo site first.'));
    return undefined;
  }
  return file;
}

export function exists(file: SiteFile): (rel: string) => boolean {
  return (rel) => fs.existsSync(path.join(file.site.root, ...rel.split('/')));
}

async function applyTextEdit(file: SiteFile, compute: (text: string) => EditResult): Promise<boolean> {
  const current = await currentText(file.uri);
  const result = compute(current.text);
  if (!result.ok) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The front matter was not changed: {0}', localReason(result.reason)));
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  addEdits(edit, current, result.edits);
  return result.edits.length === 0 || vscode.workspace.applyEdit(edit);
}

/** `_drafts/x.md` → `_posts/TODAY-x.md` with `date:` set to now, in one undoable edit. */
export async function publishDraft(registry: SiteRegistry, arg: unknown): Promise<vscode.Uri | undefined> {
  const file = postOf(registry, arg);
  if (file === undefined) {
    return undefined;
  }
  const now = Date.now();
  const target = publishPath(file.rel, dayInZone(now, file.site.loaded.zone), exists(file));
  const current = await currentText(file.uri);
  const dated = setValue(current.text, 'date', { timestamp: jekyllTimestamp(now, file.site.loaded.zone) });
  if (!target.ok || !dated.ok) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The draft was not published: {0}', target.ok ? (dated.ok ? '' : localReason(dated.reason)) : localReason(target.reason)));
    return undefined;
  }
  const newUri = siteUri(file.site, target.path);
  const edit = new vscode.WorkspaceEdit();
  // The date goes into the draft's buffer, which the rename then carries (unsaved changes included) to the new name.
  addEdits(edit, current, dated.edits);
  edit.renameFile(file.uri, newUri, { overwrite: false });
  if (!(await vscode.workspace.applyEdit(edit))) {
    return undefined;
  }
  // The move is on disk at once; save the new date with it so the post is never half published.
  await (await vscode.workspace.openTextDocument(newUri)).save();
  return newUri;
}

/** `_posts/DATE-x.md` → `_drafts/x.md`; the front matter stays as it is. */
export async function unpublishPost(registry: SiteRegistry, arg: unknown): Promise<vscode.Uri | undefined> {
  const file = postOf(registry, arg);
  const target = file === undefined ? undefined : unpublishPath(file.rel, exists(file));
  if (file === undefined || target === undefined) {
    return undefined;
  }
  if (!target.ok) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The post was not moved: {0}', localReason(target.reason)));
    return undefined;
  }
  const newUri = siteUri(file.site, target.path);
  const edit = new vscode.WorkspaceEdit();
  edit.renameFile(file.uri, newUri, { overwrite: false });
  return (await vscode.workspace.applyEdit(edit)) ? newUri : undefined;
}

/** `published: false` on, or off (the line removed). Returns the new state (true = published). */
export async function togglePublished(registry: SiteRegistry, arg: unknown): Promise<boolean | undefined> {
  const file = postOf(registry, arg);
  if (file === undefined) {
    return undefined;
  }
  let published = true;
  const done = await applyTextEdit(file, (text) => {
    const source = readScalarSource(text, 'published');
    const scalar = source === undefined ? undefined : classifyPlainScalar(source);
    const unpublished = scalar?.type === 'bool' && !scalar.value;
    published = unpublished;
    return unpublished ? removeKey(text, 'published') : setValue(text, 'published', false);
  });
  return done ? published : undefined;
}

/** The `last_modified_at` edit for now, in the format the file already uses. */
export function lastModifiedEdit(text: string, file: SiteFile, nowMs: number): EditResult {
  const existing = readScalarSource(text, 'last_modified_at');
  return setValue(text, 'last_modified_at', { timestamp: timestampLike(existing, nowMs, file.site.loaded.zone) });
}

export async function updateLastModified(registry: SiteRegistry, arg: unknown): Promise<boolean> {
  const file = postOf(registry, arg);
  return file !== undefined && applyTextEdit(file, (text) => lastModifiedEdit(text, file, Date.now()));
}

/** What tests may pass to Add/Remove Tags/Categories instead of picking. */
export interface PostNamesArgs {
  readonly uri?: vscode.Uri;
  readonly names?: readonly string[];
}

/** Adds names picked from the site's (or typed) to the post, or removes names the post writes. */
export async function editPostNames(registry: SiteRegistry, taxonomy: TaxonomyKind, add: boolean, arg: PostNamesArgs | undefined): Promise<boolean> {
  const file = postOf(registry, arg?.uri ?? arg);
  if (file === undefined) {
    return false;
  }
  const current = await currentText(file.uri);
  const written = writtenNames(current.text, taxonomy);
  if (!Array.isArray(written)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The front matter was not changed: {0}', localReason(written.reason)));
    return false;
  }
  const kind = taxonomy === 'tag' ? vscode.l10n.t('tag') : vscode.l10n.t('category');
  const names = arg?.names ?? (await pickNames({
    title: add ? vscode.l10n.t('Add {0} names to this post', kind) : vscode.l10n.t('Remove {0} names from this post', kind),
    placeholder: vscode.l10n.t('Type to filter or add, Enter to tick, Enter on an empty line to finish'),
    names: add ? siteNames(file.site, taxonomy).filter((n) => !written.includes(n.name)) : written.map((name) => ({ name, count: 1 })).map((n) => ({ ...n, count: siteNames(file.site, taxonomy).find((s) => s.name === n.name)?.count ?? 0 })),
    many: true, allowNew: add,
  }));
  if (names === undefined || names.length === 0) {
    return false;
  }
  return applyTextEdit(file, (text) => editTaxonomy(text, taxonomy, add ? { kind: 'add', names } : { kind: 'remove', names }));
}
