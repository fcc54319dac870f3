import * as vscode from 'vscode';
import { docusaurusHabits, docusaurusNewPost } from '../../core/generators/docusaurus/docusaurusNewPost';
import { titleProblem } from '../../core/edits/newPost';
import { openMadePost } from './madePost';
import type { Site } from '../sites/site';
import { pickNames, siteKeyNames } from './namePick';
import { askNames, askTitle } from './newPostPrompts';
import { withExistence } from './siteExistence';
import type { DocusaurusConfig } from '../../core/generators/docusaurus/docusaurusSiteConfig';
import type { NewPostArgs } from './newPostCommand';

/** New Post / New Draft on a Docusaurus site: named as the blog's posts are, a draft by `draft: true`. */
export async function runDocusaurusNewPost(site: Site, config: DocusaurusConfig, draft: boolean, heading: string, args: NewPostArgs | undefined): Promise<vscode.Uri | undefined> {
  const title = await askTitle(heading, args?.title, titleProblem);
  if (title === undefined) return undefined;
  const tags = await askNames(site, heading, 'tag', args?.tags);
  if (tags === undefined) return undefined;
  // Authors are keys of the site's authors map (Docusaurus stops on any other key); asked only when there is one.
  const known = Object.keys(config.docusaurus.authors ?? {});
  const authors = args !== undefined || known.length === 0 ? [] : await pickNames({
    title: heading,
    placeholder: vscode.l10n.t('Authors: type to filter; tick with Space or a click, Enter to finish'),
    names: [...siteKeyNames(site, 'authors').filter((n) => known.includes(n.name)), ...known.filter((k) => !siteKeyNames(site, 'authors').some((n) => n.name === k)).map((name) => ({ name, count: 0 }))],
    many: true,
    allowNew: false,
  });
  if (authors === undefined) return undefined;
  const posts = site.model.snapshot().posts.map((p) => p.path);
  const nowMs = Date.now();
  const habits = docusaurusHabits(posts, config);
  const made = await withExistence(site, (exists) => docusaurusNewPost({ title, tags, draft, authors, nowMs, zone: site.loaded.zone, config, habits, exists }));
  return openMadePost(site, made);
}
