import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { parseCliArgs } from '../../../src/core/check/cliArgs';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const doc = fs.readFileSync(path.join(root, 'docs', 'ci.md'), 'utf8');
const cli = path.join(root, 'dist', 'cli.js');

interface Step { uses?: string; run?: string; with?: Record<string, unknown>; if?: string }
interface Workflow { on: unknown; permissions?: Record<string, string>; env?: Record<string, string>; jobs: Record<string, { steps: Step[] }> }

/** The YAML blocks of docs/ci.md under each `## ` heading. */
function workflows(): { heading: string; workflow: Workflow }[] {
  const found: { heading: string; workflow: Workflow }[] = [];
  let heading = '';
  const fence = /^## (.*)$|^```yaml\n([^]*?)^```$/gm;
  for (const match of doc.matchAll(fence)) {
    if (match[1] !== undefined) heading = match[1];
    else found.push({ heading, workflow: parse(match[2] ?? '', { prettyErrors: true, strict: true, uniqueKeys: true }) as Workflow });
  }
  return found;
}

/** The words after `postcraft` in a step's shell line, up to a redirection or `||`. */
function postcraftArgs(run: string): string[] {
  const words = run.trim().split(/\s+/);
  const start = words.indexOf('postcraft');
  assert.ok(start >= 0, run);
  const rest = words.slice(start + 1);
  const end = rest.findIndex((w) => w === '>' || w === '||' || w === '|');
  return end < 0 ? rest : rest.slice(0, end);
}

describe('docs/ci.md', () => {
  const blocks = workflows();

  it('has a workflow for a Jekyll blog and one for a Hugo blog, each parsing as YAML', () => {
    assert.deepEqual(blocks.map((b) => b.heading), ['A Jekyll blog', 'A Hugo blog']);
  });

  for (const { heading, workflow } of blocks) {
    const sample = heading.includes('Hugo') ? 'hugo-blog' : 'jekyll-blog';
    it(`${heading}: checkout, setup-node, the check as annotations and as SARIF, and the upload of that SARIF`, () => {
      assert.equal(workflow.permissions?.['security-events'], 'write');
      const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
      assert.match(steps[0]?.uses ?? '', /^actions\/checkout@v\d+$/);
      assert.match(steps[1]?.uses ?? '', /^actions\/setup-node@v\d+$/);
      const runs = steps.filter((s) => s.run?.includes('postcraft') === true).map((s) => s.run ?? '');
      assert.equal(runs.length, 2);
      for (const run of runs) assert.match(run, /^npx --yes --package "\$POSTCRAFT" postcraft check /);
      assert.ok(workflow.env?.['POSTCRAFT']?.endsWith('.tgz'));
      const [github, sarif] = runs.map(postcraftArgs);
      assert.deepEqual(parseCliArgs(github ?? []), { kind: 'check', site: '.', format: 'github' });
      assert.deepEqual(parseCliArgs(sarif ?? []), { kind: 'check', site: '.', format: 'sarif' });
      const sarifFile = /> (\S+)/.exec(runs[1] ?? '')?.[1];
      const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@') === true);
      assert.equal(upload?.with?.['sarif_file'], sarifFile);
      assert.equal(upload?.if, 'always()');
    });

    it(`${heading}: the commands run as written in a ${sample} checkout, and exit 0 there`, () => {
      const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
      for (const run of steps.filter((s) => s.run?.includes('postcraft') === true).map((s) => s.run ?? '')) {
        const result = spawnSync(process.execPath, [cli, ...postcraftArgs(run)], { cwd: path.join(root, 'samples', sample), encoding: 'utf8' });
        assert.equal(result.status, 0, `${run}\n${result.stderr}`);
        assert.ok(result.stdout.length > 0 || run.includes('github'), run);
      }
    });
  }

  it('says the exit codes the command uses', () => {
    for (const code of ['0', '1', '2']) assert.match(doc, new RegExp(`^\\| ${code} \\| `, 'm'));
  });

  it('is linked from the README\'s command-line section', () => {
    assert.match(fs.readFileSync(path.join(root, 'README.md'), 'utf8'), /\*\*A command line\*\*[^]*\[docs\/ci\.md\]\(docs\/ci\.md\)/);
  });
});
