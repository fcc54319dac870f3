import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkJson } from '../../../src/core/check/checkJson';
import type { CheckResult } from '../../../src/core/check/checkResult';
import { checkText } from '../../../src/core/check/checkText';
import { escapeWorkflowData, escapeWorkflowProperty, githubAnnotations } from '../../../src/core/check/githubAnnotations';
import { ruleDescription } from '../../../src/core/check/ruleDescriptions';
import { pathUri, sarifLog } from '../../../src/core/check/sarifLog';
import { LINT_MESSAGES } from '../../../src/core/lint/lintMessages';

const result: CheckResult = {
  generator: 'jekyll',
  filesChecked: 3,
  problems: [
    { path: '_posts/b.md', line: 4, column: 2, severity: 'warning', code: 'tag.comma', message: 'Tag "a," contains a comma' },
    { path: '_posts/2024-01-01-한글.md', line: 2, severity: 'error', code: 'frontMatter.yaml', message: 'YAML 오류: 50% done,\nnext: line' },
    { path: '_config.yml', line: 0, severity: 'info', code: 'config.timezone', message: 'zone' },
    { path: '_posts/b.md', line: 1, column: 0, severity: 'warning', code: 'tag.comma', message: 'Tag "b," contains a comma' },
  ],
};
const tool = { name: 'postcraft', version: '9.8.7', informationUri: 'https://example.invalid/postcraft' };

describe('postcraft check output formats', () => {
  it('text is the lines the command always printed, then the counts of each severity', () => {
    assert.equal(
      checkText(result),
      [
        '_posts/2024-01-01-한글.md:3: error: YAML 오류: 50% done,\nnext: line [frontMatter.yaml]',
        '_posts/b.md:2: warning: Tag "b," contains a comma [tag.comma]',
        '_posts/b.md:5: warning: Tag "a," contains a comma [tag.comma]',
        '_config.yml:1: info: zone [config.timezone]',
        '3 files checked: 1 errors, 2 warnings, 1 information',
        '',
      ].join('\n'),
    );
    assert.equal(checkText({ ...result, problems: [] }), '3 files checked: 0 errors, 0 warnings, 0 information\n');
  });

  it('json has the version, the generator, 1-based lines and columns, errors first, and the counts', () => {
    const json = checkJson(result);
    assert.deepEqual(Object.keys(json), ['version', 'generator', 'problems', 'counts']);
    assert.equal(json.version, 1);
    assert.equal(json.generator, 'jekyll');
    assert.deepEqual(json.counts, { files: 3, errors: 1, warnings: 2, infos: 1 });
    assert.deepEqual(json.problems[0], { path: '_posts/2024-01-01-한글.md', line: 3, column: 1, severity: 'error', code: 'frontMatter.yaml', message: 'YAML 오류: 50% done,\nnext: line' });
    assert.deepEqual(json.problems.map((p) => [p.path, p.line, p.column]), [
      ['_posts/2024-01-01-한글.md', 3, 1],
      ['_posts/b.md', 2, 1],
      ['_posts/b.md', 5, 3],
      ['_config.yml', 1, 1],
    ]);
  });

  it('github escapes %, CR and LF in messages, and : and , in properties too', () => {
    assert.equal(escapeWorkflowData('50%\r\nnext: a, b'), '50%25%0D%0Anext: a, b');
    assert.equal(escapeWorkflowProperty('a:b,c%\n'), 'a%3Ab%2Cc%25%0A');
    // `%` first, so a literal "%0A" in a message stays literal text for the runner.
    assert.equal(escapeWorkflowData('%0A'), '%250A');
  });

  it('github writes one workflow command per problem, at the file (under the prefix), line and column', () => {
    const lines = githubAnnotations(result, { pathPrefix: 'blog, site/' }).split('\n');
    assert.deepEqual(lines, [
      '::error file=blog%2C site/_posts/2024-01-01-한글.md,line=3,col=1,title=Postcraft frontMatter.yaml::YAML 오류: 50%25 done,%0Anext: line',
      '::warning file=blog%2C site/_posts/b.md,line=2,col=1,title=Postcraft tag.comma::Tag "b," contains a comma',
      '::warning file=blog%2C site/_posts/b.md,line=5,col=3,title=Postcraft tag.comma::Tag "a," contains a comma',
      '::notice file=blog%2C site/_config.yml,line=1,col=1,title=Postcraft config.timezone::zone',
      '',
    ]);
    assert.equal(githubAnnotations({ ...result, problems: [] }, { pathPrefix: '' }), '');
  });

  it('sarif has one rule per code with its description, and results that point at the rule, file, line and column', () => {
    const log = sarifLog(result, { pathPrefix: '' }, tool) as {
      version: string;
      runs: {
        tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; shortDescription: { text: string } }[] } };
        results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number } } }[] }[];
      }[];
    };
    assert.equal(log.version, '2.1.0');
    const [run] = log.runs;
    assert.ok(run);
    assert.equal((run as unknown as { columnKind: string }).columnKind, 'utf16CodeUnits');
    assert.deepEqual({ ...run.tool.driver, rules: undefined }, { ...tool, rules: undefined });
    assert.deepEqual(run.tool.driver.rules.map((r) => r.id), ['config.timezone', 'frontMatter.yaml', 'tag.comma']);
    assert.equal(run.tool.driver.rules[1]?.shortDescription.text, 'The front matter is not valid YAML');
    assert.deepEqual(run.results.map((r) => [r.ruleId, run.tool.driver.rules[r.ruleIndex]?.id, r.level]), [
      ['frontMatter.yaml', 'frontMatter.yaml', 'error'],
      ['tag.comma', 'tag.comma', 'warning'],
      ['tag.comma', 'tag.comma', 'warning'],
      ['config.timezone', 'config.timezone', 'note'],
    ]);
    const first = run.results[0];
    assert.equal(first?.message.text, 'YAML 오류: 50% done,\nnext: line');
    assert.deepEqual(first?.locations[0]?.physicalLocation, {
      artifactLocation: { uri: '_posts/2024-01-01-%ED%95%9C%EA%B8%80.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 1 },
    });
    assert.equal(decodeURIComponent(first?.locations[0]?.physicalLocation.artifactLocation.uri ?? ''), '_posts/2024-01-01-한글.md');
    assert.equal(run.results[2]?.locations[0]?.physicalLocation.region.startColumn, 3);
  });

  it('sarif paths are URI references: segments percent-encoded, slashes kept', () => {
    assert.equal(pathUri('blog site/_posts/a#b?.md'), 'blog%20site/_posts/a%23b%3F.md');
  });

  it('every lint code has its own rule description, and unknown codes one from their family', () => {
    for (const code of Object.keys(LINT_MESSAGES)) {
      assert.ok(!ruleDescription(code).startsWith('A problem ') && !ruleDescription(code).startsWith('Postcraft check'), code);
    }
    assert.equal(ruleDescription('hugo.somethingNew'), 'A problem Hugo reports or lets through');
    assert.equal(ruleDescription('whatever'), 'Postcraft check whatever');
  });
});
