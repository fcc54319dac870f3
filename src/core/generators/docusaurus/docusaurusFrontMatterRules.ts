/** Docusaurus's part of the front-matter seam: its blog keys, what a hover says of date, draft and slug. */
import { formatIso } from '../../dates';
import { DOCUSAURUS_KEYS } from './docusaurusKeyDocs';
import { parseBlogFileName } from './docusaurusUrls';
import { blogRelative } from './docusaurusPaths';
import type { FrontMatterRules, KeyHoverFacts } from '../frontMatterRules';
import type { SiteConfig } from '../../siteConfig';
import type { DocusaurusConfig } from './docusaurusSiteConfig';

export function docusaurusFrontMatterRules(own: (config: SiteConfig) => DocusaurusConfig): FrontMatterRules {
  return {
    syntaxes: ['yaml'],
    // A string is one name (`tags: go lang` is the tag "go lang").
    wordKeys: [],
    keyDocs: () => DOCUSAURUS_KEYS,
    caseInsensitiveKeys: false,
    lint: () => [],
    ownedProblems: [],
    // A YAML timestamp with its offset: js-yaml reads it as that instant (a string would be read as UTC).
    dateText: (nowMs, zone) => formatIso(Math.floor(nowMs / 1000) * 1000, zone.offsetMinutesAt(nowMs)),
    hover: ({ entry, info, ctx }): KeyHoverFacts => {
      const key = entry.key;
      const base: KeyHoverFacts = { makesUrl: key === 'slug' };
      if (key === 'date') {
        const rel = blogRelative(info.path, own(ctx.config)) ?? info.path;
        const written = info.frontMatter['date'];
        const from = written !== undefined && written !== null && written !== '' ? 'date' : parseBlogFileName(rel).dateMs !== undefined ? ':filename' : ':fileModTime';
        return { ...base, dates: [{ name: 'date', iso: info.date?.iso, from }] };
      }
      if (key === 'draft' || key === 'unlisted') return { ...base, status: info.isDraft ? { kind: 'draft', built: 'devServerOnly' } : { kind: 'published' } };
      return base;
    },
  };
}
