import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import Ajv from 'ajv';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readGeneratorIds } from '../../../src/core/generators/generators';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const samples = fs.readdirSync(path.join(root, 'samples')).filter((name) => fs.statSync(path.join(root, 'samples', name)).isDirectory());

const checkSchema = JSON.parse(fs.readFileSync(path.join(root, 'docs', 'check-output.schema.json'), 'utf8')) as object;
const sarifSchema = JSON.parse(fs.readFileSync(path.join(root, 'test', 'fixtures', 'schemas', 'sarif-schema-2.1.0.json'), 'utf8')) as object;
// Formats are checked too (uri, uri-reference, date-time): a Korean path must reach SARIF as a valid URI reference.
const validateCheck = addFormats(new Ajv({ allErrors: true, strict: true })).compile(checkSchema);
const validateSarif = addFormats(new Ajv04({ allErrors: true, strict: false })).compile(sarifSchema);

function postcraft(cwd: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonProblem { path: string; line: number; column: number; severity: string; code: string; message: string }
interface JsonOutput { version: number; generator: string; problems: JsonProblem[]; counts: { files: number; errors: number; warnings: number; infos: number } }
interface SarifOutput {
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; shortDescription: { text: string } }[] } };
    results: { ruleId: string; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number } } }[] }[];
  }[];
}

function jsonOf(cwd: string, site: string): { code: number | null; json: JsonOutput } {
  const { code, stdout, stderr } = postcraft(cwd, 'check', site, '--format', 'json');
  const json = JSON.parse(stdout) as JsonOutput;
  assert.ok(validateCheck(json), `${site}: ${JSON.stringify(validateCheck.errors)} ${stderr}`);
  return { code, json };
}

function sarifOf(cwd: string, site: string): SarifOutput {
  const { stdout } = postcraft(cwd, 'check', site, '--format', 'sarif');
  const sarif = JSON.parse(stdout) as SarifOutput;
  assert.ok(validateSarif(sarif), `${site}: ${JSON.stringify(validateSarif.errors, null, 1)}`);
  return sarif;
}

/** `::error file=a,line=3,col=1,title=t::message` → its parts, unescaped as the runner does. */
function annotation(line: string): { command: string; props: Record<string, string>; message: string } {
  const match = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line);
  assert.ok(match, line);
  const unescape = (s: string): string => s.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const props = Object.fromEntries((match[2] ?? '').split(',').map((kv) => [kv.slice(0, kv.indexOf('=')), unescape(kv.slice(kv.indexOf('=') + 1))]));
  return { command: match[1] ?? '', props, message: unescape(match[3] ?? '') };
}

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'postcraft-check-'));
after(() => fs.rmSync(temp, { recursive: true, force: true }));

