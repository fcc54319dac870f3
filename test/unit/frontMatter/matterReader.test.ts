import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { matterErrorProblem, readMatter } from '../../../src/core/frontMatter/matterReader';
import { ALL, GRAY, HUGO, readData, readError } from './matterOptions.fixture';

test('YAML between --- lines: data, lines, offsets and body', () => {
  const text = '---\ntitle: Hello\ntags: [a, b]\ndraft: yes\n---\nBody\n';
  assert.deepEqual(readMatter(text, HUGO), {
    kind: 'data',
    format: 'yaml',
    opening: '---',
    data: { title: 'Hello', tags: ['a', 'b'], draft: true },
    openLine: 0,
    closeLine: 4,
    textLine: 1,
    textOffset: 4,
    textEnd: 41,
    bodyOffset: 45,
    bodyLine: 5,
    eol: '\n',
    bom: false,
    warnings: [],
  });
  assert.equal(text.slice(4, 41), 'title: Hello\ntags: [a, b]\ndraft: yes\n');
  assert.equal(text.slice(45), 'Body\n');
});

test('TOML between +++ lines: multi-line arrays, inline tables, tables, every kind of date', () => {
  const text = [
    '+++',
    'title = "Hello"',
    'tags = [',
    '  "a",',
    '  "b",',
    ']',
    'author = { name = "Kim", links = { site = "https://example.com" } }',
    'date = 2024-01-02T10:00:00+09:00',
    'local = 2024-01-02T10:00:00',
    'utc = 2024-01-02 10:00:00.250Z',
    'day = 2024-01-02',
    'at = 07:30:00',
    '[params]',
    'weight = 3',
    '+++',
    'Body',
  ].join('\n');
  const r = readData(text);
  assert.equal(r.format, 'toml');
  assert.equal(r.opening, '+++');
  assert.deepEqual(r.data, {
    title: 'Hello',
    tags: ['a', 'b'],
    author: { name: 'Kim', links: { site: 'https://example.com' } },
    date: '2024-01-02T10:00:00+09:00',
    local: '2024-01-02T10:00:00',
    utc: '2024-01-02T10:00:00.250Z',
    day: '2024-01-02',
    at: '07:30:00',
    params: { weight: 3 },
  });
  // Plain objects, not smol-toml's prototype-less tables.
  assert.equal(Object.getPrototypeOf(r.data), Object.prototype);
  assert.equal(Object.getPrototypeOf(r.data['author']), Object.prototype);
  assert.deepEqual([r.openLine, r.textLine, r.closeLine, r.bodyLine], [0, 1, 14, 15]);
  assert.equal(text.slice(r.bodyOffset), 'Body');
});

test('TOML dates become documented strings: the written offset is kept, a local date-time has none', () => {
  const data = readData('+++\na = 1979-05-27T00:32:00-07:00\nb = 1979-05-27t07:32:00z\nc = 1979-05-27T07:32:00.999999\nd = 00:32:00.5\n+++\n').data;
  assert.deepEqual(data, {
    a: '1979-05-27T00:32:00-07:00',
    b: '1979-05-27T07:32:00Z',
    c: '1979-05-27T07:32:00.999',
    d: '00:32:00.500',
  });
});

test('JSON after ---json (where the generator reads it) and as a bare object (Hugo)', () => {
  const fenced = readData('---json\n{\n  "title": "Hello",\n  "n": [1, 2]\n}\n---\nBody', GRAY);
  assert.deepEqual(
    [fenced.format, fenced.data, fenced.openLine, fenced.textLine, fenced.closeLine, fenced.bodyLine],
    ['json', { title: 'Hello', n: [1, 2] }, 0, 1, 5, 6],
  );
  const text = '{\n  "title": "a } in a string, and \\" a quote }",\n  "nested": {"x": {}}\n}\nBody {not json}\n';
  assert.deepEqual(readMatter(text, HUGO), {
    kind: 'data',
    format: 'json',
    opening: '{',
    data: { title: 'a } in a string, and " a quote }', nested: { x: {} } },
    openLine: 0,
    closeLine: 3,
    textLine: 0,
    textOffset: 0,
    textEnd: 73,
    bodyOffset: 74,
    bodyLine: 4,
    eol: '\n',
    bom: false,
    warnings: [],
  });
  assert.equal(text.slice(73), '\nBody {not json}\n');
  // The body starts right after the brace when text follows it on its line.
  const sameLine = readData('{"a": 1} rest\nmore');
  assert.deepEqual([sameLine.closeLine, sameLine.bodyOffset, sameLine.bodyLine], [0, 8, 0]);
});

