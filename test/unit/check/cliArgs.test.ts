import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cliUsage, parseCliArgs, readGeneratorList } from '../../../src/core/check/cliArgs';
import { readGeneratorIds, generatorById } from '../../../src/core/generators/generators';
import { generatorName } from '../../../src/core/generators/generatorNames';

describe('postcraft command-line arguments', () => {
  it('reads check with each format, text by default, in both spellings', () => {
    assert.deepEqual(parseCliArgs(['check', 'blog']), { kind: 'check', site: 'blog', format: 'text' });
    for (const format of ['text', 'json', 'github', 'sarif']) {
      assert.deepEqual(parseCliArgs(['check', '.', '--format', format]), { kind: 'check', site: '.', format });
      assert.deepEqual(parseCliArgs(['check', '--format=' + format, '.']), { kind: 'check', site: '.', format });
    }
  });

  it('reads index with and without --json', () => {
    assert.deepEqual(parseCliArgs(['index', 'blog', '--json']), { kind: 'index', site: 'blog', json: true });
    assert.deepEqual(parseCliArgs(['index', 'blog']), { kind: 'index', site: 'blog', json: false });
  });

  it('answers --help of each command with that command\'s usage', () => {
    const check = parseCliArgs(['check', '--help']);
    assert.equal(check.kind, 'help');
    assert.match(check.kind === 'help' ? check.usage : '', /^usage: postcraft check <site> \[--format text\|json\|github\|sarif\]/);
    const index = parseCliArgs(['index', 'blog', '-h']);
    assert.match(index.kind === 'help' ? index.usage : '', /^usage: postcraft index <site> \[--json\]/);
    assert.deepEqual(parseCliArgs(['--help']), { kind: 'help', usage: cliUsage() });
  });

  it('calls every mistake a usage error, naming it', () => {
    const mistakes: [string[], RegExp][] = [
      [[], /no command/],
      [['lint', 'blog'], /unknown command "lint"/],
      [['check'], /no site folder/],
      [['check', 'a', 'b'], /one site at a time/],
      [['check', 'a', '--format'], /--format takes one of text, json, github, sarif$/],
      [['check', 'a', '--format', 'xml'], /not "xml"/],
      [['check', 'a', '--json'], /unknown option "--json"/],
      [['index', 'a', '--format', 'json'], /unknown option "--format"/],
    ];
    for (const [args, message] of mistakes) {
      const request = parseCliArgs(args);
      assert.equal(request.kind, 'usage', args.join(' '));
      assert.match(request.kind === 'usage' ? request.message : '', message, args.join(' '));
    }
  });

  it('names every generator the registry reads, and only those', () => {
    const ids = readGeneratorIds();
    assert.ok(ids.length >= 2);
    assert.ok(ids.every((id) => generatorById(id) !== undefined));
    const known = ['jekyll', 'hugo', 'hexo', 'eleventy', 'astro', 'docusaurus'] as const;
    assert.deepEqual([...ids].sort(), known.filter((id) => generatorById(id) !== undefined).sort(), 'every generator the registry reads, none it does not');
    const list = readGeneratorList();
    for (const id of ids) assert.ok(list.includes(generatorName(id)), id);
    assert.ok(list.endsWith(` or ${generatorName(ids[ids.length - 1] ?? 'jekyll')}`));
    assert.ok(cliUsage().includes(list));
  });
});
