import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { reason, reasonText } from '../../../src/core/edits/editReasons';
import { editTaxonomy } from '../../../src/core/edits/taxonomyEdits';

test('a refusal is put into words by the localize function given, a nested reason too', () => {
  const r = reason('badTemplate', reason('yamlError', 3, 'bad indentation'));
  assert.equal(reasonText(r), 'the post template cannot be used: the front matter has a YAML error on line 3: bad indentation');
  const tagged = reasonText(r, (template, ...args) => `<${template}|${args.join('|')}>`);
  assert.equal(tagged, '<the post template cannot be used: {0}|<the front matter has a YAML error on line {0}: {1}|3|bad indentation>>');
});

test('an edit refused on a real post carries its template and arguments, not words', () => {
  const result = editTaxonomy('---\ntag: a\n---\n', 'tag', { kind: 'merge', from: ['a'], to: 'b' });
  assert.equal(result.ok, true, 'the singular key is edited when it holds the name');
  const aliased = editTaxonomy('---\nbase: &x [a]\ntags: *x\n---\n', 'tag', { kind: 'merge', from: ['a'], to: 'b' });
  assert.deepEqual(aliased.ok ? undefined : aliased.reason, { key: 'alias', args: ['tags'] });
});
