import * as vscode from 'vscode';
import { formatPostLink, imageGlob, type LinkStyle } from '../../core/edits/insertLinks';
import { imagePickFolders } from '../../core/images/imageText';
import { siteFile, type SiteFile } from './documents';
import { sitePath } from '../sites/site';
import { baseName } from '../../core/locations';
import { settingLocation } from './siteExistence';
import { imageTexts } from './imageInsert';
import type { PostSummary } from '../../core/postSummary';
import type { SiteRegistry } from '../sites/siteRegistry';

/** What tests may pass instead of picking: a site-relative path (or, for an image, an absolute one). */
export interface InsertArgs {
  readonly path?: string;
}

interface Target {
  readonly editor: vscode.TextEditor;
  readonly file: SiteFile;
}

function markdownInSite(registry: SiteRegistry): Target | undefined {
  const editor = vscode.window.activeTextEditor;
  const file = editor === undefined ? undefined : siteFile(registry, editor.document.uri);
  if (editor === undefined || file === undefined) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a Markdown file of a Jekyll, Hugo, Hexo, Eleventy, Astro or Docusaurus site first.'));
    return undefined;
  }
  return { editor, file };
}

/** Replaces every selection with `text`, in one WorkspaceEdit with whatever `edit` already holds. */
async function insertAtSelections(target: Target, text: string, edit = new vscode.WorkspaceEdit()): Promise<string | undefined> {
  for (const selection of target.editor.selections) {
    edit.replace(target.editor.document.uri, selection, text);
  }
  return (await vscode.workspace.applyEdit(edit)) ? text : undefined;
}

/** Posts a link can point at: everything with a URL but drafts, which a build leaves out, so a link to one breaks. */
function linkablePosts(target: Target): PostSummary[] {
  return target.file.site.model.snapshot().posts.filter((p) => !p.isDraft && p.url !== undefined && (p.status === 'published' || p.status === 'future' || p.status === 'unpublished'));
}

/** `Postcraft: Insert Link to Post`. Returns the inserted text. */
export async function insertPostLink(registry: SiteRegistry, arg: InsertArgs | undefined): Promise<string | undefined> {
  await registry.ready;
  const target = markdownInSite(registry);
  if (target === undefined) {
    return undefined;
  }
  const posts = linkablePosts(target).filter((p) => p.path !== target.file.rel);
  let post = arg?.path === undefined ? undefined : posts.find((p) => p.path === arg.path);
  if (arg?.path === undefined) {
    const picked = await vscode.window.showQuickPick(
      posts.map((p) => ({ label: p.title === '' ? p.slug : p.title, description: p.date?.iso.slice(0, 10) ?? '', detail: p.path, post: p })),
      { placeHolder: vscode.l10n.t('Which post to link to?'), matchOnDetail: true },
    );
    post = picked?.post;
  }
  if (post === undefined) {
    return undefined;
  }
  const style: LinkStyle = vscode.workspace.getConfiguration('postcraft', target.file.uri).get<string>('insertLink.style', 'postUrl') === 'permalink' ? 'permalink' : 'postUrl';
  const text = formatPostLink({ title: post.title === '' ? post.slug : post.title, path: post.path, url: post.url, baseurl: target.file.site.loaded.config.baseurl, style });
  return text === undefined ? undefined : insertAtSelections(target, text);
}

async function pickImage(target: Target): Promise<vscode.Uri | undefined> {
  const { site } = target.file;
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(site.uri, imageGlob(imagePickFolders(site.loaded.config))), '**/{node_modules,_site,vendor,.docusaurus,.astro,dist,build}/**', 5000);
  const images = found.flatMap((uri) => {
    const rel = sitePath(site, uri);
    return rel === undefined ? [] : [{ uri, rel }];
  }).sort((a, b) => a.rel.localeCompare(b.rel));
  const folderOf = (rel: string): string => (rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '.');
  const fromDisk = { label: `$(folder-opened) ${vscode.l10n.t('Choose a file from disk…')}`, description: '', uri: undefined };
  const picked = await vscode.window.showQuickPick(
    [fromDisk, ...images.map((i) => ({ label: baseName(i.rel), description: folderOf(i.rel), uri: i.uri }))],
    { placeHolder: vscode.l10n.t('Which image to insert?'), matchOnDescription: true },
  );
  if (picked === undefined || picked.uri !== undefined) {
    return picked?.uri;
  }
  const chosen = await vscode.window.showOpenDialog({
    canSelectMany: false, defaultUri: site.uri, openLabel: vscode.l10n.t('Insert Image'),
    filters: { [vscode.l10n.t('Images')]: ['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp'] },
  });
  return chosen?.[0];
}

/** `Postcraft: Insert Image`: an image of the site, or one from disk copied where the site's generator serves it. */
export async function insertImage(registry: SiteRegistry, arg: InsertArgs | undefined): Promise<string | undefined> {
  await registry.ready;
  const target = markdownInSite(registry);
  if (target === undefined) {
    return undefined;
  }
  // A path given is the site's (or absolute, on the site's file system).
  const { site } = target.file;
  const uri = arg?.path === undefined ? await pickImage(target) : site.files.uriOf(settingLocation(site, arg.path));
  if (uri === undefined) {
    return undefined;
  }
  const edit = new vscode.WorkspaceEdit();
  const [text] = await imageTexts(target.file, [{ kind: 'uri', uri }], edit);
  return text === undefined ? undefined : insertAtSelections(target, text, edit);
}
