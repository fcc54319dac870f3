import * as vscode from 'vscode';
import { isImagePath } from '../../core/edits/insertLinks';
import { siteFile } from './documents';
import { imageTexts, type ImageSource } from './imageInsert';
import type { SiteRegistry } from '../sites/siteRegistry';

const kind = vscode.DocumentDropOrPasteEditKind.Empty.append('markdown', 'link', 'image', 'postcraft');

/** The images a drop carries: files from the explorer or the OS (`text/uri-list`), else files without a URI. */
async function droppedImages(dataTransfer: vscode.DataTransfer): Promise<ImageSource[]> {
  const list = await dataTransfer.get('text/uri-list')?.asString();
  const uris = (list ?? '').split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  const fromUris: vscode.Uri[] = [];
  const outOfReach: vscode.Uri[] = [];
  for (const line of uris) {
    try {
      const uri = vscode.Uri.parse(line, true);
      // A file of this machine's disk dropped on github.dev: no file system here reads `file:`, but the drop may
      // carry the file's bytes too (below).
      if (isImagePath(uri.path)) {
        (vscode.workspace.fs.isWritableFileSystem(uri.scheme) === undefined ? outOfReach : fromUris).push(uri);
      }
    } catch {
      // Not a URI: not an image we can place.
    }
  }
  if (fromUris.length > 0) {
    return fromUris.map((uri): ImageSource => ({ kind: 'uri', uri }));
  }
  const files: ImageSource[] = [];
  dataTransfer.forEach((item, mime) => {
    const file = item.asFile();
    // A screenshot on the clipboard may come without a name that says what it is: its type does.
    const name = file === undefined ? undefined : isImagePath(file.name) ? file.name : /^image\/(png|jpeg|gif|webp|svg\+xml)$/.test(mime) ? `image.${mime.slice(6).replace('jpeg', 'jpg').replace('svg+xml', 'svg')}` : undefined;
    if (file !== undefined && name !== undefined) {
      files.push({ kind: 'file', name, file });
    }
  });
  if (files.length === 0 && outOfReach.length > 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The image {0} was not inserted: this window cannot read it ({1}). Drop or paste the image itself, or put it in the site first.', outOfReach[0]?.toString(true) ?? '', vscode.l10n.t('no file system here reads {0}', `${outOfReach[0]?.scheme ?? ''}:`)));
  }
  return files;
}

/**
 * The edit a drop or a paste makes: the text to insert, and (in the same edit) the copies of images from outside
 * the site; made by `make` as a drop or a paste edit.
 */
async function imageEdit<E extends vscode.DocumentDropEdit | vscode.DocumentPasteEdit>(
  registry: SiteRegistry,
  document: vscode.TextDocument,
  dataTransfer: vscode.DataTransfer,
  make: (text: string, title: string) => E,
): Promise<E | undefined> {
  const post = siteFile(registry, document.uri);
  const sources = post === undefined ? [] : await droppedImages(dataTransfer);
  if (post === undefined || sources.length === 0) {
    return undefined;
  }
  const copies = new vscode.WorkspaceEdit();
  const texts = await imageTexts(post, sources, copies);
  const edit = make(texts.join('\n'), vscode.l10n.t('Insert image for the site'));
  // Always given: `copies.size` counts text edits only, and this edit holds file creations alone.
  edit.additionalEdit = copies;
  return edit;
}

/**
 * Dropping an image into a post of a site: the Markdown image (or Jekyll's figure) linked as the site's generator
 * serves it; an image from outside the site (or pasted from the clipboard) is copied by the same edit into the
 * folder the generator serves it from (core/images).
 */
export function registerImageDrop(registry: SiteRegistry): vscode.Disposable {
  // `.mdx` posts (Astro, Docusaurus) by their extension: VS Code gives them no `markdown` language.
  const selector = [{ language: 'markdown' }, { pattern: '**/*.mdx' }];
  return vscode.Disposable.from(
    vscode.languages.registerDocumentDropEditProvider(selector, {
      provideDocumentDropEdits: (document, _position, dataTransfer) =>
        imageEdit(registry, document, dataTransfer, (text, title) => new vscode.DocumentDropEdit(text, title, kind)),
    }, { providedDropEditKinds: [kind], dropMimeTypes: ['text/uri-list', 'files'] }),
    vscode.languages.registerDocumentPasteEditProvider(selector, {
      provideDocumentPasteEdits: async (document, _ranges, dataTransfer) => {
        const paste = await imageEdit(registry, document, dataTransfer, (text, title) => new vscode.DocumentPasteEdit(text, title, kind));
        return paste === undefined ? undefined : [paste];
      },
    }, { providedPasteEditKinds: [kind], pasteMimeTypes: ['text/uri-list', 'files', 'image/*'] }),
  );
}
