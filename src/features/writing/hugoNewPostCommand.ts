import * as vscode from 'vscode';
import { hugoArchetypeCandidates, hugoArchetypeTaxonomies, hugoNewPost, hugoNewPostPlace, hugoTitleProblem, pickHugoArchetype } from '../../core/generators/hugo/hugoNewPost';
import { openMadePost } from './madePost';
import type { Site } from '../sites/site';
import { askNames, askTitle } from './newPostPrompts';
import { withExistence } from './siteExistence';
import { joinLocation } from '../../core/locations';
import type { HugoConfig } from '../../core/generators/hugo/hugoSiteConfig';
import type { NewPostArgs } from './newPostCommand';

/** The candidates the site has, by site path; an unreadable one is said and skipped, as if absent. */
async function readArchetypes(site: Site, candidates: readonly string[]): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  const read = await Promise.all(candidates.map((file) => site.files.fs.readText(joinLocation(site.root, file))));
  candidates.forEach((file, i) => {
    const result = read[i];
    if (result?.ok === true) texts[file] = result.text.replace(/^\ufeff/, '');
    else if (result !== undefined && !result.missing) void vscode.window.showWarningMessage(vscode.l10n.t('The archetype {0} cannot be read: {1}', file, result.reason));
  });
  return texts;
}

/** New Post / New Draft on a Hugo site: from its archetype, as `hugo new` would make it. Returns the new file's Uri. */
export async function runHugoNewPost(site: Site, config: HugoConfig, draft: boolean, heading: string, args: NewPostArgs | undefined): Promise<vscode.Uri | undefined> {
  const title = await askTitle(heading, args?.title, (value) => hugoTitleProblem(value, config));
  if (title === undefined) return undefined;
  const place = hugoNewPostPlace(config, site.model.snapshot().posts.map((p) => p.path));
  const archetype = pickHugoArchetype(hugoArchetypeCandidates(config, place.section), await readArchetypes(site, hugoArchetypeCandidates(config, place.section)));
  // Only the lists the archetype has are asked for: Postcraft adds no key the writer's archetype left out.
  const lists = hugoArchetypeTaxonomies(archetype.text, config);
  const categories = lists.category === undefined ? [] : await askNames(site, heading, 'category', args?.categories);
  if (categories === undefined) return undefined;
  const tags = lists.tag === undefined ? [] : await askNames(site, heading, 'tag', args?.tags);
  if (tags === undefined) return undefined;
  const nowMs = Date.now();
  const made = await withExistence(site, (exists) => hugoNewPost({
    title, draft, categories, tags, nowMs, config, place,
    // `hugo new` writes .Date in the computer's zone, not the site's timeZone (checked with hugo 0.111.3).
    offsetMinutes: -new Date(nowMs).getTimezoneOffset(),
    archetype: archetype.text,
    exists,
  }));
  const uri = await openMadePost(site, made);
  if (uri === undefined || !made.ok) return undefined;
  if (made.unknown.length > 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The archetype {0} has template actions Postcraft does not fill; they are left as written: {1}', archetype.file ?? 'default', made.unknown.join(', ')));
  }
  if (made.unset.length > 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The archetype already has values for {0}; add the names by hand.', made.unset.join(', ')));
  }
  return uri;
}
