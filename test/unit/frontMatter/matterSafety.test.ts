// What a hostile or broken file cannot do to the front-matter reader: run code, reach gray-matter's default
// engines or its content cache, or throw.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import matter from 'gray-matter';
import { readMatter } from '../../../src/core/frontMatter/matterReader';
import { matterEngines, RefusedLanguageError } from '../../../src/core/frontMatter/matterFormats';
import { ALL, GRAY, HUGO, readData, readError } from './matterOptions.fixture';

interface GrayMatterInternals {
  engines: Record<string, { parse: (...args: unknown[]) => unknown }>;
  cache: Record<string, unknown>;
}
const internals = matter as unknown as GrayMatterInternals;

function payloads(target: string): string[] {
  const write = `require('fs').writeFileSync(${JSON.stringify(target)}, 'pwned')`;
  return [
    `---js\n{ title: (${write}, 'x') }\n---\nBody`,
    `---javascript\n(function () { ${write}; return { title: 'x' }; })()\n---\n`,
    `--- js\n{ title: (globalThis.__pwned = 1, 'x') }\n---\n`,
    `---javascript\n{ title: (globalThis.__pwned = 1, 'x') }\n---\n`,
  ];
}

test('---js front matter is never run: no file written, no global set', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-matter-'));
  const target = path.join(dir, 'pwned.txt');
  const g = globalThis as { __pwned?: number };
  try {
    for (const text of payloads(target)) {
      for (const options of [HUGO, GRAY, ALL]) {
        assert.equal(readMatter(text, options).kind, 'error', text);
      }
    }
    assert.equal(fs.existsSync(target), false);
    assert.equal(g.__pwned, undefined);
    // The control: gray-matter's own engines run the same payloads, so the assertions above can fail.
    for (const text of payloads(target)) matter(text, {});
    assert.equal(fs.readFileSync(target, 'utf8'), 'pwned');
    assert.equal(g.__pwned, 1);
  } finally {
    delete g.__pwned;
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("gray-matter's default engines (js-yaml's API, eval) are never reached", () => {
  const calls: string[] = [];
  const saved = new Map<string, (...args: unknown[]) => unknown>();
  for (const name of ['yaml', 'json', 'javascript']) {
    const engine = internals.engines[name];
    assert.ok(engine, name);
    saved.set(name, engine.parse);
    engine.parse = () => {
      calls.push(name);
      return {};
    };
  }
  try {
    const texts = [
      '---\na: 1\n---\n', '---yaml\na: 1\n---\n', '---yml\na: 1\n---\n', '---json\n{"a": 1}\n---\n',
      '---js\n{a: 1}\n---\n', '---javascript\n{a: 1}\n---\n', '+++\na = 1\n+++\n', '---toml\na = 1\n---\n',
    ];
    for (const text of texts) for (const options of [HUGO, GRAY, ALL]) readMatter(text, options);
    assert.deepEqual(calls, []);
    // The spies are in the path gray-matter takes by default, so the check above can fail.
    matter('---json\n{}\n---\n', {});
    matter('---js\n{}\n---\n', {});
    assert.deepEqual(calls, ['json', 'javascript']);
  } finally {
    for (const [name, parse] of saved) {
      const engine = internals.engines[name];
      if (engine) engine.parse = parse;
    }
  }
});

test('every code language in the engine table refuses', () => {
  const parsed: string[] = [];
  const engines = matterEngines((format) => parsed.push(format));
  for (const language of ['javascript', 'js', 'coffee', 'coffeescript', 'cson']) {
    assert.throws(
      () => matter(`---${language}\n{ a: 1 }\n---\n`, { engines }),
      (e: unknown) => e instanceof RefusedLanguageError && e.language === language,
      language,
    );
  }
  matter('---yml\na: 1\n---\n', { engines });
  matter('+++\na = 1\n+++\n', { engines, language: 'toml', delimiters: '+++' });
  assert.deepEqual(parsed, ['yaml', 'toml']);
});

test('no content cache: the same text with other options reads otherwise, and gray-matter caches nothing', () => {
  const text = '---json\n{"a": 1}\n---\n';
  assert.deepEqual(readData(text, GRAY).data, { a: 1 });
  assert.equal(readError(text, HUGO).code, 'language');
  assert.deepEqual(readData(text, GRAY).data, { a: 1 });
  const toml = '\n+++\na = 1\n+++\n';
  assert.deepEqual(readData(toml, HUGO).data, { a: 1 });
  assert.deepEqual(readMatter(toml, { ...HUGO, leadingWhitespace: false }), { kind: 'none', bodyOffset: 0, bom: false });
  assert.deepEqual(Object.keys(internals.cache), []);
});

test('a __proto__ key stays data and pollutes nothing', () => {
  for (const [text, options] of [
    ['+++\n"__proto__" = { polluted = true }\n[constructor]\nprototype = 1\n+++\n', HUGO],
    ['{"__proto__": {"polluted": true}, "a": 1}', HUGO],
    ['---\n__proto__: { polluted: true }\n---\n', HUGO],
  ] as const) {
    const r = readData(text, options);
    assert.equal(({} as { polluted?: boolean }).polluted, undefined, text);
    assert.equal(Object.getPrototypeOf(r.data), Object.prototype, text);
    assert.deepEqual(Object.getOwnPropertyDescriptor(r.data, '__proto__')?.value, { polluted: true }, text);
  }
  const toml = readData('+++\n[constructor]\nprototype = 1\n+++\n').data;
  assert.deepEqual(Object.getOwnPropertyDescriptor(toml, 'constructor')?.value, { prototype: 1 });
});

test('the gray-matter in the bundle loads the project js-yaml 4', () => {
  const req = createRequire(__filename);
  const grayMatterDir = path.dirname(req.resolve('gray-matter'));
  const jsYaml = req.resolve('js-yaml', { paths: [grayMatterDir] });
  assert.equal(jsYaml, req.resolve('js-yaml'));
  const pkg = JSON.parse(fs.readFileSync(path.join(path.dirname(jsYaml), 'package.json'), 'utf8')) as { version: string };
  assert.match(pkg.version, /^4\./);
});

test('works where there is no Buffer (a browser, the web extension host)', () => {
  const g = globalThis as { Buffer?: unknown };
  const saved = g.Buffer;
  delete g.Buffer;
  try {
    assert.equal(typeof g.Buffer, 'undefined');
    assert.deepEqual(readData('---\na: 1\n---\n').data, { a: 1 });
    assert.deepEqual(readData('+++\na = 1\n+++\n').data, { a: 1 });
    assert.deepEqual(readData('---json\n{"a": 1}\n---\n', GRAY).data, { a: 1 });
    // A string input would have needed Buffer: this is what the reader avoids.
    assert.throws(() => matter('---\na: 1\n---\n', { engines: { yaml: () => ({}) } }), /Buffer is not defined/);
  } finally {
    g.Buffer = saved;
  }
});

test('never throws, whatever the input', () => {
  const big = 'x'.repeat(10 * 1024 * 1024);
  const deepJson = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000);
  let binary = '';
  for (let i = 0; i < 4096; i++) binary += String.fromCharCode((i * 7919) % 65536);
  const cases: Array<[string, string]> = [
    ['', 'none'],
    ['---', 'error'],
    ['+++', 'error'],
    ['{', 'error'],
    ['\uFEFF', 'none'],
    ['\0\0\0---\n', 'none'],
    [binary, 'none'],
    [`---\n${big}`, 'error'],
    [`+++\n${big}`, 'error'],
    [`{${big}`, 'error'],
    [`---\na: 1\n---\n${big}`, 'data'],
    [deepJson, 'error'],
    [`---json\n${'['.repeat(100_000)}${']'.repeat(100_000)}\n---\n`, 'error'],
    [`---\na: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n---\n`, 'error'],
    [`+++\na = ${'['.repeat(50_000)}${']'.repeat(50_000)}\n+++\n`, 'error'],
    [`+++\n${'x.'.repeat(20_000)}y = 1\n+++\n`, 'data'],
    ['---\n\0\u0001\n---\n', 'error'],
    ['+++\n\0 = 1\n+++\n', 'error'],
  ];
  for (const [text, kind] of cases) {
    for (const options of [HUGO, GRAY, ALL]) {
      const r = readMatter(text, options);
      // The message is built only on failure: a result 20,000 tables deep is too deep for JSON.stringify.
      if ((options === HUGO || options === ALL) && r.kind !== kind) assert.fail(`${JSON.stringify(text.slice(0, 30))}: ${r.kind}, ${r.kind === 'error' ? r.message : ''}`);
    }
  }
  const deep = readMatter(deepJson, { ...HUGO, maxChars: 1_000_000 });
  assert.equal(deep.kind, 'data');
});
