import * as vscode from 'vscode';
import { eleventyNewPost, eleventyNewPostPlace, eleventyTitleProblem } from '../../core/generators/eleventy/eleventyNewPost';
import { openMadePost } from './madePost';
import type { Site } from '../sites/site';
import { askNames, askTitle } from './newPostPrompts';
import { withExistence } from './siteExistence';
import type { EleventyConfig } from '../../core/generators/eleventy/eleventySiteConfig';
import type { NewPostArgs } from './newPostCommand';

/** New Post / New Draft on an Eleventy site, in the site's habits (eleventyNewPost.ts). Returns the new file's Uri. */
export async function runEleventyNewPost(site: Site, config: EleventyConfig, draft: boolean, heading: string, args: NewPostArgs | undefined): Promise<vscode.Uri | undefined> {
  const title = await askTitle(heading, args?.title, eleventyTitleProblem);
  if (title === undefined) return undefined;
  const tags = await askNames(site, heading, 'tag', args?.tags);
  if (tags === undefined) return undefined;
  const posts = site.model.snapshot().posts.filter((p) => p.status !== 'notPost' && p.status !== 'invalid').map((p) => p.path);
  const nowMs = Date.now();
  const place = eleventyNewPostPlace(config, posts);
  const made = await withExistence(site, (exists) => eleventyNewPost({ title, tags, draft, config, nowMs, place, exists }));
  const uri = await openMadePost(site, made);
  if (uri === undefined) return undefined;
  if (draft && !config.eleventy.draftRule) {
    void vscode.window.showWarningMessage(vscode.l10n.t('This Eleventy site has no draft rule in its config, so Eleventy builds every post: the new post is not marked as a draft.'));
  }
  return uri;
}
