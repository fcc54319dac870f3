import * as vscode from 'vscode';
import { classifyPlainScalar } from '../../core/psychScalar';
import { timestampLike } from '../../core/edits/postDates';
import { unpublishPath } from '../../core/edits/postMoves';
import { reason } from '../../core/edits/editReasons';
import type { PublishTarget } from '../../core/generators/generatorInputs';
import { assetFolderMove, type AssetFolderMove } from '../../core/edits/assetFolderMove';
import { readScalarSource, removeKey, setValue } from '../../core/edits/setValue';
import { editNames, writtenNamesFor } from '../../core/edits/taxonomyEdits';
import { addEdits, currentText, siteFile, targetUri, type SiteFile } from './documents';
import { siteUri } from '../sites/site';
import { joinLocation } from '../../core/locations';
import { pickNames, siteNames } from './namePick';
import { siteListHabits } from './siteHabits';
import type { TaxonomyKind } from '../../core/edits/listEdits';
import type { EditResult } from '../../core/edits/textEdit';
import type { SiteRegistry } from '../sites/siteRegistry';
import { localReason } from './reasonL10n';
import { withExistence } from './siteExistence';
import { dialectOf, isPostPath, kindKey, siteSpec } from './postEditing';

export function postOf(registry: SiteRegistry, arg: unknown): SiteFile | undefined {
  const file = siteFile(registry, targetUri(arg, registry.list()));
  if (file === undefined || !isPostPath(file.site, file.rel)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a post or draft of a Jekyll, Hugo, Hexo, Eleventy, Astro or Docusaurus site first.'));
    return undefined;
  }
  return file;
}

/** The post's asset folder (Hexo's `post_asset_folder`), which moves with it when it moves to `to`. */
async function assetsOf(file: SiteFile, to: string): Promise<AssetFolderMove> {
  const { generator, loaded } = file.site;
  const folderOf = generator.assetFolder === undefined ? undefined : (post: string): string | undefined => generator.assetFolder?.(post, loaded.config);
  const source = folderOf?.(file.rel);
  const sourceIsFolder = source !== undefined && (await file.site.files.fs.stat(joinLocation(file.site.root, source)))?.kind === 'directory';
  return withExistence(file.site, (exists) => assetFolderMove(folderOf, file.rel, to, (rel) => rel === source && sourceIsFolder, exists));
}

function moveAssets(edit: vscode.WorkspaceEdit, file: SiteFile, assets: AssetFolderMove): void {
  if (assets.ok && assets.move !== undefined) {
    edit.renameFile(siteUri(file.site, assets.move.from), siteUri(file.site, assets.move.to), { overwrite: false });
  }
}

async function applyTextEdit(file: SiteFile, compute: (text: string) => EditResult, message?: (reason: string) => string): Promise<boolean> {
  const current = await currentText(file.uri);
  const result = compute(current.text);
  if (!result.ok) {
    const why = localReason(result.reason);
    void vscode.window.showWarningMessage(message?.(why) ?? vscode.l10n.t('The front matter was not changed: {0}', why));
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  addEdits(edit, current, result.edits);
  return result.edits.length === 0 || vscode.workspace.applyEdit(edit);
}

/**
 * Sets the draft flag of a generator that marks drafts in the file (no move), and saves the post so that the
 * site's trees follow at once, as they do after a move. One undo takes the flag back.
 */
async function setDraftFlag(file: SiteFile, draftKey: string, draft: boolean): Promise<vscode.Uri | undefined> {
  const dialect = dialectOf(file.site);
  const done = await applyTextEdit(
    file,
    (text) => setValue(text, draftKey, draft, dialect),
    (why) => (draft ? vscode.l10n.t('The post was not made a draft: {0}', why) : vscode.l10n.t('The draft was not published: {0}', why)),
  );
  if (!done) {
    return undefined;
  }
  await (await vscode.workspace.openTextDocument(file.uri)).save();
  return file.uri;
}

/**
 * Publishes a draft: with a draft flag, `draft = false` in place; else the move and the date of the generator's
 * draft folder rule (Generator.publishDraft: out of the draft folder into the posts, dated now), in one undoable edit.
 */
export async function publishDraft(registry: SiteRegistry, arg: unknown): Promise<vscode.Uri | undefined> {
  const file = postOf(registry, arg);
  if (file === undefined) {
    return undefined;
  }
  const { draftKey, noDrafts } = dialectOf(file.site);
  if (noDrafts !== undefined) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The draft was not published: {0}', localReason(noDrafts)));
    return undefined;
  }
  if (draftKey !== undefined) {
    return setDraftFlag(file, draftKey, false);
  }
  const now = Date.now();
  const current = await currentText(file.uri);
  const { generator, loaded } = file.site;
  // The generator's rule says where the draft goes and what date it gets.
  const frontMatter = generator.readPost(current.text, loaded.config, { countWords: false, excerpt: false }).frontMatter ?? {};
  const target: PublishTarget = await withExistence(file.site, (exists) =>
    generator.publishDraft?.({ path: file.rel, frontMatter, config: loaded.config, nowMs: now, zone: loaded.zone, exists }) ?? { ok: false, reason: reason('notADraft') });
  const date = target.ok ? target.date : undefined;
  const dated: EditResult = date === undefined ? { ok: true, edits: [] } : setValue(current.text, 'date', { timestamp: date }, dialectOf(file.site));
  const assets = target.ok ? await assetsOf(file, target.path) : undefined;
  if (!target.ok || !dated.ok || assets?.ok !== true) {
    const why = !target.ok ? target.reason : !dated.ok ? dated.reason : assets?.ok === false ? assets.reason : undefined;
    void vscode.window.showWarningMessage(vscode.l10n.t('The draft was not published: {0}', why === undefined ? '' : localReason(why)));
    return undefined;
  }
  const newUri = siteUri(file.site, target.path);
  const edit = new vscode.WorkspaceEdit();
  // The date goes into the draft's buffer, which the rename then carries (unsaved changes included) to the new name.
  addEdits(edit, current, dated.edits);
  edit.renameFile(file.uri, newUri, { overwrite: false });
  // Its asset folder goes with it, as `hexo publish` moves it, in the same undoable edit.
  moveAssets(edit, file, assets);
  if (!(await vscode.workspace.applyEdit(edit))) {
    return undefined;
  }
  // The move is on disk at once; save the new date with it so the post is never half published.
  await (await vscode.workspace.openTextDocument(newUri)).save();
  return newUri;
}

