import * as vscode from 'vscode';
import { astroNewPost, astroNewPostPlace, astroTitleProblem } from '../../core/generators/astro/astroNewPost';
import { openMadePost } from './madePost';
import type { Site } from '../sites/site';
import { askNames, askTitle } from './newPostPrompts';
import { localReason } from './reasonL10n';
import { withExistence } from './siteExistence';
import { recentPostTexts } from './siteHabits';
import { reason } from '../../core/edits/editReasons';
import type { AstroConfig } from '../../core/generators/astro/astroSiteConfig';
import type { NewPostArgs } from './newPostCommand';

/** New Post / New Draft on an Astro site, in the site's habits (astroNewPost.ts). Returns the new file's Uri. */
export async function runAstroNewPost(site: Site, config: AstroConfig, draft: boolean, heading: string, args: NewPostArgs | undefined): Promise<vscode.Uri | undefined> {
  const recentTexts = await recentPostTexts(site);
  const { draftField, roles } = config.astro;
  if (draft && draftField === undefined) {
    // Said before the title is asked for: the schema has no field to mark the draft with.
    void vscode.window.showWarningMessage(vscode.l10n.t('The post was not created: {0}', localReason(reason('noDraftField', roles.draft))));
    return undefined;
  }
  const title = await askTitle(heading, args?.title, astroTitleProblem);
  if (title === undefined) return undefined;
  const tags = await askNames(site, heading, 'tag', args?.tags);
  if (tags === undefined) return undefined;
  const posts = site.model.snapshot().posts.filter((p) => p.status !== 'notPost').map((p) => p.path);
  const nowMs = Date.now();
  const place = astroNewPostPlace(config, posts, recentTexts);
  const made = await withExistence(site, (exists) => astroNewPost({ title, tags, draft, config, nowMs, zone: site.loaded.zone, place, exists }));
  return openMadePost(site, made);
}
