/**
 * One post as Astro 5.18.2 and the site's schema read it: the entry id (front-matter `slug`, else the path), the
 * data after the schema's literal defaults, the date and updated date (`z.coerce.date()` semantics), draft, title,
 * tags and categories by the roles the schema's names give them, and a URL only where a blog route infers one.
 * What the schema refuses stops `astro sync` and `astro build`: such a post is invalid. Pure; never throws.
 */
import type { FileTime } from '../../fileTime';
import { jekyllDateAt } from '../../dates';
import { astroCoerceDateMs } from './astroDates';
import { astroEntryId, astroEntryOf, astroPlaceOf } from './astroPaths';
import type { AstroField } from './astroConfigText';
import type { AstroConfig } from './astroSiteConfig';
import type { PostContext, PostInfo } from '../../post';
import { invalidEncodingProblem, postInfoStart } from '../postInfoStart';
import type { ReadPost } from '../../postRead';
import type { Problem } from '../../problem';

function names(raw: unknown): string[] {
  if (typeof raw === 'string') return raw === '' ? [] : [raw];
  if (!Array.isArray(raw)) return [];
  return (raw as unknown[]).filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map(String);
}

function optional(type: string): boolean {
  return /\.(?:optional|nullish|default|catch)\s*\(/.test(type) || /^z\s*\.\s*(?:any|unknown|undefined|optional)\s*\(/.test(type);
}

/** What the schema's literal text says it refuses in this front matter, as messages. */
function schemaErrors(fields: readonly AstroField[], data: Readonly<Record<string, unknown>>): string[] {
  const errors: string[] = [];
  for (const field of fields) {
    const value = data[field.name];
    const type = field.type.replace(/\s+/g, '');
    if (!type.startsWith('z.')) continue;
    if (value === undefined) {
      if (!optional(type)) errors.push(`"${field.name}" is required by the schema`);
      continue;
    }
    if (value === null && /\.(?:nullable|nullish)\(/.test(type)) continue;
    if (type.startsWith('z.date()') && !(value instanceof Date)) errors.push(`"${field.name}" must be a date (z.date() takes an unquoted YAML date, not a string)`);
    else if (type.startsWith('z.coerce.date()') && Number.isNaN(astroCoerceDateMs(value, { name: 'UTC', offsetMinutesAt: () => 0 }))) errors.push(`"${field.name}" is not a date z.coerce.date() can read`);
    else if (type.startsWith('z.boolean()') && typeof value !== 'boolean') errors.push(`"${field.name}" must be true or false`);
    else if (type.startsWith('z.string()') && typeof value !== 'string') errors.push(`"${field.name}" must be a string`);
    else if (type.startsWith('z.array(z.string())') && !(Array.isArray(value) && (value as unknown[]).every((v) => typeof v === 'string'))) errors.push(`"${field.name}" must be a list of strings`);
  }
  return errors;
}

export function classifyAstroPost(sitePath: string, read: ReadPost, _mtimeMs: FileTime, ctx: PostContext & { readonly config: AstroConfig }): PostInfo {
  const { config } = ctx;
  const { roles } = config.astro;
  const problems: Problem[] = [...read.problems];
  const frontMatter = read.frontMatter ?? {};
  const normalized = sitePath.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '').replace(/^\/+/, '');
  const entry = astroEntryOf(normalized, config);
  const id = entry === undefined ? normalized : astroEntryId(entry.rel, frontMatter);
  const collection = config.astro.collections.find((c) => c.name === entry?.source.collection);
  const fields = collection?.fields ?? [];
  const data: Record<string, unknown> = { ...frontMatter };
  for (const field of fields) if (data[field.name] === undefined && field.defaultValue !== undefined) data[field.name] = field.defaultValue;
  const info = postInfoStart(read, { path: normalized, title: typeof data[roles.title] === 'string' ? (data[roles.title] as string) : id, slug: id, frontMatter, data, wordsPerMinute: config.wordsPerMinute, problems });
  const place = astroPlaceOf(normalized, config);
  if (place.kind === 'notPost') return { ...info('notPost'), notPostReason: place.reason, problems: [...problems, { severity: 'warning', code: 'post.notRead', message: place.message, line: 0 }] };
  if (entry === undefined) return info('notPost');
  if (read.invalidEncoding) problems.push(invalidEncodingProblem);
  if (read.frontMatterError || read.frontMatter === undefined) return info('invalid');
  const fmLine = read.frontMatterLines?.start ?? 0;
  const errors = schemaErrors(fields, frontMatter);
  if (errors.length > 0) {
    for (const message of errors) problems.push({ severity: 'error', code: 'post.frontMatterSchema', message: `${message}; astro sync and astro build stop on it`, line: fmLine });
    return info('invalid');
  }
  const rawDate = data[roles.date];
  const dateMs = rawDate === undefined || rawDate === null ? Number.NaN : astroCoerceDateMs(rawDate, ctx.zone);
  if (rawDate !== undefined && rawDate !== null && Number.isNaN(dateMs)) {
    problems.push({ severity: 'warning', code: 'post.dateUnreadable', message: `"${roles.date}" is no date JavaScript can read: the schema gets an Invalid Date`, line: read.dateLine?.line ?? fmLine });
  }
  // A schema without the draft field strips the key (z.object's default): the post is no draft to the blog's code.
  const draftField = config.astro.draftField;
  const draft = draftField !== undefined && data[draftField] === true;
  const { routePrefix, routeRest } = config.astro;
  // A one-segment route (`[slug].astro`) cannot take an id with `/`: given one, astro build stops ("Missing parameter").
  const routable = routePrefix !== undefined && (routeRest || !id.includes('/'));
  if (routePrefix !== undefined && !routable) {
    problems.push({ severity: 'warning', code: 'post.noRoute', message: `the id "${id}" has a "/", which the blog route's one-segment parameter cannot take: given it, astro build stops ("Missing parameter"); a [...slug] route takes it`, line: fmLine });
  }
  const url = routable ? `${config.baseurl}${routePrefix}${id}/` : undefined;
  return info(draft ? 'draft' : 'published', {
    // Astro builds every entry; the blog's own code leaves drafts out (`getCollection('blog', ({ data }) => !data.draft)`).
    willPublish: !draft,
    isDraft: draft,
    date: Number.isNaN(dateMs) ? undefined : jekyllDateAt(dateMs, ctx.zone),
    tags: names(data[roles.tags]),
    categories: names(data[roles.categories]),
    url,
  });
}
