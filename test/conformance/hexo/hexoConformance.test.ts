// Postcraft's reading of every Hexo site (the sample, the hard cases, the corpus) against Hexo 8.1.2's own: the
// same files are posts, and each has the same draft and published flags, build decision, date, path, title, slug,
// tags and categories (each category by its chain of names), with the same slugs. Hexo runs in the zone Postcraft
// reads the machine's as; the hard cases are read again in two more zones.
import * as assert from 'node:assert/strict';
import { nodeFileSystem } from '../../../src/platform/nodeFileSystem';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { indexSite } from '../../../src/platform/siteIndexer';
import { generatorOfFolder } from '../../harness/siteKinds';
import { hexoCategorySlug, hexoTagSlug, HEXO_CATEGORY_SEPARATOR } from '../../../src/core/generators/hexo/hexoTaxonomy';
import { hexoSlugize } from '../../../src/core/generators/hexo/hexoSlugize';
import { readHexoPost } from '../../../src/core/generators/hexo/hexoReadPost';
import { oracleDir } from '../../harness/oracles';
import { askHexo, type HexoPost } from './hexoOracle';
import type { HexoConfig } from '../../../src/core/generators/hexo/hexoSiteConfig';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const corpus = path.resolve(root, '..', 'shared', 'corpus');
const fixtures = path.join(root, 'test', 'fixtures', 'hexo-sites');

function sites(): string[] {
  const list = [path.join(root, 'samples', 'hexo-blog'), ...fs.readdirSync(fixtures).map((d) => path.join(fixtures, d))];
  if (fs.existsSync(corpus)) {
    list.push(...fs.readdirSync(corpus).map((d) => path.join(corpus, d)).filter((d) => generatorOfFolder(d) === 'hexo'));
  } else if (process.env['CI'] === 'true') {
    throw new Error(`the shared corpus is missing at ${corpus}`);
  } else {
    console.log(`hexo conformance: ${corpus} is absent, so the corpus sites were skipped`);
  }
  return list;
}

const machineZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Reads the site with Hexo and with Postcraft (both on Hexo's copy, whose files' times Hexo used) in `zone`. */
async function compare(site: string, zone: string): Promise<string> {
  const hexo = askHexo(site, zone);
  const savedTz = process.env['TZ'];
  process.env['TZ'] = zone;
  try {
    const indexed = await indexSite(hexo.copy, { fs: nodeFileSystem, generator: 'hexo', nowMs: Date.now() });
    const config = indexed.loaded.config as HexoConfig;
    const settings = config.hexo;
    assert.equal(indexed.loaded.zone.name, zone, 'Postcraft reads the machine\'s zone as the one Hexo ran in');
    const prefix = settings.sourceDir === '' ? '' : `${settings.sourceDir}/`;
    const posts = indexed.model.snapshot().posts.filter((p) => p.status !== 'notPost' && p.status !== 'invalid');
    const theirs = new Map<string, HexoPost>(hexo.posts.map((p) => [`${prefix}${p.source}`, p]));
    assert.deepEqual(posts.map((p) => p.path).sort(), [...theirs.keys()].sort(), 'the same files are posts');
    let fromFileTime = 0;
    for (const post of posts) {
      const page = theirs.get(post.path);
      assert.ok(page);
      // Hexo dates a post with no date of its own by the file's birth time; Postcraft has its modification time.
      const byFileTime = page.date === page.birthtime && post.date?.epochMs === fs.statSync(path.join(hexo.copy, post.path)).mtimeMs;
      if (byFileTime) fromFileTime++;
      const hexoChains = page.categories.map((c) => c.chain.join(HEXO_CATEGORY_SEPARATOR)).sort();
      // With `future: false` Hexo attaches no tags or categories to a post dated later than now (models/post.ts
      // notPublished); Postcraft keeps them for the writer. Hexo's side is checked, Postcraft's names are its own.
      const hiddenByClock = !settings.future && Date.parse(page.date) > Date.now();
      if (hiddenByClock) assert.deepEqual([page.tags, page.categories], [[], []], `${post.path}: Hexo attaches no names to a future post`);
      assert.deepEqual(
        {
          draft: post.isDraft,
          published: !post.isDraft && !post.markedUnpublished,
          built: post.willPublish,
          date: byFileTime ? page.date : new Date(post.date?.epochMs ?? NaN).toISOString(),
          url: post.url,
          // Hexo's title is the front matter's or ''; Postcraft shows a title made from the slug instead of ''.
          title: page.title === '' ? '' : post.title,
          slug: post.slug,
          tags: [...post.tags].sort(),
          categories: [...post.categories].sort(),
        },
        {
          draft: page.source.startsWith('_drafts/'),
          published: page.published,
          built: page.built,
          date: page.date,
          url: page.path.startsWith('/') ? page.path : `/${page.path}`,
          title: page.title,
          slug: page.slug,
          tags: hiddenByClock ? [...post.tags].sort() : page.tags.map((t) => t.name).sort(),
          categories: hiddenByClock ? [...post.categories].sort() : hexoChains,
        },
        `${post.path} (TZ=${zone})`,
      );
      for (const tag of page.tags) assert.equal(hexoTagSlug(tag.name, settings.tagMap, settings.filenameCase), tag.slug, `${post.path}: the slug of tag ${tag.name}`);
      for (const c of page.categories) assert.equal(hexoCategorySlug(c.chain, settings.categoryMap, settings.filenameCase), c.slug, `${post.path}: the slug of category ${c.chain.join(' > ')}`);
    }
    fs.rmSync(hexo.copy, { recursive: true, force: true });
    return `${path.basename(site)} (TZ=${zone}): ${posts.length} posts (${posts.filter((p) => p.willPublish).length} built, ${fromFileTime} dated by the file's time) agree with Hexo ${hexo.version}`;
  } finally {
    if (savedTz === undefined) delete process.env['TZ'];
    else process.env['TZ'] = savedTz;
  }
}