test('blank lines before the opening: read where allowed (Hugo), no front matter otherwise', () => {
  const text = '\n  \n\t---\ntitle: A\n---\nBody';
  const r = readData(text, HUGO);
  assert.deepEqual([r.openLine, r.textLine, r.closeLine, r.bodyLine, r.data], [2, 3, 4, 5, { title: 'A' }]);
  assert.deepEqual(readMatter(text, GRAY), { kind: 'none', bodyOffset: 0, bom: false });
  const toml = readData('\n\n+++\na = 1\n+++\n');
  assert.deepEqual([toml.openLine, toml.closeLine, toml.data], [2, 4, { a: 1 }]);
  const json = readData('\n   {"a": 1}\n');
  assert.deepEqual([json.openLine, json.textOffset, json.bodyOffset], [1, 4, 13]);
});

test('CRLF files: YAML, TOML (a CR left before the closing line would be a TOML error) and JSON', () => {
  const yaml = readData('---\r\ntitle: A\r\n---\r\nBody\r\n');
  assert.deepEqual([yaml.data, yaml.eol, yaml.closeLine, yaml.textOffset, yaml.textEnd, yaml.bodyOffset], [{ title: 'A' }, '\r\n', 2, 5, 15, 20]);
  const toml = readData('+++\r\ntitle = "A"\r\nlist = [\r\n  1,\r\n  2,\r\n]\r\n+++\r\nBody');
  assert.deepEqual([toml.data, toml.eol, toml.closeLine, toml.bodyLine], [{ title: 'A', list: [1, 2] }, '\r\n', 6, 7]);
  const json = readData('---json\r\n{"a": 1}\r\n---\r\nBody', GRAY);
  assert.deepEqual([json.data, json.eol, json.bodyOffset], [{ a: 1 }, '\r\n', 24]);
  const bare = readData('{"a": 1}\r\nBody');
  assert.deepEqual([bare.data, bare.eol, bare.bodyOffset, bare.bodyLine], [{ a: 1 }, '\r\n', 10, 1]);
});

test('a BOM is skipped and reported; offsets count it', () => {
  const r = readData('\uFEFF---\ntitle: A\n---\nBody');
  assert.deepEqual([r.bom, r.textOffset, r.bodyOffset, r.data], [true, 5, 18, { title: 'A' }]);
  assert.deepEqual(readMatter('\uFEFFBody', HUGO), { kind: 'none', bodyOffset: 1, bom: true });
  assert.deepEqual(readData('\uFEFF+++\na = 1\n+++\n').bom, true);
  assert.deepEqual(readData('\uFEFF{"a": 1}').bodyOffset, 9);
});

test('+++ and --- inside a fenced code block in the body end nothing', () => {
  const text = '+++\ntitle = "A"\n+++\nIntro\n\n```toml\n+++\ntitle = "B"\n+++\n```\n\n---\n';
  const r = readData(text);
  assert.deepEqual([r.data, r.closeLine, r.bodyOffset], [{ title: 'A' }, 2, 20]);
  assert.equal(text.slice(r.bodyOffset), 'Intro\n\n```toml\n+++\ntitle = "B"\n+++\n```\n\n---\n');
  const noMatter = 'Intro\n```\n+++\na = 1\n+++\n```\n';
  assert.deepEqual(readMatter(noMatter, HUGO), { kind: 'none', bodyOffset: 0, bom: false });
});

test('the closing line ends at its delimiter; what follows it is body, as Hugo and gray-matter read it', () => {
  const r = readData('---\na: 1\n--- after\nBody');
  assert.deepEqual([r.closeLine, r.bodyOffset, r.bodyLine], [2, 12, 2]);
  const dashes = readData('---\na: 1\n-----\nBody');
  assert.deepEqual([dashes.closeLine, dashes.bodyOffset], [2, 12]);
});

