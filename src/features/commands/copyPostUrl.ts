import * as vscode from 'vscode';
import { absolutePostUrl } from '../../core/taxonomyGroups';
import { commandIds } from './commandIds';
import { sitePath, siteUri } from '../sites/site';
import type { SiteRegistry } from '../sites/siteRegistry';

export interface CopyPostUrlDeps {
  readonly registry: SiteRegistry;
}

/**
 * `Postcraft: Copy Post URL`: the address the post will have, from the site's `url`, `baseurl` and permalink.
 * Works on the active editor, or on a post in the explorer (its node carries the site root and path).
 */
export function registerCopyPostUrl(deps: CopyPostUrlDeps): vscode.Disposable {
  return vscode.commands.registerCommand(commandIds.copyPostUrl, async (node?: { readonly root?: string; readonly path?: string }) => {
    const ofNode = node?.path === undefined ? undefined : deps.registry.list().find((s) => s.root === node.root);
    const uri = ofNode !== undefined && node?.path !== undefined ? siteUri(ofNode, node.path) : vscode.window.activeTextEditor?.document.uri;
    const site = uri === undefined ? undefined : deps.registry.siteFor(uri);
    const rel = site === undefined || uri === undefined ? undefined : sitePath(site, uri);
    const post = rel === undefined ? undefined : site?.model.get(rel);
    if (site === undefined || post === undefined) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a post of a Jekyll, Hugo, Hexo, Eleventy, Astro or Docusaurus site to copy its URL.'));
      return undefined;
    }
    if (post.url === undefined) {
      void vscode.window.showWarningMessage(vscode.l10n.t('This file has no URL: {0}', post.problems[0]?.message ?? post.status));
      return undefined;
    }
    const url = absolutePostUrl(site.loaded.config.url, site.loaded.config.baseurl, post.url);
    await vscode.env.clipboard.writeText(url);
    void vscode.window.showInformationMessage(vscode.l10n.t('Copied {0}', url));
    return url;
  });
}
