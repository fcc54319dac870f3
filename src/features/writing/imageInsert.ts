import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { fileStem, formatImage, imageCopyPath, type ImageStyle } from '../../core/edits/insertLinks';
import { type SiteFile } from './documents';
import { siteUri, sitePath } from '../sites/site';

/** An image to put into a post: a file of the site, or one to copy into it first. */
export type ImageSource = { readonly kind: 'uri'; readonly uri: vscode.Uri } | { readonly kind: 'file'; readonly name: string; readonly file: vscode.DataTransferFile };

export function imageStyle(scope: vscode.Uri): ImageStyle {
  return vscode.workspace.getConfiguration('postcraft', scope).get<string>('insertImage.style', 'markdown') === 'figure' ? 'figure' : 'markdown';
}

/**
 * The text for each image, adding to `edit` the copy of every image from outside the site into
 * `assets/images/<post-slug>/` (never over a file on disk, nor over another copy of the same edit).
 */
export async function imageTexts(post: SiteFile, sources: readonly ImageSource[], edit: vscode.WorkspaceEdit): Promise<string[]> {
  const { site } = post;
  const taken = new Set<string>();
  const exists = (rel: string): boolean => taken.has(rel) || fs.existsSync(path.join(site.root, ...rel.split('/')));
  const style = imageStyle(post.uri);
  const texts: string[] = [];
  for (const source of sources) {
    const name = source.kind === 'uri' ? path.basename(source.uri.fsPath) : source.name;
    let rel = source.kind === 'uri' && source.uri.scheme === 'file' ? sitePath(site, source.uri) : undefined;
    if (rel === undefined) {
      rel = imageCopyPath(post.rel, name, exists);
      taken.add(rel);
      const contents = source.kind === 'uri' ? await vscode.workspace.fs.readFile(source.uri) : source.file;
      edit.createFile(siteUri(site, rel), { contents, overwrite: false });
    }
    texts.push(formatImage({ path: rel, alt: fileStem(name), baseurl: site.loaded.config.baseurl, style }));
  }
  return texts;
}