test('empty blocks are empty mappings', () => {
  assert.deepEqual(readData('---\n---\nBody').data, {});
  assert.deepEqual(readData('---\n# only a comment\n---\n').data, {});
  assert.deepEqual(readData('+++\n+++\n').data, {});
  assert.deepEqual(readData('---json\n---\n', GRAY).data, {});
  assert.deepEqual(readData('{}').data, {});
});

test('what is no front matter', () => {
  for (const text of ['', 'Body', '----\na: 1\n----\n', '++++\na = 1\n++++\n', '- item\n', '-- x\n', ' {"a": 1}']) {
    assert.deepEqual(readMatter(text, GRAY), { kind: 'none', bodyOffset: 0, bom: false }, JSON.stringify(text));
  }
  // A generator that reads only --- sees +++ and { as body.
  assert.equal(readMatter('+++\na = 1\n+++\n', GRAY).kind, 'none');
  assert.equal(readMatter('{"a": 1}', GRAY).kind, 'none');
});

test('an unclosed block is an error at its opening, never a file that is all front matter', () => {
  const cases: Array<[string, number, string]> = [
    ['---\ntitle: A\n\nBody with no end\n', 0, 'front matter is never closed: add a line with --- after it'],
    ['---', 0, 'front matter is never closed: add a line with --- after it'],
    ['---\n', 0, 'front matter is never closed: add a line with --- after it'],
    ['\n\n+++\na = 1\n', 2, 'front matter is never closed: add a line with +++ after it'],
    ['+++', 0, 'front matter is never closed: add a line with +++ after it'],
    ['{"a": {"b": 1}\nBody', 0, 'the JSON front matter is never closed: its first { has no matching }'],
    ['{', 0, 'the JSON front matter is never closed: its first { has no matching }'],
    ['{"a": "}', 0, 'the JSON front matter is never closed: its first { has no matching }'],
  ];
  for (const [text, line, message] of cases) {
    const e = readError(text);
    assert.deepEqual([e.code, e.line, e.message], ['unclosed', line, message], JSON.stringify(text));
  }
});

test('syntax errors are reported at the file line (and column) of the error', () => {
  const yaml = readError('---\ntitle: A\ntags: [a, b\ndate: x\n---\nBody');
  assert.deepEqual([yaml.code, yaml.format, yaml.line], ['syntax', 'yaml', 3]);
  const yamlIndent = readError('\n\n---\ntitle: A\n  bad: indent\n---\n');
  assert.deepEqual([yamlIndent.code, yamlIndent.line, yamlIndent.column], ['syntax', 4, 5]);
  const toml = readError('+++\ntitle = "A"\ndate = 2024-13-45\n+++\n');
  assert.deepEqual([toml.code, toml.format, toml.line, toml.column], ['syntax', 'toml', 2, 7]);
  const tomlCrlf = readError('\r\n+++\r\na = 1\r\nb = = 2\r\n+++\r\n');
  assert.deepEqual([tomlCrlf.line, tomlCrlf.column], [3, 4]);
  const tomlDup = readError('+++\na = 1\na = 2\n+++\n');
  assert.deepEqual([tomlDup.code, tomlDup.line], ['syntax', 2]);
  const json = readError('---json\n{\n  "a": 1,\n  "b": 2,\n}\n---\n', GRAY);
  assert.deepEqual([json.code, json.format, json.line, json.column, json.message], ['syntax', 'json', 4, 0, 'unexpected "}": a property name in double quotes was expected']);
  const bare = readError('\n  {"a": 1,\n   "b" 2}\nBody');
  assert.deepEqual([bare.code, bare.line, bare.column], ['syntax', 2, 7]);
  const firstLine = readError('  {"a": tru}');
  assert.deepEqual([firstLine.line, firstLine.column], [0, 8]);
  assert.deepEqual(matterErrorProblem(bare), {
    severity: 'error',
    code: 'frontMatter.syntax',
    message: 'unexpected "2": ":" was expected after the property name',
    line: 2,
    column: 7,
  });
});

