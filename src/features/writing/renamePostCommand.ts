import * as path from 'node:path';
import * as vscode from 'vscode';
import { jekyllOnly } from '../sites/siteSupport';
import { analyzePost } from '../../core/analyzePost';
import { isExcluded } from '../../core/postPath';
import { pathForTitle, postUrlNeedle, postUrlReferenceEdits } from '../../core/edits/renamePost';
import { filesContaining } from '../../platform/siteTextFiles';
import { addEdits, currentText, currentTexts, siteUri } from './documents';
import { sitePath, type Site } from '../sites/site';
import { exists, postOf } from './postCommands';
import type { SiteRegistry } from '../sites/siteRegistry';
import { localReason } from './reasonL10n';

/**
 * `Postcraft: Rename Post to Match Title`: the file takes the name its title gives (date kept), and every
 * `{% post_url %}` naming it across the site follows, in one undoable edit (open editors through their buffers).
 */
export async function renamePostToTitle(registry: SiteRegistry, arg: unknown): Promise<vscode.Uri | undefined> {
  const file = postOf(registry, arg);
  if (file === undefined) {
    return undefined;
  }
  const config = jekyllOnly(file.site, vscode.l10n.t('Rename Post to Match Title'));
  if (config === undefined) {
    return undefined;
  }
  const { zone } = file.site.loaded;
  const current = await currentText(file.uri);
  // The title as the buffer has it now, unsaved changes included.
  const title = analyzePost({ path: file.rel, text: current.text, mtimeMs: Date.now() }, { config, zone, nowMs: Date.now() }).title;
  const target = pathForTitle(file.rel, title, config.slugifyMode, exists(file));
  if (!target.ok) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The post was not renamed: {0}', localReason(target.reason)));
    return undefined;
  }
  const edit = new vscode.WorkspaceEdit();
  let references = 0;
  const referrers = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Looking for post_url references') },
    () => filesNaming(registry, file.site, file.rel),
  );
  // Read after the search, so that the ranges are those of the text as it is now. A file that cannot be read
  // (moved or deleted since the model saw it) has nothing to update.
  for (const text of await currentTexts(referrers)) {
    if (text === undefined) {
      continue;
    }
    const edits = postUrlReferenceEdits(text.text, file.rel, target.path);
    if (edits.length > 0) {
      addEdits(edit, text, edits);
      references += edits.length;
    }
  }
  const newUri = siteUri(file.site, target.path);
  edit.renameFile(file.uri, newUri, { overwrite: false });
  if (!(await vscode.workspace.applyEdit(edit))) {
    return undefined;
  }
  void vscode.window.showInformationMessage(vscode.l10n.t('Renamed to {0}; {1} post_url references updated.', target.path, references));
  return newUri;
}

/** Files Jekyll may render with Liquid: posts, pages, layouts, includes, feeds, search indexes. */
const LIQUID_FILES = '**/*.{md,markdown,mkdown,mkdn,mkd,html,htm,liquid,xml,txt,json}';
/** What is never the site's source, wherever it sits: the built site, caches, dependencies. */
const NOT_SOURCE = '**/{_site,.jekyll-cache,.sass-cache,.git,node_modules,vendor}/**';

/**
 * The files of the site that may name the post at `rel` in `{% post_url %}`: every post and draft of the model
 * and every page, layout and include the site's `exclude:` leaves in (not those of a site inside it), narrowed
 * to those holding its name: an open document by its buffer, the rest by their bytes on disk.
 */
async function filesNaming(registry: SiteRegistry, site: Site, rel: string): Promise<vscode.Uri[]> {
  const needle = postUrlNeedle(rel);
  if (needle === undefined) {
    return [];
  }
  const paths = new Set(site.model.snapshot().posts.map((p) => path.join(site.root, ...p.path.split('/'))));
  for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(site.root, LIQUID_FILES), new vscode.RelativePattern(site.root, NOT_SOURCE))) {
    const inSite = sitePath(site, uri.fsPath);
    if (inSite !== undefined && registry.siteFor(uri) === site && (site.loaded.config.generator !== 'jekyll' || !isExcluded(inSite, site.loaded.config))) {
      paths.add(uri.fsPath);
    }
  }
  const open = new Map(vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'file').map((d) => [d.uri.fsPath, d]));
  const inBuffers = [...paths].filter((p) => open.get(p)?.getText().includes(needle) === true);
  const onDisk = await filesContaining([...paths].filter((p) => !open.has(p)), needle);
  return [...inBuffers, ...onDisk].map((p) => vscode.Uri.file(p));
}