describe('postcraft check --format on the samples (dist/cli.js)', () => {
  for (const sample of samples) {
    it(`${sample}: no errors, exit 0, and every format says the same problems`, () => {
      const { code, json } = jsonOf(root, path.join('samples', sample));
      assert.equal(code, 0, JSON.stringify(json.problems.filter((p) => p.severity === 'error')));
      assert.equal(json.counts.errors, 0);
      assert.ok(json.counts.files > 0);
      assert.equal(json.counts.warnings + json.counts.infos, json.problems.length);
      const sarif = sarifOf(root, path.join('samples', sample));
      const [run] = sarif.runs;
      assert.equal(run?.tool.driver.name, 'postcraft');
      assert.equal(run?.tool.driver.version, (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version);
      assert.deepEqual(run?.results.map((r) => [decodeURIComponent(r.locations[0]?.physicalLocation.artifactLocation.uri ?? ''), r.locations[0]?.physicalLocation.region.startLine, r.ruleId]),
        json.problems.map((p) => [`samples/${sample}/${p.path}`, p.line, p.code]));
      const github = postcraft(root, 'check', path.join('samples', sample), '--format', 'github');
      assert.equal(github.code, 0);
      assert.deepEqual(github.stdout.split('\n').filter(Boolean).map((l) => { const a = annotation(l); return [a.props['file'], Number(a.props['line']), Number(a.props['col']), a.message]; }),
        json.problems.map((p) => [`samples/${sample}/${p.path}`, p.line, p.column, p.message]));
      const text = postcraft(root, 'check', path.join('samples', sample));
      assert.equal(text.code, 0);
      assert.match(text.stdout, new RegExp(`^${json.counts.files} files checked: 0 errors, ${json.counts.warnings} warnings, ${json.counts.infos} information$`, 'm'));
    });
  }
});

describe('postcraft check --format on sites with a fault injected', () => {
  const jekyll = path.join(temp, 'jekyll-blog');
  fs.cpSync(path.join(root, 'samples', 'jekyll-blog'), jekyll, { recursive: true });
  const brokenPost = '_posts/2023-02-14-why-i-write-in-markdown.md';
  const koreanPost = '_posts/2024-03-05-지킬-블로그-시작하기.md';
  /** Replaces `from` by `to` in the site's file; returns the 1-based line where `mark` (in `to`) now is. */
  const edit = (site: string, file: string, from: string, to: string, mark = to): number => {
    const full = path.join(site, ...file.split('/'));
    const text = fs.readFileSync(full, 'utf8');
    assert.ok(text.includes(from), `${file} has ${from}`);
    const edited = text.replace(from, to);
    fs.writeFileSync(full, edited);
    return edited.slice(0, edited.indexOf(mark)).split('\n').length;
  };
  const yamlLine = edit(jekyll, brokenPost, 'categories: [Writing]\n', 'categories: [Writing]: oops\n');
  const commaLine = edit(jekyll, koreanPost, 'tags: [지킬, GitHub Pages, 블로그]', 'tags: [지킬, "블로그, 깃허브"]');

  it('Jekyll, invalid YAML front matter: exit 1 in every format, the error at the broken line', () => {
    const { code, json } = jsonOf(temp, 'jekyll-blog');
    assert.equal(code, 1);
    assert.equal(json.counts.errors, 1);
    const [error] = json.problems;
    assert.deepEqual({ path: error?.path, line: error?.line, severity: error?.severity, code: error?.code }, { path: brokenPost, line: yamlLine, severity: 'error', code: 'frontMatter.yaml' });
    for (const format of ['text', 'github', 'sarif']) assert.equal(postcraft(temp, 'check', 'jekyll-blog', '--format', format).code, 1, format);

    const github = postcraft(temp, 'check', 'jekyll-blog', '--format', 'github').stdout.split('\n').filter(Boolean).map(annotation);
    const first = github[0];
    assert.equal(first?.command, 'error');
    assert.deepEqual(first?.props, { file: `jekyll-blog/${brokenPost}`, line: String(yamlLine), col: String(error?.column), title: 'Postcraft frontMatter.yaml' });
    const brokenLine = fs.readFileSync(path.join(jekyll, ...brokenPost.split('/')), 'utf8').split('\n')[Number(first?.props['line']) - 1];
    assert.equal(brokenLine, 'categories: [Writing]: oops');
    // From inside the site, the paths are the site's own.
    assert.equal(annotation(postcraft(jekyll, 'check', '.', '--format', 'github').stdout.split('\n')[0] ?? '').props['file'], brokenPost);
  });

  it('Jekyll: Korean paths and messages survive as UTF-8 in every format', () => {
    const { json } = jsonOf(temp, 'jekyll-blog');
    const comma = json.problems.find((p) => p.path === koreanPost && p.code === 'tag.comma');
    assert.ok(comma, JSON.stringify(json.problems));
    assert.equal(comma.line, commaLine);
    assert.ok(comma.message.includes('블로그, 깃허브'), comma.message);

    const sarifBytes = spawnSync(process.execPath, [cli, 'check', 'jekyll-blog', '--format', 'sarif'], { cwd: temp }).stdout;
    const sarifText = new TextDecoder('utf-8', { fatal: true }).decode(sarifBytes);
    assert.ok(sarifText.includes('블로그, 깃허브'), 'the message is UTF-8 text, not \\u escapes');
    const sarif = sarifOf(temp, 'jekyll-blog');
    const result = sarif.runs[0]?.results.find((r) => r.ruleId === 'tag.comma');
    assert.equal(result?.message.text, comma.message);
    const location = result?.locations[0]?.physicalLocation;
    assert.equal(location?.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.equal(decodeURIComponent(location?.artifactLocation.uri ?? ''), `jekyll-blog/${koreanPost}`);
    assert.deepEqual(location?.region, { startLine: commaLine, startColumn: comma.column });
    assert.equal(sarif.runs[0]?.results.find((r) => r.ruleId === 'frontMatter.yaml')?.level, 'error');
    assert.deepEqual(sarif.runs[0]?.tool.driver.rules.map((r) => r.id).sort(), [...new Set(json.problems.map((p) => p.code))].sort());

    const github = postcraft(temp, 'check', 'jekyll-blog', '--format', 'github').stdout.split('\n').filter(Boolean).map(annotation);
    const warning = github.find((a) => a.props['file'] === `jekyll-blog/${koreanPost}` && a.props['title'] === 'Postcraft tag.comma');
    assert.equal(warning?.command, 'warning');
    assert.equal(warning?.message, comma.message);
    assert.equal(warning?.props['line'], String(commaLine));
  });

  it('Hugo, a relref to a missing page: exit 1, the REF_NOT_FOUND error at the shortcode\'s line and column', () => {
    const hugo = path.join(temp, 'hugo-blog');
    fs.cpSync(path.join(root, 'samples', 'hugo-blog'), hugo, { recursive: true });
    const post = 'content/posts/writing-in-vs-code.md';
    const shortcode = '{{< relref "posts/no-such-page.md" >}}';
    const line = edit(hugo, post, '## Small habits\n', `## Small habits\n\nSee [the missing page](${shortcode}).\n`, shortcode);
    const lineText = fs.readFileSync(path.join(hugo, ...post.split('/')), 'utf8').split('\n')[line - 1] ?? '';

    const { code, json } = jsonOf(temp, 'hugo-blog');
    assert.equal(code, 1);
    const errors = json.problems.filter((p) => p.severity === 'error');
    assert.deepEqual(errors.map((p) => [p.path, p.line, p.code]), [[post, line, 'hugo.refNotFound']]);
    assert.equal(lineText.slice((errors[0]?.column ?? 0) - 1).startsWith('{{<'), true, lineText);

    const github = postcraft(temp, 'check', 'hugo-blog', '--format', 'github');
    assert.equal(github.code, 1);
    const first = annotation(github.stdout.split('\n')[0] ?? '');
    assert.equal(first.command, 'error');
    assert.deepEqual([first.props['file'], first.props['line'], first.props['col']], [`hugo-blog/${post}`, String(line), String(errors[0]?.column)]);
    assert.match(first.message, /^REF_NOT_FOUND: ref "posts\/no-such-page\.md"/);

    const sarif = sarifOf(temp, 'hugo-blog');
    const result = sarif.runs[0]?.results[0];
    assert.deepEqual([result?.ruleId, result?.level, result?.locations[0]?.physicalLocation.region.startLine], ['hugo.refNotFound', 'error', line]);
    assert.equal(sarif.runs[0]?.tool.driver.rules.find((r) => r.id === 'hugo.refNotFound')?.shortDescription.text, 'A ref or relref to a page the site does not have (REF_NOT_FOUND)');
    assert.equal(postcraft(temp, 'check', 'hugo-blog', '--format', 'sarif').code, 1);
  });

  it('the schemas are not vacuous: they reject what the formats must not print', () => {
    const { json } = jsonOf(temp, 'jekyll-blog');
    const [first] = json.problems;
    assert.ok(first);
    assert.equal(validateCheck({ ...json, problems: [{ ...first, line: 0 }] }), false);
    assert.equal(validateCheck({ ...json, problems: [{ ...first, path: '/abs/x.md' }] }), false);
    assert.equal(validateCheck({ ...json, version: 2 }), false);
    const sarif = sarifOf(temp, 'jekyll-blog') as unknown as { runs: { results: Record<string, unknown>[] }[] };
    const run = sarif.runs[0];
    assert.ok(run);
    assert.equal(validateSarif({ ...sarif, runs: [{ ...run, results: [{ ...run.results[0], level: 'info' }] }] }), false);
    assert.equal(validateSarif({ ...sarif, version: '2.0.0' }), false);
  });

  it('the JSON schema names exactly the generators the registry reads', () => {
    const schema = checkSchema as { properties: { generator: { enum: string[] } } };
    assert.deepEqual([...schema.properties.generator.enum].sort(), readGeneratorIds().sort());
  });

  it('usage mistakes exit 2 with the command\'s usage on stderr and nothing on stdout', () => {
    for (const args of [['check', 'jekyll-blog', '--format', 'xml'], ['check'], ['check', 'jekyll-blog', '--format'], ['check', 'jekyll-blog', '--bogus']]) {
      const { code, stdout, stderr } = postcraft(temp, ...args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, /^postcraft: .*\nusage: postcraft check <site>/, args.join(' '));
    }
  });
});
