// Postcraft's reading of every Hugo site (the sample, the hard cases, the corpus) against Hugo 0.111.3's own: the
// same files are pages, and each has the same URL, date, draft flag, build decision and terms of every taxonomy;
// the counts of each taxonomy's terms over the pages Hugo builds agree too.
import * as assert from 'node:assert/strict';
import { nodeFileSystem } from '../../../src/platform/nodeFileSystem';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { indexSite } from '../../../src/platform/siteIndexer';
import { generatorOfFolder } from '../../harness/siteKinds';
import { hugoTermKey } from '../../../src/core/generators/hugo/hugoUrls';
import { postsInLanguage } from '../../../src/core/languageFilter';
import { askHugo, type HugoPage } from './hugoOracle';
import type { PostSummary } from '../../../src/core/postSummary';
import type { HugoConfig } from '../../../src/core/generators/hugo/hugoSiteConfig';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const corpus = path.resolve(root, '..', 'shared', 'corpus');
const fixtures = path.join(root, 'test', 'fixtures', 'hugo-sites');

function sites(): string[] {
  const list = [path.join(root, 'samples', 'hugo-blog'), ...fs.readdirSync(fixtures).map((d) => path.join(fixtures, d))];
  if (fs.existsSync(corpus)) {
    list.push(...fs.readdirSync(corpus).map((d) => path.join(corpus, d)).filter((d) => generatorOfFolder(d) === 'hugo'));
  } else if (process.env['CI'] === 'true') {
    throw new Error(`the shared corpus is missing at ${corpus}`);
  } else {
    console.log(`hugo conformance: ${corpus} is absent, so the corpus sites were skipped`);
  }
  return list;
}

/** The page's terms by taxonomy, as Hugo keys them. */
function termKeys(post: PostSummary, config: HugoConfig): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const byPlural: Record<string, readonly string[]> = { categories: post.categories, tags: post.tags, ...post.terms };
  for (const plural of Object.values(config.hugo.taxonomies)) {
    const names = byPlural[plural] ?? [];
    if (names.length > 0) out[plural] = [...new Set(names.map((n) => hugoTermKey(n, config.hugo)))].sort();
  }
  return out;
}

function hugoTerms(page: HugoPage): Record<string, string[]> {
  return Object.fromEntries(Object.entries(page.terms).filter(([, keys]) => keys.length > 0).map(([plural, keys]) => [plural, [...keys].sort()]));
}

const zeroDate = '0001-01-01T00:00:00Z';

