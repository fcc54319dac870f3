/**
 * Which front-matter field plays which role in an Astro blog. Astro itself has no date, draft or tags: the
 * schema names them. Postcraft takes the usual names where the schema's text shows them (the starter's
 * `pubDate`/`updatedDate`, AstroPaper's `pubDatetime`/`modDatetime`…), the user's setting over them, and the
 * usual names when the schema cannot be read.
 */

export type AstroRole = 'date' | 'updated' | 'draft' | 'tags' | 'categories' | 'title';

export type AstroFieldRoles = Readonly<Record<AstroRole, string>>;

/** The names each role is looked for under, in order; the first is the role's name when the schema shows none. */
const CANDIDATES: Readonly<Record<AstroRole, readonly string[]>> = {
  date: ['pubDate', 'pubDatetime', 'date', 'publishDate', 'publishedAt', 'published'],
  updated: ['updatedDate', 'modDatetime', 'updated', 'lastmod', 'updatedAt', 'modified'],
  draft: ['draft'],
  tags: ['tags'],
  categories: ['categories', 'category'],
  title: ['title'],
};

export const ASTRO_ROLES = Object.keys(CANDIDATES) as AstroRole[];

/** The field of each role: the user's setting, else the first candidate the schema has, else the first candidate. */
export function astroFieldRoles(schemaFields: readonly string[], user: Readonly<Record<string, string>> = {}): AstroFieldRoles {
  const out = {} as Record<AstroRole, string>;
  for (const role of ASTRO_ROLES) {
    const own = user[role];
    const candidates = CANDIDATES[role];
    out[role] = typeof own === 'string' && own !== '' ? own : (candidates.find((name) => schemaFields.includes(name)) ?? candidates[0] ?? role);
  }
  return out;
}
