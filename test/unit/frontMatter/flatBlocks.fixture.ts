import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Front-matter blocks to compare the flat readers with the parsers on: every Markdown file of the samples, the
 * test fixtures and the shared corpus (when it is there), and hand-written blocks at the edges of what is flat.
 */
const root = path.join(__dirname, '..', '..', '..', '..');
const folders = [path.join(root, 'samples'), path.join(root, 'test', 'fixtures'), path.join(root, '..', 'shared', 'corpus')];

function* markdownFiles(dir: string, depth = 0): Generator<string> {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.name === 'node_modules' || e.name === '.git' || depth > 12) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* markdownFiles(full, depth + 1);
    else if (/\.(md|markdown|mdx)$/i.test(e.name)) yield full;
  }
}

/** The text between a file's opening `fence` line and the next line that starts with it, of every file that has one. */
export function blocksOnDisk(fence: '---' | '+++'): string[] {
  const blocks: string[] = [];
  for (const folder of folders) {
    for (const file of markdownFiles(folder)) {
      const text = fs.readFileSync(file, 'utf8');
      if (!text.startsWith(`${fence}\n`)) continue;
      const end = text.indexOf(`\n${fence}`, fence.length);
      if (end > 0) blocks.push(text.slice(fence.length + 1, end + 1));
    }
  }
  return blocks;
}

export const yamlEdges: readonly string[] = [
  'title: Hello\n',
  'title: a\u2028b\n',
  'title: a\u2029b\n',
  'title:\u2028\n',
  'ti\u2028tle: a\n',
  'title:x\n',
  'title:\n',
  '_a-1: x\n',
  '1a: x\n',
  '-a: x\n',
  'a b: x\n',
  'title: Hello',
  'title: "quoted: with colon"\n',
  "title: 'single # not a comment'\n",
  'title: plain # a comment\n',
  'title: a: b\n',
  'title: ends with colon:\n',
  'title:  two spaces\n',
  'title: trailing space \n',
  'title: "a" \n',
  'title: "esc \\" inside"\n',
  "title: 'it''s'\n",
  'date: 2024-01-02 10:20:30 +0900\n',
  'date: 2024-01-02\n',
  'date: 2024-02-30\n',
  'date: 2024-01-02T10:20:30Z\n',
  'n: 012\nm: 0x1f\no: 1_000\np: 1,000\nq: 1.5\nr: .inf\ns: 10:30\n',
  'b: yes\nc: No\nd: on\ne: OFF\nf: y\ng: n\nh: true\ni: ~\nj: null\nk: Null\n',
  'sym: :symbol\n',
  'yes: key\n',
  'on: key\n',
  'y: key\n',
  '__proto__: x\n',
  'a: 1\na: 2\n',
  'tags: [a, b, c]\n',
  'tags: []\n',
  'tags: [ ]\n',
  'tags: [a, , b]\n',
  'tags: [a, b,]\n',
  'tags: ["a b", \'c\']\n',
  'tags: ["a, b"]\n',
  'tags: [a: b]\n',
  'tags: [a, [b]]\n',
  'tags: [yes, 1, ~, 2024-01-02]\n',
  'tags: [C#, c++, .net]\n',
  'tags: [-1, x]\n',
  'tags:\n  - a\n  - b\n',
  'tags:\n- a\n- b\nnext: 1\n',
  'tags:\n  - a\n  -b\n',
  'tags:\n  - a\n    - b\n',
  'tags:\n  - a: b\n',
  'tags:\n  - [a]\n',
  'tags:\n  -\n',
  'tags:\nnext: 1\n',
  'tags:\n',
  'tags:\n  # only a comment\nnext: 1\n',
  'header:\n  teaser: /a.png\n  overlay: 3\nnext: x\n',
  'header:\n  image:\n    path: a\n',
  'header:\n  image:\n    path:\n      deep: a\n',
  'header:\n  teaser: a\n   odd: b\n',
  'title: first\n  continued\n',
  'title: >\n  folded\n',
  'title: |\n  literal\n',
  'anchor: &a x\nref: *a\n',
  'tagged: !!str 12\n',
  'merge:\n  <<: {a: 1}\n',
  'map: {a: 1}\n',
  '# only a comment\n',
  '\n',
  '',
  '---\ntitle: x\n',
  'title: x\n...\n',
  'title: x\r\n',
  'title:\tx\n',
  'title: tab\tinside\n',
  'title: 한국어 제목\n',
  'title: emoji 🎉 ok\n',
  'title: lone \ud800 surrogate\n',
  'title: bom \ufeff inside\n',
  'title: nel \u0085 inside\n',
  'key with space: x\n',
  'key.dot: x\n',
  'k-e_y: x\n',
  'percent: %x\n',
  'at: @x\n',
  'quest: ?x\n',
  'dash: -x\n',
  'dash: - x\n',
  'colon: :x\n',
  'bang: !x\n',
  'amp: &x\n',
  'star: *x\n',
  'pipe: |x\n',
  'gt: >x\n',
  'tick: `x`\n',
  'brace: {x\n',
  'lt: <<\n',
  'url: https://example.com/a#b\n',
  'path: C:\\dir\n',
];

