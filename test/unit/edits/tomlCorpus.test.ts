// The TOML edits on real posts: every TOML post of the sample and of the shared corpus's Hugo sites is edited the way
// the writing commands edit it. An edit that is made must read back (with the project's TOML reader) with every
// other key as before and the body untouched; one that is refused must say why in words the user can act on.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { removeKey, setValue } from '../../../src/core/edits/setValue';
import { editNames, writtenNamesFor } from '../../../src/core/edits/taxonomyEdits';
import { namesSpec } from '../../../src/core/edits/namesSpec';
import { opensToml } from '../../../src/core/edits/tomlDoc';
import { editDialectOf } from '../../../src/core/generators/generator';
import { hugoGenerator } from '../../../src/core/generators/hugo/hugoGenerator';
import { readHugoSiteConfig } from '../../../src/core/generators/hugo/hugoSiteConfig';
import { readToml } from '../../../src/core/frontMatter/tomlRead';
import { applyEdits, type EditResult } from '../../../src/core/edits/textEdit';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const corpus = path.resolve(root, '..', 'shared', 'corpus');
const hugo = editDialectOf(hugoGenerator);
const config = readHugoSiteConfig([{ file: 'hugo.toml', text: 'baseURL = "https://example.org/"\n' }]).config;
const spec = (key: string) => namesSpec(hugo, key, undefined, (name) => hugoGenerator.nameKey(key, name, config));

function markdownFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    // Archetypes are templates (`date = {{ .Date }}`), not front matter.
    if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules' && entry.name !== 'archetypes') markdownFiles(full, out);
    else if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name)) out.push(full);
  }
  return out;
}

function tomlPosts(): string[] {
  const dirs = [path.join(root, 'samples', 'hugo-blog'), ...(fs.existsSync(corpus) ? [corpus] : [])];
  return dirs.flatMap((d) => markdownFiles(d)).filter((f) => opensToml(fs.readFileSync(f, 'utf8')));
}

/** The TOML block of a text, read. */
function block(text: string): Record<string, unknown> {
  const m = /^\uFEFF?\s*\+\+\+\r?\n([\s\S]*?)^\+\+\+/m.exec(text);
  const read = readToml(m?.[1] ?? '');
  assert.ok(read.ok, read.ok ? '' : read.message);
  return read.value;
}

/** The text from the closing `+++` on. */
function body(text: string): string {
  const open = text.search(/^\+\+\+/m) + 3;
  return text.slice(open + text.slice(open).search(/^\+\+\+/m));
}

describe('TOML edits on the TOML posts of the sample and the corpus', () => {
  const files = tomlPosts();
  it('finds TOML posts to edit', () => {
    assert.ok(files.length >= 4, `${files.length} TOML posts`);
  });
  let made = 0;
  let refusedCount = 0;
  for (const file of files) {
    it(path.relative(path.dirname(root), file), () => {
      const text = fs.readFileSync(file, 'utf8');
      const before = block(text);
      const edits: [string, EditResult][] = [
        ['title', setValue(text, 'title', '새 "제목" \\ 2', hugo)],
        ['draft', setValue(text, 'draft', true, hugo)],
        ['lastmod', setValue(text, 'lastmod', { timestamp: '2025-02-03T14:20:00+09:00' }, hugo)],
        ['date', removeKey(text, 'date', hugo)],
      ];
      for (const key of ['tags', 'categories', 'series']) {
        const written = writtenNamesFor(text, spec(key), hugo);
        const first = Array.isArray(written) ? written[0] : undefined;
        if (first !== undefined) {
          edits.push([key, editNames(text, spec(key), { kind: 'merge', from: [first], to: 'Renamed "이름"' }, hugo)]);
          edits.push([key, editNames(text, spec(key), { kind: 'remove', names: [first] }, hugo)]);
        }
        edits.push([key, editNames(text, spec(key), { kind: 'add', names: ['새 이름'] }, hugo)]);
      }
      for (const [key, result] of edits) {
        if (!result.ok) {
          refusedCount++;
          assert.match(result.reason.key, /^(unhandledStyle|nestedValues|namesInMapping|notNames|notSingleValue|tomlInTable)$/, `${key}: ${result.reason.key}`);
          continue;
        }
        made++;
        const edited = applyEdits(text, result.edits);
        const after = block(edited);
        for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
          if (k.toLowerCase() !== key) assert.deepEqual(after[k], before[k], `${key}: ${k} is unchanged`);
        }
        assert.equal(body(edited), body(text), `${key}: the body is unchanged`);
      }
    });
  }
  it('makes nearly every edit rather than refusing it', () => {
    assert.ok(made >= 10 * refusedCount, `${made} edits made, ${refusedCount} refused`);
  });
});