describe('conformance with Hugo 0.111.3 (hugoOracle.ts)', () => {
  for (const site of sites()) {
    it(path.relative(path.dirname(root), site), async () => {
      const hugo = askHugo(site);
      const indexed = await indexSite(site, { fs: nodeFileSystem, generator: 'hugo', nowMs: Date.now() });
      const config = indexed.loaded.config as HugoConfig;
      const posts = indexed.model.snapshot().posts.filter((p) => p.status !== 'notPost' && p.status !== 'invalid');
      // A page Hugo lists once per language (a file two content folders hold) is one file to Postcraft.
      const pages = new Map<string, HugoPage>();
      const languagesOf = new Map<string, string[]>();
      for (const page of hugo.pages) {
        if (!pages.has(page.path)) pages.set(page.path, page);
        languagesOf.set(page.path, [...(languagesOf.get(page.path) ?? []), page.lang]);
      }
      assert.deepEqual(posts.map((p) => p.path).sort(), [...pages.keys()].sort(), 'the same files are pages');
      // A site Hugo builds in several languages is multilingual: each post names its language, as Hugo's page does.
      const multilingual = hugo.languages.length > 1;
      const snapshot = indexed.model.snapshot();
      assert.deepEqual(snapshot.languages, multilingual ? hugo.languages.map((l) => ({ code: l.lang, name: l.name })) : [], 'the languages, in Hugo\'s order');
      for (const post of posts) {
        const page = pages.get(post.path);
        assert.ok(page);
        const langs = languagesOf.get(post.path) ?? [];
        assert.deepEqual(
          { url: post.url, date: post.date?.iso ?? zeroDate, draft: post.isDraft, built: post.willPublish, terms: termKeys(post, config), lang: post.lang },
          { url: page.relPermalink, date: page.date, draft: page.draft, built: page.published, terms: hugoTerms(page), lang: multilingual ? page.lang : undefined },
          post.path,
        );
        // A file two languages' content folders hold is two pages to Hugo: one of them is the post's.
        if (multilingual) assert.ok(langs.includes(post.lang ?? ''), `${post.path}: ${post.lang} is one of ${langs.join(', ')}`);
      }
      const counts = (list: readonly { readonly terms: Record<string, string[]> }[]): Record<string, Record<string, number>> => {
        const out: Record<string, Record<string, number>> = {};
        for (const { terms } of list) for (const [plural, keys] of Object.entries(terms)) for (const key of keys) (out[plural] ??= {})[key] = (out[plural]?.[key] ?? 0) + 1;
        return out;
      };
      const ours = counts(posts.filter((p) => p.willPublish).map((p) => ({ terms: termKeys(p, config) })));
      const theirs = counts([...pages.values()].filter((p) => p.published).map((p) => ({ terms: hugoTerms(p) })));
      assert.deepEqual(ours, theirs, 'term counts over the pages Hugo builds');
      // Hugo's taxonomies are per language: filtered by a language, the counts are that language's.
      for (const language of multilingual ? hugo.languages : []) {
        const inLanguage = postsInLanguage(posts, language.lang).filter((p) => p.willPublish).map((p) => ({ terms: termKeys(p, config) }));
        const hugoInLanguage = [...pages.values()].filter((p) => p.published && p.lang === language.lang).map((p) => ({ terms: hugoTerms(p) }));
        assert.deepEqual(counts(inLanguage), counts(hugoInLanguage), `term counts in ${language.lang}`);
      }
      const taxonomies = Object.keys(theirs).length;
      console.log(`${path.basename(site)}: ${multilingual ? `${hugo.languages.map((l) => l.lang).join('+')}, ` : ''}${posts.length} pages (${posts.filter((p) => p.willPublish).length} built), ${taxonomies} taxonomies agree with Hugo ${hugo.hugoVersion}`);
    });
  }
});

describe('the bilingual fixture holds what it is there to test (asked of hugo)', () => {
  it('test/fixtures/hugo-sites/multilingual', async () => {
    const site = path.join(fixtures, 'multilingual');
    const hugo = askHugo(site);
    const langOf = Object.fromEntries(hugo.pages.map((p) => [p.path, p.lang]));
    assert.deepEqual(hugo.languages.map((l) => l.lang), ['en', 'ko']);
    // Korean by suffix in the English folder, and by the Korean contentDir; a translated pair of each kind.
    assert.deepEqual([langOf['content/posts/hello.md'], langOf['content/posts/hello.ko.md']], ['en', 'ko']);
    assert.deepEqual([langOf['content/posts/trip/index.md'], langOf['content-ko/posts/trip/index.md']], ['en', 'ko']);
    assert.equal(langOf['content-ko/posts/seoul-only.md'], 'ko');
    // One term key in both languages' taxonomies, each with its own count.
    const [en, ko] = hugo.languages;
    assert.ok(en?.taxonomies['tags']?.['hugo'] !== undefined && ko?.taxonomies['tags']?.['hugo'] !== undefined);
    assert.notEqual(en?.taxonomies['tags']?.['hugo']?.count, ko?.taxonomies['tags']?.['hugo']?.count);
    // Postcraft, filtered by each language, counts the term as that language's site does.
    const indexed = await indexSite(site, { fs: nodeFileSystem, generator: 'hugo', nowMs: Date.now() });
    const config = indexed.loaded.config as HugoConfig;
    for (const language of hugo.languages) {
      const built = postsInLanguage(indexed.model.snapshot().posts, language.lang).filter((p) => p.willPublish);
      const hugoCount = language.taxonomies['tags']?.['hugo']?.count;
      assert.equal(built.filter((p) => termKeys(p, config)['tags']?.includes('hugo')).length, hugoCount, language.lang);
    }
  });
});
