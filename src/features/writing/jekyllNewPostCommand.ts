import * as vscode from 'vscode';
import { newPost, titleProblem } from '../../core/edits/newPost';
import { openMadePost } from './madePost';
import type { Site } from '../sites/site';
import { recentPostTexts } from './siteHabits';
import { askNames, askTitle } from './newPostPrompts';
import { settingLocation, withExistence } from './siteExistence';
import type { JekyllConfig } from '../../core/config';
import type { NewPostArgs } from './newPostCommand';

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

/**
 * New Post / New Draft on a Jekyll site (the flow newPostCommand.ts picks for it): where core/edits/newPost puts the
 * file, from the user's template, else in the habits of the site's recent posts. Returns the new file's Uri.
 */
export async function runJekyllNewPost(site: Site, config: JekyllConfig, draft: boolean, heading: string, args: NewPostArgs | undefined): Promise<vscode.Uri | undefined> {
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
  return openMadePost(site, made);
}
