// Rename Post to Match Title on a Docusaurus blog, asked of Docusaurus: posts of a copy of the sample linking to
// other posts by their files (`./x.md`, `x.md`, `/x.md`, `@site/blog/x.md`, from the blog folder and a sub-folder)
// are rewritten the way Postcraft does (the generator's renaming, in core), the posts moved, and Docusaurus's own
// link resolution (docusaurusLinks.mjs) must take every link to the renamed post's new permalink, as it took
// them to the old one before.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { applyEdits } from '../../../src/core/edits/textEdit';
import { indexSite } from '../../../src/platform/siteIndexer';
import { nodeFileSystem } from '../../../src/platform/nodeFileSystem';
import { oracleDir } from '../../harness/oracles';
import { repoRoot } from '../../harness/paths';
import { copySite } from '../imageBuilds';

interface Links {
  readonly files: readonly { readonly file: string; readonly links: readonly { readonly link: string; readonly permalink: string | null }[] }[];
  readonly permalinks: Readonly<Record<string, string>>;
}

function askDocusaurus(copy: string, files: readonly string[]): Links {
  const script = path.join(repoRoot, 'test', 'conformance', 'docusaurus', 'docusaurusLinks.mjs');
  return JSON.parse(execFileSync(process.execPath, [script, copy, ...files], { cwd: oracleDir('docusaurus'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })) as Links;
}

const referrers: Readonly<Record<string, string>> = {
  'blog/2024-11-01-links.md': '[a](./2024-04-01-한글-포스트.md) [b](2024-04-01-한글-포스트.md#x) [c](/2024-04-01-한글-포스트.md) [d](@site/blog/2024-04-01-한글-포스트.md) [e](./2024-06-01-bundle-post/index.md)',
  'blog/notes/2024-11-02-deep.md': '[a](../2024-04-01-한글-포스트.md) [b](2024-04-01-한글-포스트.md) [c](/2024-06-01-bundle-post/index.md) [d](../2024-06-01-bundle-post/index.md#top)',
};
const renamed = ['blog/2024-04-01-한글-포스트.md', 'blog/2024-06-01-bundle-post/index.md'];

describe('Docusaurus follows the links Postcraft rewrites when it renames a post', () => {
  it('every link to a renamed post (file and folder posts) names its new permalink', async () => {
    const copy = copySite(path.join(repoRoot, 'samples', 'docusaurus-blog'), ['node_modules', '.docusaurus', 'build', '.git']);
    try {
      for (const [file, links] of Object.entries(referrers)) {
        fs.mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
        fs.writeFileSync(path.join(copy, file), `---\ntitle: Links\ndate: 2024-11-01\n---\n\n${links}\n`);
      }
      const files = Object.keys(referrers);
      const before = askDocusaurus(copy, files);
      const namedBefore = (post: string): string | undefined => before.permalinks[`@site/${post}`];
      for (const f of before.files) for (const l of f.links) assert.ok(renamed.some((p) => namedBefore(p) === l.permalink), `${f.file}: ${l.link} names a post to rename before`);

      const indexed = await indexSite(copy, { fs: nodeFileSystem, generator: 'docusaurus', nowMs: Date.now() });
      const renaming = indexed.generator.renaming;
      assert.ok(renaming);
      const pages = indexed.model.snapshot().posts.map((p) => p.path);
      const moves = renamed.map((post) => {
        const title = indexed.model.get(post)?.title ?? '';
        const target = renaming.target(post, title, indexed.loaded.config, (p) => fs.existsSync(path.join(copy, p)));
        assert.ok(target.ok, `${post} can be renamed`);
        return { post, target };
      });
      for (const { post, target } of moves) {
        for (const file of files) {
          const text = fs.readFileSync(path.join(copy, file), 'utf8');
          const { edits } = renaming.referenceEdits(text, file, post, target, { config: indexed.loaded.config, pages });
          fs.writeFileSync(path.join(copy, file), applyEdits(text, edits));
        }
        fs.renameSync(path.join(copy, target.from), path.join(copy, target.to));
      }

      const after = askDocusaurus(copy, files);
      for (const f of after.files) {
        const old = before.files.find((b) => b.file === f.file)?.links ?? [];
        assert.equal(f.links.length, old.length, `${f.file}: the same links`);
        f.links.forEach((l, i) => {
          const was = moves.find((m) => namedBefore(m.post) === old[i]?.permalink);
          assert.ok(was, `${f.file}: ${old[i]?.link}`);
          assert.equal(l.permalink, after.permalinks[`@site/${was.target.path}`], `${f.file}: ${old[i]?.link} → ${l.link}`);
          assert.notEqual(l.permalink, old[i]?.permalink, `${f.file}: ${l.link} names the renamed post's new URL`);
        });
      }
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
