import * as vscode from 'vscode';
import { generatorName } from '../../core/generators/generatorNames';
import { analyzePost } from '../../core/analyzePost';
import { filesContaining } from '../../platform/siteTextFiles';
import { addEdits, currentText, currentTexts } from './documents';
import { siteUri, sitePath, type Site } from '../sites/site';
import { postOf } from './postCommands';
import { withExistence } from './siteExistence';
import type { SiteRegistry } from '../sites/siteRegistry';
import type { RenameUrls } from '../../core/generators/postRenaming';
import { localReason } from './reasonL10n';
import { joinLocation } from '../../core/locations';

/**
 * `Postcraft: Rename Post to Match Title`: the post takes the name its title gives (the file, or a bundle's folder,
 * as the site's generator names it), and every reference to it across the site follows (`{% post_url %}`,
 * `ref`/`relref`, links to its file or its URL), in one undoable edit (open editors through their buffers).
 */
export async function renamePostToTitle(registry: SiteRegistry, arg: unknown): Promise<vscode.Uri | undefined> {
  const file = postOf(registry, arg);
  if (file === undefined) {
    return undefined;
  }
  const { site } = file;
  const renaming = site.generator.renaming;
  if (renaming === undefined) {
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} is not available for {1} sites yet.', vscode.l10n.t('Rename Post to Match Title'), generatorName(site.generator.id)));
    return undefined;
  }
  const { config, zone } = site.loaded;
  const current = await currentText(file.uri);
  // The title as the buffer has it now, unsaved changes included.
  const read = (at: string): ReturnType<typeof analyzePost> => analyzePost({ path: at, text: current.text, mtimeMs: Date.now() }, { config, zone, nowMs: Date.now(), shapers: site.model.shapers });
  const { title, url } = read(file.rel);
  const target = await withExistence(site, (exists) => renaming.target(file.rel, title, config, exists));
  if (!target.ok) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The post was not renamed: {0}', localReason(target.reason)));
    return undefined;
  }
  // The post's URL where it is and where it goes (links by URL follow it), and every page's, for relative links.
  const urls: RenameUrls = { from: url, to: read(target.path).url, of: (p) => site.model.get(p)?.url };
  const edit = new vscode.WorkspaceEdit();
  let references = 0;
  let kept = 0;
  const referrers = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Looking for references to the post') },
    () => filesNaming(registry, site, renaming.needle(file.rel, target, config, urls), renaming.referrers(config)),
  );
  // Read after the search, so that the ranges are those of the text as it is now. A file that cannot be read
  // (moved or deleted since the model saw it) has nothing to update.
  const pages = site.model.snapshot().posts.map((p) => p.path);
  for (const text of await currentTexts(registry, referrers)) {
    const inSite = text === undefined ? undefined : sitePath(site, text.uri);
    if (text === undefined || inSite === undefined) {
      continue;
    }
    const found = renaming.referenceEdits(text.text, inSite, file.rel, target, { config, pages, urls });
    if (found.edits.length > 0) {
      addEdits(edit, text, found.edits);
      references += found.edits.length;
    }
    kept += found.kept;
  }
  const newUri = siteUri(site, target.path);
  edit.renameFile(siteUri(site, target.from), siteUri(site, target.to), { overwrite: false });
  if (!(await vscode.workspace.applyEdit(edit))) {
    return undefined;
  }
  const done = vscode.l10n.t('Renamed to {0}; {1} references updated.', target.to, references);
  void vscode.window.showInformationMessage(kept === 0 ? done : `${done} ${vscode.l10n.t('{0} references would no longer find the post if rewritten, and were left as they are.', kept)}`);
  return newUri;
}

/**
 * The files of the site that may name the post: every post and page of the model and every file the generator's
 * references may sit in that the site's config leaves in (not those of a site inside it), narrowed to those holding
 * the needle: an open document by its buffer, the rest by their bytes on disk.
 */
async function filesNaming(registry: SiteRegistry, site: Site, needle: string | undefined, referrers: { readonly include: string; readonly exclude: string }): Promise<vscode.Uri[]> {
  if (needle === undefined) {
    return [];
  }
  const listing = site.generator.listing(site.loaded.config);
  // By location: the site's file system names each file one way, whatever URI found it.
  const locations = new Set(site.model.snapshot().posts.map((p) => joinLocation(site.root, p.path)));
  for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(site.uri, referrers.include), new vscode.RelativePattern(site.uri, referrers.exclude))) {
    const inSite = sitePath(site, uri);
    if (inSite !== undefined && registry.siteFor(uri) === site && !listing.excludes(inSite)) {
      locations.add(joinLocation(site.root, inSite));
    }
  }
  const open = new Map<string, vscode.TextDocument>();
  for (const document of vscode.workspace.textDocuments) {
    const location = site.files.locationOf(document.uri);
    if (location !== undefined) open.set(location, document);
  }
  const inBuffers = [...locations].filter((l) => open.get(l)?.getText().includes(needle) === true);
  const onDisk = await filesContaining(site.files.fs, [...locations].filter((l) => !open.has(l)), needle);
  return [...inBuffers, ...onDisk].map((l) => site.files.uriOf(l));
}