/**
 * With a draft flag, `draft = true` in place; else back to the draft folder (postMoves.unpublishPath), the front
 * matter as it is, with the post's asset folder where the generator keeps one.
 */
export async function unpublishPost(registry: SiteRegistry, arg: unknown): Promise<vscode.Uri | undefined> {
  const file = postOf(registry, arg);
  const dialect = file === undefined ? undefined : dialectOf(file.site);
  if (dialect?.noDrafts !== undefined) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The post was not made a draft: {0}', localReason(dialect.noDrafts)));
    return undefined;
  }
  const draftKey = dialect?.draftKey;
  if (file !== undefined && draftKey !== undefined) {
    return setDraftFlag(file, draftKey, true);
  }
  const target = file === undefined ? undefined : await withExistence(file.site, (exists) => unpublishPath(file.rel, exists));
  if (file === undefined || target === undefined) {
    return undefined;
  }
  const assets = target.ok ? await assetsOf(file, target.path) : undefined;
  if (!target.ok || assets?.ok !== true) {
    const why = !target.ok ? target.reason : assets?.ok === false ? assets.reason : undefined;
    void vscode.window.showWarningMessage(vscode.l10n.t('The post was not moved: {0}', why === undefined ? '' : localReason(why)));
    return undefined;
  }
  const newUri = siteUri(file.site, target.path);
  const edit = new vscode.WorkspaceEdit();
  edit.renameFile(file.uri, newUri, { overwrite: false });
  moveAssets(edit, file, assets);
  return (await vscode.workspace.applyEdit(edit)) ? newUri : undefined;
}

/**
 * `published: false` on, or off (the line removed); with a draft flag, the flag toggled instead. Returns the new
 * state (true = published).
 */
export async function togglePublished(registry: SiteRegistry, arg: unknown): Promise<boolean | undefined> {
  const file = postOf(registry, arg);
  if (file === undefined) {
    return undefined;
  }
  const { draftKey, noDrafts } = dialectOf(file.site);
  if (noDrafts !== undefined) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The post was not made a draft: {0}', localReason(noDrafts)));
    return undefined;
  }
  if (draftKey !== undefined) {
    const wasDraft = file.site.model.get(file.rel)?.isDraft ?? false;
    return (await setDraftFlag(file, draftKey, !wasDraft)) === undefined ? undefined : wasDraft;
  }
  let published = true;
  const dialect = dialectOf(file.site);
  const done = await applyTextEdit(file, (text) => {
    const source = readScalarSource(text, 'published', dialect);
    const scalar = source === undefined ? undefined : classifyPlainScalar(source);
    const unpublished = scalar?.type === 'bool' && !scalar.value;
    published = unpublished;
    return unpublished ? removeKey(text, 'published', dialect) : setValue(text, 'published', false, dialect);
  });
  return done ? published : undefined;
}

/** The last-modified edit for now (`last_modified_at`, or the generator's key), in the format the file already uses. */
export function lastModifiedEdit(text: string, file: SiteFile, nowMs: number): EditResult {
  const dialect = dialectOf(file.site);
  const key = dialect.lastModifiedKey;
  const existing = readScalarSource(text, key, dialect);
  const zone = file.site.loaded.zone;
  return setValue(text, key, { timestamp: dialect.lastModifiedStamp?.(nowMs, zone) ?? timestampLike(existing, nowMs, zone) }, dialect);
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
  const spec = siteSpec(file.site, kindKey(taxonomy));
  const dialect = dialectOf(file.site);
  const written = writtenNamesFor(current.text, spec, dialect);
  if (!Array.isArray(written)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The front matter was not changed: {0}', localReason(written.reason)));
    return false;
  }
  const kind = taxonomy === 'tag' ? vscode.l10n.t('tag') : vscode.l10n.t('category');
  const names = arg?.names ?? (await pickNames({
    title: add ? vscode.l10n.t('Add {0} names to this post', kind) : vscode.l10n.t('Remove {0} names from this post', kind),
    placeholder: vscode.l10n.t('Type to filter or add a name; tick with Space or a click, Enter to finish'),
    names: add ? siteNames(file.site, taxonomy).filter((n) => !written.includes(n.name)) : written.map((name) => ({ name, count: 1 })).map((n) => ({ ...n, count: siteNames(file.site, taxonomy).find((s) => s.name === n.name)?.count ?? 0 })),
    many: true, allowNew: add,
  }));
  if (names === undefined || names.length === 0) {
    return false;
  }
  const habits = add && written.length === 0 ? await siteListHabits(file.site) : undefined;
  return applyTextEdit(file, (text) => editNames(text, spec, add ? { kind: 'add', names, ...(habits === undefined ? {} : { habits }) } : { kind: 'remove', names }, dialect));
}
