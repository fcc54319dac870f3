import * as vscode from 'vscode';
import { fileStem, type ImageStyle } from '../../core/edits/insertLinks';
import { imageFor, type ImageNote } from '../../core/images/imageText';
import { type SiteFile } from './documents';
import { siteUri, sitePath } from '../sites/site';
import { baseName } from '../../core/locations';
import { withExistence } from './siteExistence';

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

/** The bytes of an image to copy; undefined (and said why) when this window cannot read it. */
async function imageBytes(source: ImageSource): Promise<Uint8Array | vscode.DataTransferFile | undefined> {
  if (source.kind === 'file') return source.file;
  try {
    return await vscode.workspace.fs.readFile(source.uri);
  } catch (error) {
    // On github.dev a file of this machine's disk is out of reach: only the bytes a drop or a paste carries are.
    const reason = error instanceof Error ? error.message : String(error);
    void vscode.window.showWarningMessage(vscode.l10n.t('The image {0} was not inserted: this window cannot read it ({1}). Drop or paste the image itself, or put it in the site first.', source.uri.toString(true), reason));
    return undefined;
  }
}

/**
 * The text for each image, adding to `edit` the copy of every image from outside the site into the folder the
 * site's generator serves it from (never over a file on disk, nor over another copy of the same edit).
 */
export async function imageTexts(post: SiteFile, sources: readonly ImageSource[], edit: vscode.WorkspaceEdit): Promise<string[]> {
  const { site } = post;
  const taken = new Set<string>();
  const style = imageStyle(post.uri);
  const texts: string[] = [];
  const notes = new Set<ImageNote>();
  for (const source of sources) {
    const name = source.kind === 'uri' ? baseName(source.uri.path) : source.name;
    const rel = source.kind === 'uri' ? sitePath(site, source.uri) : undefined;
    const from = rel === undefined ? { kind: 'copy' as const, fileName: name } : { kind: 'site' as const, path: rel };
    const image = await withExistence(site, (exists) => imageFor({ post: post.rel, config: site.loaded.config, from, alt: fileStem(name), style, exists: (r) => taken.has(r) || exists(r) }));
    if (image.copyTo !== undefined) {
      const contents = await imageBytes(source);
      if (contents === undefined) continue;
      taken.add(image.copyTo);
      edit.createFile(siteUri(site, image.copyTo), { contents, overwrite: false });
    }
    if (image.note !== undefined) notes.add(image.note);
    texts.push(image.text);
  }
  notes.forEach(tellNote);
  return texts;
}