test('data that is not a mapping', () => {
  const cases: Array<[string, string, number]> = [
    ['---\n- a\n- b\n---\n', 'yaml', 1],
    ['\n---\njust words\n---\n', 'yaml', 2],
    ['---json\n[1, 2]\n---\n', 'json', 1],
    ['---json\nnull\n---\n', 'json', 1],
  ];
  for (const [text, format, line] of cases) {
    const e = readError(text, text.startsWith('---json') ? GRAY : HUGO);
    assert.deepEqual([e.code, e.format, e.line], ['notMapping', format, line], text);
  }
});

test('duplicate keys are warnings at their line; the last value is kept', () => {
  const yaml = readData('---\na: 1\nb: 2\na: 3\n---\n');
  assert.deepEqual(yaml.data, { a: 3, b: 2 });
  assert.deepEqual(yaml.warnings.map((w) => [w.severity, w.code, w.line]), [['warning', 'frontMatter.duplicateKey', 3]]);
  const json = readData('\n{"a": 1,\n "b": {"c": 1, "c": 2},\n "a": 3}');
  assert.deepEqual(json.data, { a: 3, b: { c: 2 } });
  assert.deepEqual(json.warnings, [
    { severity: 'warning', code: 'frontMatter.duplicateKey', message: 'duplicate key "c": the last value is kept', line: 2 },
    { severity: 'warning', code: 'frontMatter.duplicateKey', message: 'duplicate key "a": the last value is kept', line: 3 },
  ]);
});

test('front matter larger than the limit is refused, a block at the limit is read', () => {
  const body = 'a = "' + 'x'.repeat(20) + '"\n';
  assert.equal(body.length, 27);
  assert.deepEqual(readData(`+++\n${body}+++\n`, { ...HUGO, maxChars: 27 }).data, { a: 'x'.repeat(20) });
  const e = readError(`+++\n${body}+++\n`, { ...HUGO, maxChars: 26 });
  assert.deepEqual([e.code, e.line], ['tooLarge', 0]);
  assert.equal(readError('{"a": "' + 'x'.repeat(40) + '"}', { ...HUGO, maxChars: 30 }).code, 'tooLarge');
  assert.equal(readError('---\n' + 'a: 1\n'.repeat(20), { ...HUGO, maxChars: 30 }).code, 'tooLarge');
});

test('language words after ---: the accepted ones choose the format, yml is yaml', () => {
  assert.deepEqual(readData('---yaml\na: 1\n---\n', GRAY).data, { a: 1 });
  assert.deepEqual(readData('---yml\na: 1\n---\n', GRAY).format, 'yaml');
  assert.deepEqual(readData('--- json \n{"a": 1}\n---\n', GRAY).data, { a: 1 });
  const toml = readData('---toml\na = 2024-01-02\n---\n', ALL);
  assert.deepEqual([toml.format, toml.data], ['toml', { a: '2024-01-02' }]);
});

test('---js, ---javascript, --- js, ---coffee and words a generator does not read are language errors', () => {
  const cases: Array<[string, string]> = [
    ['---js\n{ title: "x" }\n---\n', 'js'],
    ['---javascript\n{ title: "x" }\n---\n', 'javascript'],
    ['--- js\n{ title: "x" }\n---\n', 'js'],
    ['---coffee\ntitle: "x"\n---\n', 'coffee'],
    ['---JSON\n{}\n---\n', 'JSON'],
    ['---json extra\n{}\n---\n', 'json extra'],
    ['---constructor\nx\n---\n', 'constructor'],
    ['---__proto__\nx\n---\n', '__proto__'],
    ['---js', 'js'],
  ];
  for (const [text, language] of cases) {
    for (const options of [GRAY, ALL]) {
      const e = readError(text, options);
      assert.deepEqual([e.code, e.line, e.language], ['language', 0, language], text);
      assert.match(e.message, new RegExp(`^front matter in language "${language}" is never evaluated`));
    }
  }
  // Hugo reads no word after --- or +++, not even its own formats.
  assert.equal(readError('---yaml\na: 1\n---\n', HUGO).message, 'front matter in language "yaml" is never evaluated: nothing may follow --- on its line');
  assert.equal(readError('+++toml\na = 1\n+++\n', ALL).message, 'front matter in language "toml" is never evaluated: nothing may follow +++ on its line');
  assert.equal(readError('---toml\na = 1\n---\n', GRAY).message, 'front matter in language "toml" is never evaluated: only yaml, json may follow --- on its line');
});
