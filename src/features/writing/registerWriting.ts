import * as vscode from 'vscode';
import { commandIds } from '../commands/commandIds';
import { siteFile, toRange } from './documents';
import { registerImageDrop } from './imageDrop';
import { insertImage, insertPostLink, type InsertArgs } from './insertCommands';
import { runNewPost, type NewPostArgs } from './newPostCommand';
import { editPostNames, lastModifiedEdit, publishDraft, togglePublished, unpublishPost, updateLastModified, type PostNamesArgs } from './postCommands';
import { renamePostToTitle } from './renamePostCommand';
import { runRefactor, runTermRefactor, type RefactorArgs } from './taxonomyRefactor';
import type { SiteRegistry } from '../sites/siteRegistry';
import { dialectOf, isPostPath } from './postEditing';

export interface WritingDeps {
  readonly registry: SiteRegistry;
}

/** `last_modified_at` on save, behind `postcraft.lastModified.updateOnSave` (off by default). */
function updateOnSave(registry: SiteRegistry): vscode.Disposable {
  return vscode.workspace.onWillSaveTextDocument((event) => {
    const document = event.document;
    if (!document.isDirty || !vscode.workspace.getConfiguration('postcraft', document.uri).get<boolean>('lastModified.updateOnSave', false)) {
      return;
    }
    const file = siteFile(registry, document.uri);
    if (file === undefined || !isPostPath(file.site, file.rel)) {
      return;
    }
    const text = document.getText();
    const result = lastModifiedEdit(text, file, Date.now());
    if (result.ok) {
      const current = { uri: document.uri, text, document };
      event.waitUntil(Promise.resolve(result.edits.map((e) => vscode.TextEdit.replace(toRange(current, e), e.newText))));
    }
  });
}

/**
 * Context keys for the menus: whether the active editor shows a post of a site (`postcraft.activePost`), and
 * whether its generator publishes by a draft flag rather than by folder (`postcraft.activePostHasDraftFlag`).
 */
function activePostContext(registry: SiteRegistry): vscode.Disposable {
  const update = (): void => {
    const file = siteFile(registry, vscode.window.activeTextEditor?.document.uri);
    const post = file !== undefined && isPostPath(file.site, file.rel);
    void vscode.commands.executeCommand('setContext', 'postcraft.activePost', post);
    void vscode.commands.executeCommand('setContext', 'postcraft.activePostHasDraftFlag', post && dialectOf(file.site).draftKey !== undefined);
  };
  update();
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor(update),
    registry.onDidChangeSites(update),
    registry.onDidChangeSite(update),
  );
}

/** The writing commands: create, publish and refactor posts, every change through a WorkspaceEdit. */
export function registerWritingCommands(deps: WritingDeps): vscode.Disposable {
  const { registry } = deps;
  return vscode.Disposable.from(
    vscode.commands.registerCommand(commandIds.renameTag, (arg?: RefactorArgs) => runRefactor(registry, 'tag', 'rename', arg)),
    vscode.commands.registerCommand(commandIds.mergeTags, (arg?: RefactorArgs) => runRefactor(registry, 'tag', 'merge', arg)),
    vscode.commands.registerCommand(commandIds.deleteTag, (arg?: RefactorArgs) => runRefactor(registry, 'tag', 'delete', arg)),
    vscode.commands.registerCommand(commandIds.renameCategory, (arg?: RefactorArgs) => runRefactor(registry, 'category', 'rename', arg)),
    vscode.commands.registerCommand(commandIds.mergeCategories, (arg?: RefactorArgs) => runRefactor(registry, 'category', 'merge', arg)),
    vscode.commands.registerCommand(commandIds.deleteCategory, (arg?: RefactorArgs) => runRefactor(registry, 'category', 'delete', arg)),
    vscode.commands.registerCommand(commandIds.renameTerm, (arg?: RefactorArgs) => runTermRefactor(registry, 'rename', arg)),
    vscode.commands.registerCommand(commandIds.mergeTerms, (arg?: RefactorArgs) => runTermRefactor(registry, 'merge', arg)),
    vscode.commands.registerCommand(commandIds.deleteTerm, (arg?: RefactorArgs) => runTermRefactor(registry, 'delete', arg)),
    vscode.commands.registerCommand(commandIds.newPost, (arg?: NewPostArgs) => runNewPost(registry, false, arg)),
    vscode.commands.registerCommand(commandIds.newDraft, (arg?: NewPostArgs) => runNewPost(registry, true, arg)),
    vscode.commands.registerCommand(commandIds.publishDraft, (arg?: unknown) => publishDraft(registry, arg)),
    vscode.commands.registerCommand(commandIds.unpublishPost, (arg?: unknown) => unpublishPost(registry, arg)),
    vscode.commands.registerCommand(commandIds.togglePublished, (arg?: unknown) => togglePublished(registry, arg)),
    vscode.commands.registerCommand(commandIds.updateLastModified, (arg?: unknown) => updateLastModified(registry, arg)),
    vscode.commands.registerCommand(commandIds.renamePostToTitle, (arg?: unknown) => renamePostToTitle(registry, arg)),
    vscode.commands.registerCommand(commandIds.addTags, (arg?: PostNamesArgs) => editPostNames(registry, 'tag', true, arg)),
    vscode.commands.registerCommand(commandIds.removeTags, (arg?: PostNamesArgs) => editPostNames(registry, 'tag', false, arg)),
    vscode.commands.registerCommand(commandIds.addCategories, (arg?: PostNamesArgs) => editPostNames(registry, 'category', true, arg)),
    vscode.commands.registerCommand(commandIds.removeCategories, (arg?: PostNamesArgs) => editPostNames(registry, 'category', false, arg)),
    vscode.commands.registerCommand(commandIds.insertPostLink, (arg?: InsertArgs) => insertPostLink(registry, arg)),
    vscode.commands.registerCommand(commandIds.insertImage, (arg?: InsertArgs) => insertImage(registry, arg)),
    registerImageDrop(registry),
    updateOnSave(registry),
    activePostContext(registry),
  );
}
