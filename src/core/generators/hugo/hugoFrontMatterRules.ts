/** Hugo's part of the front-matter seam: its keys and the site's taxonomies, its lint rules, dates and hovers. */
import { formatRfc3339 } from './goTime';
import { hugoKeyDocs } from './hugoKeyDocs';
import { hugoKeyHover } from './hugoHover';
import { lintHugoFrontMatter } from './hugoLint';
import type { FrontMatterRules } from '../frontMatterRules';
import type { SiteConfig } from '../../siteConfig';
import type { HugoConfig } from './hugoSiteConfig';

export function hugoFrontMatterRules(own: (config: SiteConfig) => HugoConfig): FrontMatterRules {
  return {
    // JSON front matter is read, linted for syntax and hovered for nothing: no positions are kept for it.
    syntaxes: ['yaml', 'toml'],
    // A string is one term to Hugo (`tags: go lang` is the term "go lang").
    wordKeys: [],
    keyDocs: (config) => hugoKeyDocs(own(config).hugo),
    caseInsensitiveKeys: true,
    lint: (input) => lintHugoFrontMatter(input, own(input.ctx.config)),
    ownedProblems: ['post.dateUnreadable'],
    // As `hugo new` writes {{ .Date }}: RFC 3339 in the site's zone, whole seconds; a TOML date-time needs no quotes.
    dateText: (nowMs, zone) => formatRfc3339(Math.floor(nowMs / 1000) * 1000, zone.offsetMinutesAt(nowMs)),
    hover: ({ entry, text, info, ctx }) => hugoKeyHover(entry, info, own(ctx.config), text, ctx.nowMs),
  };
}
