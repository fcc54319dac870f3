import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readHugoConfig, HUGO_ROOT_CONFIG_FILES, isHugoConfigPath } from '../../../../src/core/generators/hugo/hugoConfig';

const f = (file: string, text: string) => ({ file, text });

test('an empty site has Hugo 0.111.3 defaults', () => {
  const { settings, problems } = readHugoConfig([]);
  assert.deepEqual(problems, []);
  assert.equal(settings.contentDir, 'content');
  assert.equal(settings.defaultContentLanguage, 'en');
  assert.deepEqual(settings.languageOrder, ['en']);
  assert.equal(settings.multilingual, false);
  assert.deepEqual(settings.taxonomies, { tag: 'tags', category: 'categories' });
  assert.deepEqual(settings.permalinks, {});
  assert.equal(settings.summaryLength, 70);
  assert.equal(settings.timeZone, '');
  assert.equal(settings.uglyURLs, false);
  assert.equal(settings.mainSections, undefined);
});

// hugo 0.111.3 runs c1, c2: hugo.* wins over config.*, and toml > yaml > yml > json within a name.
test('the root file Hugo picks', () => {
  assert.deepEqual(HUGO_ROOT_CONFIG_FILES.slice(0, 4), ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json']);
  const title = (...files: { file: string; text: string }[]) => readHugoConfig(files).settings.title;
  assert.equal(title(f('config.toml', 'title = "from config.toml"'), f('hugo.toml', 'title = "from hugo.toml"')), 'from hugo.toml');
  assert.equal(title(f('hugo.json', '{"title": "from hugo.json"}'), f('hugo.yaml', 'title: from hugo.yaml'), f('config.toml', 'title = "c"')), 'from hugo.yaml');
  assert.equal(title(f('hugo.json', '{"title": "from hugo.json"}'), f('config.toml', 'title = "c"')), 'from hugo.json');
  assert.equal(title(f('hugo.json', '{"title": "j"}'), f('hugo.yml', 'title: yml')), 'yml');
  assert.ok(isHugoConfigPath('config/_default/params.ko.toml'));
  assert.ok(isHugoConfigPath('config/production/deep/menus.yaml'));
  assert.ok(!isHugoConfigPath('config/development/params.toml'));
  assert.ok(isHugoConfigPath('config/development/params.toml', 'development'));
  assert.ok(!isHugoConfigPath('config/_default/notes.txt'));
});

// hugo 0.111.3 run c3: a root config.toml, config/_default/{hugo,config,params,params.ko,languages,taxonomies,menus.en}.toml,
// permalinks.yaml, config/production/params.toml; values printed from the home template.
test('config folder merge, key case and file-name keys (run c3)', () => {
  const { settings, problems } = readHugoConfig([
    f('config.toml', 'Title = "root"\nBaseURL = "https://root.example/"\nTimeZone = "Asia/Seoul"\n[Params]\nFoo = "root-foo"\nKeep = "root-keep"\n[Taxonomies]\nTag = "Tags"\n[Permalinks]\nposts = "/root/:slug/"\n'),
    f('config/_default/hugo.toml', 'title = "dir-hugo"\nsummaryLength = 10\n'),
    f('config/_default/config.toml', 'title = "dir-config"\nuglyURLs = true\n'),
    f('config/_default/params.toml', 'foo = "dir-foo"\nnested = { a = 1 }\n'),
    f('config/_default/params.ko.toml', 'foo = "ko-foo"\n'),
    f('config/_default/languages.toml', '[en]\nweight = 1\n[ko]\nweight = 2\ntitle = "한국 블로그"\n'),
    f('config/_default/taxonomies.toml', 'series = "series"\n'),
    f('config/_default/permalinks.yaml', 'Posts: ":year/:slug"\n'),
    f('config/_default/menus.en.toml', '[[main]]\nname = "Home"\nurl = "/"\n'),
    f('config/production/params.toml', 'foo = "prod-foo"\n'),
  ]);
  assert.deepEqual(problems, []);
  assert.equal(settings.title, 'dir-hugo');
  assert.equal(settings.baseURL, 'https://root.example/');
  assert.equal(settings.timeZone, 'Asia/Seoul');
  assert.equal(settings.summaryLength, 10);
  assert.equal(settings.uglyURLs, true);
  assert.deepEqual(settings.taxonomies, { tag: 'Tags', series: 'series' });
  assert.deepEqual(settings.permalinks, { posts: ':year/:slug' });
  assert.deepEqual(settings.languageOrder, ['en', 'ko']);
  assert.equal(settings.languages['ko']?.title, '한국 블로그');
  assert.deepEqual(settings.languages['ko']?.raw['params'], { foo: 'ko-foo' });
  const params = settings.raw['params'] as Record<string, unknown>;
  assert.deepEqual(params, { foo: 'prod-foo', keep: 'root-keep', nested: { a: 1 } });
  const en = (settings.raw['languages'] as Record<string, Record<string, unknown>>)['en'];
  assert.deepEqual(en?.['menus'], { main: [{ name: 'Home', url: '/' }] });
  const dev = readHugoConfig([f('config/_default/params.toml', 'foo = 1'), f('config/production/params.toml', 'foo = 2'), f('config/development/params.toml', 'foo = 3')], { environment: 'development' });
  assert.deepEqual(dev.settings.raw['params'], { foo: 3 });
});

// hugo 0.111.3 run s3: [taxonomies] tag = "tags", serie = "Series" drops categories.
test('an explicit [taxonomies] replaces the default', () => {
  const { settings } = readHugoConfig([f('hugo.toml', '[taxonomies]\ntag = "tags"\nserie = "Series"\n')]);
  assert.deepEqual(settings.taxonomies, { tag: 'tags', serie: 'Series' });
  assert.deepEqual(readHugoConfig([f('hugo.yaml', 'taxonomies: {}\n')]).settings.taxonomies, {});
});

// hugo 0.111.3 runs s4 and s8: permalink keys are lower-cased ("Posts") and trimmed ("/notes/"); [languages.KO] is "ko".
test('permalink keys, languages and their order', () => {
  const { settings, problems } = readHugoConfig([
    f('hugo.toml', 'defaultContentLanguage = "ko"\n[permalinks]\nPosts = "/:year/:month/:day/:slug/"\n"/notes/" = "/n/:title/"\n' +
      '[languages.KO]\nweight = 1\nlanguageName = "한국어"\ncontentDir = "content/ko"\ntimeZone = "Asia/Seoul"\n[languages.en]\nweight = 2\ncontentDir = "content/en/"\n[languages.ja]\nweight = 0\n[languages.de]\nweight = 3\n'),
  ]);
  assert.deepEqual(problems, []);
  assert.deepEqual(settings.permalinks, { posts: '/:year/:month/:day/:slug/', notes: '/n/:title/' });
  assert.deepEqual(settings.languageOrder, ['ko', 'en', 'de', 'ja']);
  assert.equal(settings.languages['ko']?.languageName, '한국어');
  assert.equal(settings.languages['ko']?.timeZone, 'Asia/Seoul');
  assert.equal(settings.languages['en']?.contentDir, 'content/en');
  assert.equal(settings.languages['ja']?.contentDir, undefined);
  assert.equal(settings.multilingual, true);
});

test('syntax errors name the file and 0-based line; the rest still defaults', () => {
  const toml = readHugoConfig([f('hugo.toml', 'title = "x"\nbaseURL = = "y"\n')]);
  assert.equal(toml.problems.length, 1);
  assert.equal(toml.problems[0]?.file, 'hugo.toml');
  assert.equal(toml.problems[0]?.line, 1);
  assert.equal(toml.settings.title, '');
  const yaml = readHugoConfig([f('config/_default/params.yaml', 'a: 1\nb: [\n'), f('hugo.yaml', 'title: ok\n')]);
  assert.equal(yaml.problems[0]?.file, 'config/_default/params.yaml');
  assert.equal(yaml.settings.title, 'ok');
  const json = readHugoConfig([f('hugo.json', '{\n"title": "x",\n}')]);
  assert.equal(json.problems[0]?.line, 2);
  const list = readHugoConfig([f('hugo.yaml', '- a\n- b\n')]);
  assert.equal(list.problems[0]?.code, 'hugoConfigSyntax');
});

// hugo 0.111.3 runs v1: "asia/seoul" and "Mars/Base" stop Hugo ("invalid timeZone for language"), "Local" does not.
test('settings Hugo refuses are problems', () => {
  const zone = (z: string) => readHugoConfig([f('hugo.toml', `timeZone = "${z}"`)]).problems.map((p) => p.code);
  assert.deepEqual(zone('asia/seoul'), ['hugoConfigTimeZone']);
  assert.deepEqual(zone('Mars/Base'), ['hugoConfigTimeZone']);
  assert.deepEqual(zone('Local'), []);
  assert.deepEqual(zone('Asia/Seoul'), []);
  const bad = readHugoConfig([f('hugo.toml', 'title = "t"\n[permalinks]\nposts = "/:year/:nonsense/"\nnotes = "/a//b/"\n')]);
  assert.deepEqual(bad.problems.map((p) => [p.code, p.line]), [['hugoConfigPermalink', 2], ['hugoConfigPermalink', 3]]);
  const lang = readHugoConfig([f('hugo.toml', 'defaultContentLanguage = "fr"\n[languages.en]\nweight = 1\n')]);
  assert.deepEqual(lang.problems.map((p) => p.code), ['hugoConfigLanguages']);
  const regex = readHugoConfig([f('hugo.toml', 'ignoreFiles = ["(unclosed", "\\\\.bak$", "(?i)UPPER"]\n')]);
  assert.deepEqual(regex.problems.map((p) => p.code), ['hugoConfigIgnoreFiles']);
});

test('values of the wrong type fall back as cast does', () => {
  const { settings, problems } = readHugoConfig([
    f('hugo.yaml', 'title: [a, b]\nsummaryLength: "12"\nbuildDrafts: yes\nbuildFuture: "true"\nbuildExpired: 1\nuglyURLs: {Posts: yes}\nignoreFiles: "a b"\ntheme: [x, z, y]\ntaxonomies: nope\nlanguages: {en: 5}\nfrontmatter: {date: [":filename", ":default"], lastmod: "modified"}\nparams: {mainSections: [posts]}\n'),
  ]);
  assert.equal(settings.title, '');
  assert.equal(settings.summaryLength, 12);
  assert.equal(settings.buildDrafts, true);
  assert.equal(settings.buildFuture, true);
  assert.equal(settings.buildExpired, true);
  assert.deepEqual(settings.uglyURLs, { posts: true });
  assert.deepEqual(settings.ignoreFiles, ['a', 'b']);
  assert.deepEqual(settings.theme, ['x', 'z', 'true'], 'yaml.v2 reads y as true');
  assert.deepEqual(settings.taxonomies, {});
  assert.deepEqual(settings.mainSections, ['posts']);
  assert.deepEqual(settings.frontmatter.date, [':filename', 'date', 'publishdate', 'pubdate', 'published', 'lastmod', 'modified']);
  assert.deepEqual(settings.frontmatter.lastmod, ['modified']);
  assert.deepEqual(problems.map((p) => p.code), ['hugoConfigLanguages'], 'a language that is not a table stops Hugo');
});

test('hostile config never throws', () => {
  const huge = 'a = "' + 'x'.repeat(2_000_000) + '"\n';
  for (const files of [
    [f('hugo.toml', huge)],
    [f('hugo.yaml', 'a: &a [*a, *a]\n')],
    [f('hugo.yaml', '__proto__: {polluted: true}\nparams: {__proto__: {x: 1}}\n')],
    [f('hugo.json', '{"__proto__": {"polluted": true}, "languages": {"__proto__": {"weight": 1}}}')],
    [f('config/_default/__proto__.toml', 'x = 1')],
    [f('hugo.json', '['.repeat(200_000) + ']'.repeat(200_000))],
    [f('hugo.json', '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000))],
    [{ file: 1, text: null } as unknown as { file: string; text: string }],
  ]) {
    assert.doesNotThrow(() => readHugoConfig(files));
  }
  assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  assert.doesNotThrow(() => readHugoConfig(null as unknown as []));
});
