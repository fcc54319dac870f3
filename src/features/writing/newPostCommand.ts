import * as vscode from 'vscode';
import { jekyllOnly } from '../sites/siteSupport';
import { runHexoNewPost } from './hexoNewPostCommand';
import { newPost, titleProblem } from '../../core/edits/newPost';
import { chooseSite, createAndOpenPost } from './documents';
import { siteUri, type Site } from '../sites/site';
import { recentPostTexts } from './siteHabits';
import { askNames, askTitle } from './newPostPrompts';
import type { SiteRegistry } from '../sites/siteRegistry';
import { localReason } from './reasonL10n';
import { settingLocation, withExistence } from './siteExistence';
import { runHugoNewPost } from './hugoNewPostCommand';
import { runDocusaurusNewPost } from './docusaurusNewPostCommand';
import { runEleventyNewPost } from './eleventyNewPostCommand';
import { runAstroNewPost } from './astroNewPostCommand';

/** What tests may pass instead of answering the prompts; a missing field is asked for. */
export interface NewPostArgs {
  readonly root?: string;
  readonly title?: string;
  readonly categories?: readonly string[];
  readonly tags?: readonly string[];
}

export const templateSetting = 'newPost.template';
const defaultTemplate = '.postcraft/post-template.md';

/** The user's template: the `postcraft.newPost.template` setting (relative to the site), else `.postcraft/post-template.md`. */
async function readTemplate(site: Site): Promise<{ text: string | undefined; problem: string | undefined }> {
  const configured = vscode.workspace.getConfiguration('postcraft', site.folder.uri).get<string>(templateSetting, '').trim();
  const file = settingLocation(site, configured === '' ? defaultTemplate : configured);
  const read = await site.files.fs.readText(file);
  if (read.ok) {
    return { text: read.text.replace(/^\ufeff/, ''), problem: undefined };
  }
  const shown = site.files.uriOf(file);
  return { text: undefined, problem: read.missing && configured === '' ? undefined : vscode.l10n.t('The post template {0} cannot be read: {1}', shown.scheme === 'file' ? shown.fsPath : shown.toString(true), read.reason) };
}

/** `Postcraft: New Post` / `New Draft`. Returns the new file's Uri, or undefined when cancelled. */
export async function runNewPost(registry: SiteRegistry, draft: boolean, args: NewPostArgs | undefined): Promise<vscode.Uri | undefined> {
  const site = await chooseSite(registry, args?.root);
  if (site === undefined) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder with a Jekyll, Hugo, Hexo, Eleventy, Astro or Docusaurus site first.'));
    return undefined;
  }
  const heading = draft ? vscode.l10n.t('New Draft') : vscode.l10n.t('New Post');
  if (site.loaded.config.generator === 'hugo') {
    return runHugoNewPost(site, site.loaded.config, draft, heading, args);
  }
  if (site.loaded.config.generator === 'hexo') return runHexoNewPost(site, site.loaded.config, draft, heading, args);
  if (site.loaded.config.generator === 'docusaurus') return runDocusaurusNewPost(site, site.loaded.config, draft, heading, args);
  if (site.loaded.config.generator === 'astro') return runAstroNewPost(site, site.loaded.config, draft, heading, args, await recentPostTexts(site));
  if (site.loaded.config.generator === 'eleventy') {
    return runEleventyNewPost(site, site.loaded.config, draft, heading, args);
  }
  const config = jekyllOnly(site, heading);
  if (config === undefined) {
    return undefined;
  }
  const title = await askTitle(heading, args?.title, (value: string) => titleProblem(value));
  if (title === undefined) {
    return undefined;
  }
  const categories = await askNames(site, heading, 'category', args?.categories);
  if (categories === undefined) {
    return undefined;
  }
  const tags = await askNames(site, heading, 'tag', args?.tags);
  if (tags === undefined) {
    return undefined;
  }
  const template = await readTemplate(site);
  const recent = template.text === undefined ? await recentPostTexts(site) : [];
  const nowMs = Date.now();
  if (template.problem !== undefined) {
    void vscode.window.showWarningMessage(template.problem);
  }
  const placed = site.model.snapshot().posts.filter((p) => !p.isDraft && p.status !== 'notPost' && p.status !== 'invalid');
  const made = await withExistence(site, (exists) => newPost({ title, categories, tags, draft, nowMs, zone: site.loaded.zone, config, exists, template: template.text, recent, placed }));
  if (!made.ok) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The post was not created: {0}', localReason(made.reason)));
    return undefined;
  }
  const uri = siteUri(site, made.path);
  if (!(await createAndOpenPost(uri, made.text, made.cursor, made.path))) return undefined;
  return uri;
}
