import * as vscode from 'vscode';
import { classifyPreviewLink } from '../../core/render/previewLinks';
import type { SiteContext } from './siteContexts';

/** Opens what a link clicked in the preview points at: the web outside, a post or file of the site in the editor. */
export async function openPreviewLink(href: string, site: SiteContext, documentSitePath: string, pageUrl: string | undefined): Promise<void> {
  const link = classifyPreviewLink(href, {
    siteUrl: site.url,
    baseurl: site.baseurl,
    documentSitePath,
    pageUrl,
    sourceExtensions: [...site.markdownExt, 'html'],
  });
  switch (link.kind) {
    case 'ignored':
      return;
    case 'external':
      await vscode.env.openExternal(vscode.Uri.parse(link.url, true));
      return;
    case 'file':
      await vscode.window.showTextDocument(vscode.Uri.joinPath(site.root, link.sitePath), { viewColumn: vscode.ViewColumn.One });
      return;
    case 'siteUrl': {
      // A Hugo page's URL keeps the baseURL path (`/blog/…`), which the link has lost.
      const sitePath = site.posts.fileForUrl(link.url) ?? (site.baseurl === '' ? undefined : site.posts.fileForUrl(`${site.baseurl}${link.url}`));
      const target = vscode.Uri.joinPath(site.root, sitePath ?? link.url.replace(/^\/+/, ''));
      try {
        await vscode.workspace.fs.stat(target);
      } catch {
        void vscode.window.showWarningMessage(vscode.l10n.t('Nothing in the site is served at {0}.', link.url));
        return;
      }
      await vscode.commands.executeCommand('vscode.open', target, vscode.ViewColumn.One);
      return;
    }
  }
}
