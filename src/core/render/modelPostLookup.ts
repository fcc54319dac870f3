import { unescapePath } from '../urlEscape';
import type { PostSummary } from '../postSummary';
import type { PostLookup } from './renderTypes';

/**
 * The render pipeline's view of the site model: `{% post_url %}` names, `{% link %}` paths and preview links
 * resolved against the model's posts (drafts included, so a link to a draft still opens it).
 */
export function modelPostLookup(posts: readonly PostSummary[]): PostLookup {
  const urlByPath = new Map<string, string>();
  const pathByUrl = new Map<string, string>();
  const urlByPostUrlName = new Map<string, string>();
  for (const post of posts) {
    if (post.url === undefined) {
      continue;
    }
    urlByPath.set(post.path, post.url);
    pathByUrl.set(unescapePath(post.url), post.path);
    const at = post.path.indexOf('_posts/');
    if (at >= 0) {
      const inPosts = post.path.slice(at + '_posts/'.length).replace(/\.[^./]+$/, '');
      // Jekyll accepts the name with or without the sub-folders inside _posts.
      urlByPostUrlName.set(inPosts, post.url);
      const base = inPosts.slice(inPosts.lastIndexOf('/') + 1);
      if (!urlByPostUrlName.has(base)) {
        urlByPostUrlName.set(base, post.url);
      }
    }
  }
  return {
    urlForPostUrlName: (name) => urlByPostUrlName.get(name.trim()),
    urlForPath: (sitePath) => urlByPath.get(sitePath),
    sitePaths: () => [...urlByPath.keys()],
    fileForUrl: (url) => {
      const plain = unescapePath(url);
      return pathByUrl.get(plain) ?? pathByUrl.get(plain.endsWith('/') ? plain.slice(0, -1) : `${plain}/`) ?? pathByUrl.get(`${plain}.html`);
    },
  };
}
