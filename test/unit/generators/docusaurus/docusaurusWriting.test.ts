import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { docusaurusGenerator } from '../../../../src/core/generators/docusaurus/docusaurusGenerator';
import { docusaurusHabits, docusaurusNewPost, type DocusaurusHabits } from '../../../../src/core/generators/docusaurus/docusaurusNewPost';
import { readDocusaurusSiteConfig } from '../../../../src/core/generators/docusaurus/docusaurusSiteConfig';
import { editDialectOf } from '../../../../src/core/generators/generator';
import { setValue } from '../../../../src/core/edits/setValue';
import { applyEdits } from '../../../../src/core/edits/textEdit';
import { createTimeZone } from '../../../../src/core/timeZone';

const { config } = readDocusaurusSiteConfig([{ file: 'docusaurus.config.js', text: "module.exports = { baseUrl: '/', presets: [['classic', { blog: { path: 'news' } }]] };" }]);
const zone = createTimeZone('UTC').zone;
const NOW = Date.UTC(2025, 2, 4, 15, 30);

function make(habits: DocusaurusHabits, draft = false, exists: (p: string) => boolean = () => false): { path: string; text: string } {
  const made = docusaurusNewPost({ title: '새 글: Hello', tags: ['Go Lang', 'yes'], authors: ['jane'], draft, nowMs: NOW, zone, config, habits, exists });
  assert.ok(made.ok);
  return made;
}

function classify(path: string, text: string): ReturnType<typeof docusaurusGenerator.classify> {
  return docusaurusGenerator.classify(path, docusaurusGenerator.readPost(text, config), 0, { config, zone, nowMs: NOW });
}

describe('writing Docusaurus posts', () => {
  it('names a new post as most of the blog\'s posts are named, with their usual extension', () => {
    assert.deepEqual(docusaurusHabits(['news/2024-01-01-a/index.mdx', 'news/2024-02-02-b/index.mdx', 'news/2024-03-03-c.md'], config), { naming: 'dated-folder', ext: 'mdx' });
    assert.deepEqual(docusaurusHabits(['news/2024/01/01/a.md', 'news/b.md', 'news/2024/02/02/c.md', 'blog/2024-01-01-x.md'], config), { naming: 'date-folders', ext: 'md' });
    assert.deepEqual(docusaurusHabits([], config), { naming: 'dated-file', ext: 'md' });
    assert.equal(make({ naming: 'dated-file', ext: 'md' }).path, 'news/2025-03-04-새-글-hello.md');
    assert.equal(make({ naming: 'dated-folder', ext: 'mdx' }).path, 'news/2025-03-04-새-글-hello/index.mdx');
    assert.equal(make({ naming: 'date-folders', ext: 'md' }).path, 'news/2025/03/04/새-글-hello.md');
    assert.equal(make({ naming: 'undated', ext: 'md' }).path, 'news/새-글-hello.md');
    assert.equal(make({ naming: 'dated-folder', ext: 'md' }, false, (p) => p === 'news/2025-03-04-새-글-hello').path, 'news/2025-03-04-새-글-hello-2/index.md');
  });

  it('writes front matter Docusaurus reads back as written: the title, the date, the tags, the authors', () => {
    for (const naming of ['dated-file', 'dated-folder', 'date-folders', 'undated'] as const) {
      const made = make({ naming, ext: 'md' });
      const info = classify(made.path, made.text);
      assert.equal(info.status, 'published', naming);
      assert.equal(info.title, '새 글: Hello');
      assert.deepEqual(info.tags, ['Go Lang', 'yes']);
      assert.deepEqual(info.terms, { authors: ['jane'] });
      // The date is the day (dated names, UTC midnight) or the minute (undated) it was made.
      assert.equal(info.date?.epochMs, naming === 'undated' ? NOW : Date.UTC(2025, 2, 4), naming);
    }
  });

  it('makes a draft with draft: true, and publishing and unpublishing flip it in place', () => {
    const draft = make({ naming: 'dated-file', ext: 'md' }, true);
    assert.equal(classify(draft.path, draft.text).status, 'draft');
    const dialect = editDialectOf(docusaurusGenerator);
    const published = setValue(draft.text, dialect.draftKey ?? '', false, dialect);
    assert.ok(published.ok);
    const text = applyEdits(draft.text, published.edits);
    assert.deepEqual([classify(draft.path, text).status, classify(draft.path, text).willPublish], ['published', true]);
    const again = setValue(text, dialect.draftKey ?? '', true, dialect);
    assert.ok(again.ok);
    assert.equal(classify(draft.path, applyEdits(text, again.edits)).status, 'draft');
  });
});