export const tomlEdges: readonly string[] = [
  'title = "Hello"\n',
  "title = 'literal \\ no escape'\n",
  'title = "esc \\" inside"\n',
  'title = "C# tips"\n',
  'title = "x" # comment\n',
  'title = "a" # "b"\n',
  'title="no spaces"\n',
  'title  = "two spaces"\n',
  'draft = true\ndraft2 = false\n',
  'n = 0\nm = -12\no = 123456789012345\n',
  'n = 1234567890123456789\n',
  'n = +5\nm = -0\no = 1_000\np = 0x1f\n',
  'f = 1.5\n',
  'date = 2024-01-02T10:20:30+09:00\n',
  'date = 2024-01-02 10:20:30Z\n',
  'date = 2024-01-02T10:20:30\n',
  'date = 2024-01-02\n',
  'date = 2024-02-29\n',
  'date = 2023-02-29\n',
  'date = 2024-02-30\n',
  'date = 2024-04-31\n',
  'date = 2024-13-01\n',
  'date = 2024-01-02T24:00:00Z\n',
  'date = 2024-01-02T10:20:60Z\n',
  'date = 2024-01-02T10:20:30.5+09:00\n',
  'date = 2024-01-02t10:20:30z\n',
  'date = 2024-01-02T10:20:30-00:00\n',
  'date = 0999-01-02\n',
  'time = 10:20:30\n',
  'tags = ["a", "b"]\n',
  'tags = ["a", "b",]\n',
  'tags = []\n',
  'tags = [ ]\n',
  'tags = ["a, b"]\n',
  'tags = [["a"]]\n',
  'tags = [{ a = 1 }]\n',
  "tags = ['a', \"b\", 1, true, 2024-01-02]\n",
  'tags = ["a",\n  "b"]\n',
  'tags = [,]\n',
  'tags = ["a",,]\n',
  '[params]\nx = 1\n',
  'a.b = 1\n',
  '"quoted" = 1\n',
  'a = 1\na = 2\n',
  '__proto__ = 1\n',
  '# comment\ntitle = "x"\n',
  '  title = "indented"\n',
  'title = "x"\r\n',
  'title = "tab\tinside"\n',
  'title = "한국어"\n',
  'title = """multi"""\n',
  'inline = { a = 1 }\n',
  '',
  '\n',
  'a-b_c9 = 1\n_x = 2\nZ = 3\n',
  '-a = 1\n',
  '9a = 1\n',
  'a =1\n',
  'a= 1\n',
  'a =\n',
  'a = \n',
  'title = "line\u2028separator"\n',
  '# only a comment\n',
  'a = 1\n\n\n# c\nb = "2"',
  'a = 1\n# c \u2029\n',
];
