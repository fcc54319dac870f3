import * as vscode from 'vscode';
import { nodeId, type ExplorerNode, type PostNode, type SiteNode } from './nodes';
import { readPostBlurb } from '../../platform/postBlurb';
import type { PostBlurb, PostSummary } from '../../core/postSummary';
import { siteUri, type Site } from '../sites/site';
import { baseName } from '../../core/locations';

const statusIcons: Record<PostSummary['status'], string> = {
  published: 'note',
  draft: 'edit',
  unpublished: 'eye-closed',
  future: 'calendar',
  expired: 'history',
  invalid: 'error',
  notPost: 'warning',
};

export function statusLabel(status: PostSummary['status']): string {
  switch (status) {
    case 'published':
      return vscode.l10n.t('published');
    case 'draft':
      return vscode.l10n.t('draft');
    case 'unpublished':
      return vscode.l10n.t('unpublished (published: false)');
    case 'future':
      return vscode.l10n.t('dated in the future');
    case 'expired':
      return vscode.l10n.t('expired (past its expiry date)');
    case 'invalid':
      return vscode.l10n.t('cannot be read');
    case 'notPost':
      return vscode.l10n.t('not a post');
  }
}

/** The date as the site shows it: the wall clock in the site's time zone. */
export function siteDate(post: PostSummary): string {
  return post.date === undefined ? '' : post.date.iso.slice(0, 10);
}

/** Why a file is listed among the drafts: its status, and for a broken file the first error. */
export function reasonOf(post: PostSummary): string {
  const problem = post.problems.find((p) => p.severity === 'error') ?? (post.status === 'notPost' ? post.problems[0] : undefined);
  return problem === undefined ? statusLabel(post.status) : `${statusLabel(post.status)}: ${problem.message}`;
}

export function postTreeItem(site: Site, node: PostNode, post: PostSummary, showReason: boolean): vscode.TreeItem {
  const uri = siteUri(site, post.path);
  const item = new vscode.TreeItem(post.title || baseName(post.path), vscode.TreeItemCollapsibleState.None);
  item.id = nodeId(node);
  item.resourceUri = uri;
  // On a site in several languages each post says which it is in.
  const lang = post.lang !== undefined && site.model.snapshot().languages.length > 1 ? post.lang : '';
  const facts = [siteDate(post), lang].filter((f) => f !== '').join(' · ');
  item.description = showReason ? `${facts} · ${reasonOf(post)}` : facts;
  item.iconPath = new vscode.ThemeIcon(statusIcons[post.status], post.status === 'invalid' ? new vscode.ThemeColor('problemsErrorIcon.foreground') : undefined);
  item.contextValue = `postcraft.post.${post.status}`;
  item.command = { command: 'vscode.open', title: vscode.l10n.t('Open Post'), arguments: [uri] };
  return item;
}

/** The tooltip of a post node, made when it is shown (resolveTreeItem): it reads the description from the file. */
export async function resolvePostTooltip(item: vscode.TreeItem, node: ExplorerNode, sites: readonly Site[]): Promise<vscode.TreeItem> {
  const site = node.kind === 'post' ? sites.find((s) => s.root === node.root) : undefined;
  const post = node.kind === 'post' ? site?.model.get(node.path) : undefined;
  if (site !== undefined && post !== undefined) {
    item.tooltip = postTooltip(site, post, await readPostBlurb(site.files.fs, site.root, post.path, site.loaded, Date.now()));
  }
  return item;
}

function postTooltip(site: Site, post: PostSummary, blurb: PostBlurb): vscode.MarkdownString {
  const tip = new vscode.MarkdownString();
  const line = (label: string, value: string | undefined): void => {
    if (value !== undefined && value !== '') {
      tip.appendMarkdown(`**${label}** `);
      tip.appendText(value);
      tip.appendMarkdown('  \n');
    }
  };
  tip.appendMarkdown('### ');
  tip.appendText(post.title);
  tip.appendMarkdown('\n\n');
  line(vscode.l10n.t('Date'), post.date?.iso);
  line(vscode.l10n.t('Status'), reasonOf(post));
  line(vscode.l10n.t('URL'), post.url === undefined ? undefined : `${site.loaded.config.baseurl.replace(/\/$/, '')}${post.url}`);
  line(vscode.l10n.t('Categories'), post.categories.join(', '));
  line(vscode.l10n.t('Tags'), post.tags.join(', '));
  // Further taxonomies (Hugo's series…) under the name the site's config gives them.
  for (const [plural, names] of Object.entries(post.terms ?? {})) {
    line(plural, names.join(', '));
  }
  line(vscode.l10n.t('Description'), blurb.description ?? blurb.excerpt);
  line(vscode.l10n.t('File'), post.path);
  return tip;
}

/** A site's row, above its taxonomies or posts when the window has several sites; `idPrefix` keeps ids apart per view. */
export function siteTreeItem(site: Site, node: SiteNode, idPrefix = ''): vscode.TreeItem {
  const item = new vscode.TreeItem(site.label, vscode.TreeItemCollapsibleState.Expanded);
  item.id = `${idPrefix}${nodeId(node)}`;
  item.iconPath = new vscode.ThemeIcon('globe');
  item.tooltip = site.root;
  return item;
}

/** A post's row from its node, or a bare row of its path once the model no longer has it. */
export function postNodeItem(site: Site, node: PostNode, showReason: boolean): vscode.TreeItem {
  const post = site.model.get(node.path);
  return post === undefined ? new vscode.TreeItem(node.path) : postTreeItem(site, node, post, showReason);
}
