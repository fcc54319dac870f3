import * as vscode from 'vscode';
import { hexoNewPost } from '../../core/generators/hexo/hexoNewPost';
import { openMadePost } from './madePost';
import type { Site } from '../sites/site';
import { askNames, askTitle } from './newPostPrompts';
import { withExistence } from './siteExistence';
import { joinLocation } from '../../core/locations';
import { readEntries } from '../../platform/fileSystem';
import type { HexoConfig } from '../../core/generators/hexo/hexoSiteConfig';
import type { NewPostArgs } from './newPostCommand';

/**
 * The scaffold `hexo new` would use: `scaffolds/<layout>.*`, else `scaffolds/normal.*` (names starting with `_`
 * left out); undefined for Hexo's own. An unreadable one is said and skipped.
 */
async function readScaffold(site: Site, layout: string): Promise<string | undefined> {
  const dir = joinLocation(site.root, 'scaffolds');
  const names = (await readEntries(site.files.fs, dir))?.map((e) => e.name).filter((n) => !n.startsWith('_'));
  if (names === undefined) return undefined;
  // As path.basename(n, path.extname(n)): a leading dot starts no extension.
  const stem = (n: string): string => (n.lastIndexOf('.') > 0 ? n.slice(0, n.lastIndexOf('.')) : n);
  for (const wanted of [layout, 'normal']) {
    const name = names.find((n) => stem(n) === wanted);
    if (name === undefined) continue;
    const read = await site.files.fs.readText(joinLocation(dir, name));
    if (read.ok) return read.text.replace(/^\ufeff/, '').replace(/\r\n/g, '\n');
    void vscode.window.showWarningMessage(vscode.l10n.t('The scaffold {0} cannot be read: {1}', `scaffolds/${name}`, read.reason));
  }
  return undefined;
}

/** New Post / New Draft on a Hexo site, as `hexo new [draft] <title>` makes it. Returns the new file's Uri. */
export async function runHexoNewPost(site: Site, config: HexoConfig, draft: boolean, heading: string, args: NewPostArgs | undefined): Promise<vscode.Uri | undefined> {
  const title = await askTitle(heading, args?.title);
  if (title === undefined) return undefined;
  const categories = await askNames(site, heading, 'category', args?.categories);
  if (categories === undefined) return undefined;
  const tags = await askNames(site, heading, 'tag', args?.tags);
  if (tags === undefined) return undefined;
  const scaffold = await readScaffold(site, draft ? 'draft' : 'post');
  const nowMs = Date.now();
  const made = await withExistence(site, (exists) => hexoNewPost({
    title,
    draft,
    tags,
    categories,
    nowMs,
    // Hexo names and dates a new post in the computer's zone (moment()), whatever `timezone` says.
    machine: site.loaded.zone,
    config,
    scaffold,
    exists,
  }));
  // Hexo's scaffold leaves the cursor at the end of the new file.
  return openMadePost(site, made.ok ? { ok: true, path: made.path, text: made.text, cursor: made.text.length } : made);
}