describe('conformance with Hexo 8.1.2 (hexo-oracle.js)', () => {
  for (const site of sites()) {
    it(path.relative(path.dirname(root), site), async () => {
      console.log(await compare(site, machineZone));
    });
  }
  for (const zone of ['Asia/Seoul', 'America/Los_Angeles']) {
    it(`test/fixtures/hexo-sites/hard-cases in ${zone}`, async () => {
      console.log(await compare(path.join(fixtures, 'hard-cases'), zone));
    });
  }
});

/** A module of the Hexo oracle's install (hexo-util, hexo-front-matter), for rules to compare one by one. */
function oracleModule<T>(name: string): T {
  return createRequire(__filename)(path.join(oracleDir('hexo'), 'node_modules', name)) as T;
}

describe('the pieces Hexo 8.1.2 is made of, asked directly', () => {
  it('slugs as hexo-util slugize makes them (accents, CJK, symbols, case transforms)', () => {
    const { slugize } = oracleModule<{ slugize: (s: string, o?: { transform?: number }) => string }>('hexo-util');
    const inputs = ['Go Lang', '한글 태그', 'Crème Brûlée', 'Ærøskøbing Œuvre', 'a--b__c', '  spaced  out  ', 'C++ & C#', 'ＦＵＬＬ ｗｉｄｔｈ', 'tab\there', 'x/y\\z', 'ǅemal', '日本語のタグ', 'emoji 😀 ok', ''];
    for (const input of inputs) for (const transform of [0, 1, 2] as const) assert.equal(hexoSlugize(input, transform), slugize(input, { transform }), `${input} (${transform})`);
  });

  it('front matter as hexo-front-matter parses it (machine zone UTC, where its Date shift is nothing)', () => {
    const { parse } = oracleModule<{ parse: (s: string) => Record<string, unknown> }>('hexo-front-matter');
    const texts = [
      '---\ntitle: A\ntags: [a, b]\n---\nbody',
      '----\ntitle: four dashes\n----\nbody',
      '---\ntitle: short close\n-----\nbody',
      ';;;\n"title": "json", "n": 1\n;;;\nbody',
      ';;;\n"broken": \n;;;\nbody',
      'title: no opening\n---\nbody',
      'Just a paragraph\n---\nbody',
      'a: 1\n;;;\nbody',
      '---\n---\nbody',
      '---\n\n---\nbody',
      '---\ndate: 2024-01-02 10:00:00\nd2: 2024-01-02\nd3: 2024-01-02 10:00\n---\n',
      '---\nlist:\n\t- tab\n\t\t- deeper\n---\n',
      '---\n- a\n- b\n---\nbody',
      '---\nnull\n---\nbody',
      'no front matter at all',
    ];
    const saved = process.env['TZ'];
    process.env['TZ'] = 'UTC';
    try {
      for (const text of texts) {
        const parsed = parse(text);
        const ours = readHexoPost(text, '<!-- more -->', { countWords: false, excerpt: false });
        // A YAML list comes back as the list itself: its items are no keys of the post, so Postcraft reads none.
        const theirs: Record<string, unknown> = Array.isArray(parsed) ? {} : { ...parsed };
        delete theirs['_content'];
        assert.deepEqual(ours.frontMatter, theirs, JSON.stringify(text));
      }
    } finally {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
    }
  });
});
