/**
 * A new post or draft: its path (Jekyll's file name, never an existing file) and its text, from the user's template
 * or from what the site's recent posts have in common, without repeating what `defaults:` already supplies.
 */
import { sameValue } from '../sameValue';
import { defaultsFor } from '../defaults';
import { splitFrontMatter } from '../frontMatterSplit';
import { readPost } from '../postRead';
import { setValue } from './setValue';
import { editTaxonomy } from './taxonomyEdits';
import { dayInZone, jekyllTimestamp } from './postDates';
import { newPostPath } from './postMoves';
import { formatScalar, type ScalarValue } from './yamlQuote';
import { taxonomyKeys } from './listEdits';
import { categoryFolderFor, type PlacedPost } from './postFolderHabit';
import { listHabitsOf, newListLines, type ListHabits } from './listHabits';
import { applyEdits, type EditResult } from './textEdit';
import { reason, type EditReason } from './editReasons';
import type { JekyllConfig } from '../config';
import type { TimeZone } from '../timeZone';

export interface NewPostRequest {
  readonly title: string;
  readonly categories: readonly string[];
  readonly tags: readonly string[];
  readonly draft: boolean;
  readonly nowMs: number;
  readonly zone: TimeZone;
  readonly config: JekyllConfig;
  /** Whether a site-relative path is taken. */
  readonly exists: (path: string) => boolean;
  /** The user's template (a Markdown file with front matter), if there is one. */
  readonly template?: string | undefined;
  /** Texts of the site's most recent posts, newest first: the habits to follow when there is no template. */
  readonly recent?: readonly string[];
  /** The site's posts with their categories: a site that keeps posts in per-category folders gets the new one there. */
  readonly placed?: readonly PlacedPost[];
}

export type NewPost =
  | { readonly ok: true; readonly path: string; readonly text: string; readonly cursor: number }
  | { readonly ok: false; readonly reason: EditReason };

/** Keys that are the post's own, never copied from other posts. */
const OWN_KEYS = new Set(['title', 'date', 'categories', 'category', 'tags', 'tag', 'description', 'excerpt', 'header', 'permalink', 'slug', 'published', 'last_modified_at', 'toc_label', 'redirect_from', 'image', 'teaser', 'subtitle', 'author']);
const RECENT_MAX = 10;

/** Why a title cannot be used, or undefined when it can. */
export function titleProblem(title: string, slugifyMode?: string): EditReason | undefined {
  if (title.trim() === '') return reason('titleRequired');
  if (/[\r\n]/.test(title)) return reason('titleOneLine');
  const path = newPostPath({ title, draft: true, day: '', collectionsDir: '', slugifyMode, exists: () => false });
  return path.ok ? undefined : path.reason;
}

interface Habits {
  readonly shared: readonly (readonly [string, ScalarValue])[];
  readonly date: boolean;
  readonly quoteTitle: boolean;
  readonly lists: ListHabits;
}

function habitsOf(recent: readonly string[], config: JekyllConfig, defaults: Readonly<Record<string, unknown>>): Habits {
  const texts = recent.slice(0, RECENT_MAX);
  const half = (n: number): boolean => texts.length > 0 && n * 2 >= texts.length;
  const counts = new Map<string, { key: string; value: ScalarValue; n: number; order: number }>();
  let dates = 0;
  let quoted = 0;
  texts.forEach((text, postIndex) => {
    const fm = readPost(text, config.excerptSeparator, { countWords: false }).frontMatter ?? {};
    if ('date' in fm) dates++;
    if (/^title:[ \t]*"/m.test(text)) quoted++;
    Object.entries(fm).forEach(([key, value], keyIndex) => {
      if (OWN_KEYS.has(key) || !(typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) return;
      const id = JSON.stringify([key, value]);
      const entry = counts.get(id) ?? { key, value, n: 0, order: postIndex * 1000 + keyIndex };
      entry.n++;
      counts.set(id, entry);
    });
  });
  const shared = [...counts.values()]
    .filter((c) => half(c.n) && !sameValue(defaults[c.key], c.value))
    .sort((a, b) => b.n - a.n || a.order - b.order)
    .filter((c, i, all) => all.findIndex((o) => o.key === c.key) === i)
    .sort((a, b) => a.order - b.order)
    .map((c) => [c.key, c.value] as const);
  return { shared, date: half(dates), quoteTitle: half(quoted), lists: listHabitsOf(texts) };
}

function fromHabits(req: NewPostRequest, path: string): string {
  const defaults = defaultsFor(req.config, path, path, 'posts');
  const habits = habitsOf(req.recent ?? [], req.config, defaults);
  const layout = habits.shared.filter(([k]) => k === 'layout');
  const others = habits.shared.filter(([k]) => k !== 'layout');
  const lines = [
    ...layout.map(([k, v]) => `${k}: ${formatScalar(v)}`),
    `title: ${formatScalar(req.title.trim(), { style: habits.quoteTitle ? 'double' : 'plain' })}`,
    ...(habits.date ? [`date: ${jekyllTimestamp(req.nowMs, req.zone)}`] : []),
    ...newListLines(taxonomyKeys.category, req.categories, habits.lists),
    ...newListLines(taxonomyKeys.tag, req.tags, habits.lists),
    ...others.map(([k, v]) => `${k}: ${formatScalar(v)}`),
  ];
  return `---\n${lines.join('\n')}\n---\n\n`;
}

function fromTemplate(req: NewPostRequest, template: string): { ok: true; text: string } | { ok: false; reason: EditReason } {
  let text = template;
  const steps: ((t: string) => EditResult)[] = [
    (t) => setValue(t, 'title', req.title.trim()),
    (t) => (/^date[ \t]*:/m.test(splitYaml(t)) ? setValue(t, 'date', { timestamp: jekyllTimestamp(req.nowMs, req.zone) }) : { ok: true, edits: [] }),
    (t) => editTaxonomy(t, 'category', { kind: 'add', names: req.categories }),
    (t) => editTaxonomy(t, 'tag', { kind: 'add', names: req.tags }),
  ];
  for (const step of steps) {
    const result = step(text);
    if (!result.ok) return { ok: false, reason: reason('badTemplate', result.reason) };
    text = applyEdits(text, result.edits);
  }
  return { ok: true, text };
}

function splitYaml(text: string): string {
  const split = splitFrontMatter(text);
  return split.kind === 'yaml' ? split.yaml : '';
}

/** The new post's path and text, and where the cursor goes (the start of the body). */
export function newPost(req: NewPostRequest): NewPost {
  const problem = titleProblem(req.title);
  if (problem !== undefined) return { ok: false, reason: problem };
  const path = newPostPath({
    title: req.title.trim(),
    draft: req.draft,
    day: dayInZone(req.nowMs, req.zone),
    collectionsDir: req.config.collectionsDir,
    subfolder: req.draft ? undefined : categoryFolderFor(req.placed ?? [], req.categories[0]),
    exists: req.exists,
  });
  if (!path.ok) return path;
  let text: string;
  if (req.template === undefined) {
    text = fromHabits(req, path.path);
  } else {
    const made = fromTemplate(req, req.template);
    if (!made.ok) return made;
    text = made.text;
  }
  const split = splitFrontMatter(text);
  const cursor = split.kind === 'yaml' || split.kind === 'none' ? split.bodyOffset : text.length;
  return { ok: true, path: path.path, text, cursor };
}
