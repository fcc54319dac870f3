import { listHabitsOf, type ListHabits } from '../../core/edits/listHabits';
import { currentText } from './documents';
import { siteUri, type Site } from '../sites/site';

const RECENT = 10;

/** The texts of the site's most recent posts (drafts left out), newest first: the habits new text follows. */
export async function recentPostTexts(site: Site): Promise<string[]> {
  const recent = site.model.snapshot().posts.filter((p) => !p.isDraft && p.status !== 'notPost' && p.status !== 'invalid').slice(0, RECENT);
  const texts: string[] = [];
  for (const post of recent) {
    try {
      texts.push((await currentText(siteUri(site, post.path))).text);
    } catch {
      // A post deleted since the model saw it: one fewer example.
    }
  }
  return texts;
}

/** How the site's recent posts write their names lists. */
export async function siteListHabits(site: Site): Promise<ListHabits> {
  return listHabitsOf(await recentPostTexts(site));
}
