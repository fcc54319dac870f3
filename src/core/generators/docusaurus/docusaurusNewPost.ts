/**
 * A new Docusaurus blog post in the site's own habits: the blog folder, the way its posts are named (a dated
 * file `2024-03-05-name.md`, a dated folder `2024-03-05-name/index.md`, date folders `2024/03/05/name.md`, or an
 * undated name with `date:` in the front matter), `.md` or `.mdx` as most posts are, and a `draft: true` flag for
 * a draft (Docusaurus has no drafts folder). Pure: the clock, the zone and the existing paths come in.
 */
import { slugify } from '../../slugify';
import { formatScalar } from '../../edits/yamlQuote';
import { formatIso } from '../../dates';
import { reason, type EditReason } from '../../edits/editReasons';
import type { TimeZone } from '../../timeZone';
import type { DocusaurusConfig } from './docusaurusSiteConfig';
import { blogRelative } from './docusaurusPaths';

export type DocusaurusNaming = 'dated-file' | 'dated-folder' | 'date-folders' | 'undated';

export interface DocusaurusHabits {
  readonly naming: DocusaurusNaming;
  readonly ext: 'md' | 'mdx';
}

/** The naming most of the blog's posts use (a dated file when there are none), and their usual extension. */
export function docusaurusHabits(postPaths: readonly string[], config: DocusaurusConfig): DocusaurusHabits {
  const counts: Record<DocusaurusNaming, number> = { 'dated-file': 0, 'dated-folder': 0, 'date-folders': 0, undated: 0 };
  let mdx = 0;
  let md = 0;
  for (const path of postPaths) {
    const rel = blogRelative(path, config);
    if (rel === undefined) continue;
    if (rel.endsWith('.mdx')) mdx++;
    else md++;
    if (/(?:^|\/)\d{4}-\d{1,2}-\d{1,2}-[^/]*\/index\.mdx?$/.test(rel)) counts['dated-folder']++;
    else if (/(?:^|\/)\d{4}\/\d{1,2}\/\d{1,2}\/[^/]+$/.test(rel)) counts['date-folders']++;
    else if (/(?:^|\/)\d{4}-\d{1,2}-\d{1,2}-[^/]+$/.test(rel)) counts['dated-file']++;
    else counts.undated++;
  }
  const order: DocusaurusNaming[] = ['dated-file', 'dated-folder', 'date-folders', 'undated'];
  const naming = order.reduce((best, n) => (counts[n] > counts[best] ? n : best), 'dated-file' as DocusaurusNaming);
  return { naming, ext: mdx > md ? 'mdx' : 'md' };
}

export interface DocusaurusNewPostRequest {
  readonly title: string;
  readonly tags: readonly string[];
  readonly authors: readonly string[];
  readonly draft: boolean;
  readonly nowMs: number;
  /** The zone the date is written in (the file name's date is read as UTC by Docusaurus). */
  readonly zone: TimeZone;
  readonly config: DocusaurusConfig;
  readonly habits: DocusaurusHabits;
  readonly exists: (path: string) => boolean;
}

export type DocusaurusNewPost =
  | { readonly ok: true; readonly path: string; readonly text: string; readonly cursor: number }
  | { readonly ok: false; readonly reason: EditReason };

function list(names: readonly string[]): string {
  return `[${names.map((n) => formatScalar(n, { flow: true })).join(', ')}]`;
}

export function docusaurusNewPost(req: DocusaurusNewPostRequest): DocusaurusNewPost {
  if (req.title.trim() === '') return { ok: false, reason: reason('titleRequired') };
  if (/[\r\n]/.test(req.title)) return { ok: false, reason: reason('titleOneLine') };
  const name = slugify(req.title, { mode: 'default' });
  if (name === '') return { ok: false, reason: reason('noSlug') };
  const offset = req.zone.offsetMinutesAt(req.nowMs);
  const iso = formatIso(req.nowMs, offset);
  const day = iso.slice(0, 10);
  const dir = req.config.docusaurus.blogDir;
  const ext = req.habits.ext;
  const pathFor = (n: string): string => {
    const rel = {
      'dated-file': `${day}-${n}.${ext}`,
      'dated-folder': `${day}-${n}/index.${ext}`,
      'date-folders': `${day.replace(/-/g, '/')}/${n}.${ext}`,
      undated: `${n}.${ext}`,
    }[req.habits.naming];
    return dir === '' ? rel : `${dir}/${rel}`;
  };
  let path = pathFor(name);
  // A taken name (or, for a dated folder, a taken folder) gets a number, as a writer would add one.
  const taken = (p: string): boolean => req.exists(p) || (req.habits.naming === 'dated-folder' && req.exists(p.slice(0, p.lastIndexOf('/'))));
  for (let i = 2; taken(path); i++) path = pathFor(`${name}-${i}`);
  const lines = [
    '---',
    `title: ${formatScalar(req.title)}`,
    // Undated names take their date from the front matter; Docusaurus reads a string date as UTC.
    ...(req.habits.naming === 'undated' ? [`date: ${iso.slice(0, 19).replace('T', ' ')}`] : []),
    ...(req.authors.length === 0 ? [] : [`authors: ${list(req.authors)}`]),
    ...(req.tags.length === 0 ? [] : [`tags: ${list(req.tags)}`]),
    ...(req.draft ? ['draft: true'] : []),
    '---',
    '',
    '',
  ];
  const text = lines.join('\n');
  return { ok: true, path, text, cursor: text.length };
}
