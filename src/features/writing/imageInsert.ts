import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { fileStem, type ImageStyle } from '../../core/edits/insertLinks';
import { imageFor, type ImageNote } from '../../core/images/imageText';
import { type SiteFile } from './documents';
import { siteUri, sitePath } from '../sites/site';

/** An image to put into a post: a file of the site, or one to copy into it first. */
export type ImageSource = { readonly kind: 'uri'; readonly uri: vscode.Uri } | { readonly kind: 'file'; readonly name: string; readonly file: vscode.DataTransferFile };

export function imageStyle(scope: vscode.Uri): ImageStyle {
  return vscode.workspace.getConfiguration('postcraft', scope).get<string>('insertImage.style', 'markdown') === 'figure' ? 'figure' : 'markdown';
}

/** Says once why an inserted image may not show in the built site. */
function tellNote(note: ImageNote): void {
  const message = note === 'servedFolderUnknown'
    ? vscode.l10n.t("The site's config does not show which folder its build copies images from, so the image was put next to the post; the built site may not serve it there.")
    : vscode.l10n.t('The built site may not serve this image: it is not in a folder the site publishes.');
  void vscode.window.showWarningMessage(message);
}

/**
 * The text for each image, adding to `edit` the copy of every image from outside the site into the folder the
 * site's generator serves it from (never over a file on disk, nor over another copy of the same edit).
 */
export async function imageTexts(post: SiteFile, sources: readonly ImageSource[], edit: vscode.WorkspaceEdit): Promise<string[]> {
  const { site } = post;
  const taken = new Set<string>();
  const exists = (rel: string): boolean => taken.has(rel) || fs.existsSync(path.join(site.root, ...rel.split('/')));
  const style = imageStyle(post.uri);
  const texts: string[] = [];
  const notes = new Set<ImageNote>();
  for (const source of sources) {
    const name = source.kind === 'uri' ? path.basename(source.uri.fsPath) : source.name;
    const rel = source.kind === 'uri' && source.uri.scheme === 'file' ? sitePath(site, source.uri) : undefined;
    const from = rel === undefined ? { kind: 'copy' as const, fileName: name } : { kind: 'site' as const, path: rel };
    const image = imageFor({ post: post.rel, config: site.loaded.config, from, alt: fileStem(name), style, exists });
    if (image.copyTo !== undefined) {
      taken.add(image.copyTo);
      const contents = source.kind === 'uri' ? await vscode.workspace.fs.readFile(source.uri) : source.file;
      edit.createFile(siteUri(site, image.copyTo), { contents, overwrite: false });
    }
    if (image.note !== undefined) notes.add(image.note);
    texts.push(image.text);
  }
  notes.forEach(tellNote);
  return texts;
}
