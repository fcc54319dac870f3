import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import * as yaml from 'js-yaml';

// The snippets of issue 7 (item 1). VS Code does not resolve %key% placeholders in snippet files, so every
// description carries both languages: "English · 한국어".

const root = path.resolve(__dirname, '..', '..', '..');

interface Contribution {
  language?: string;
  path: string;
}

interface Snippet {
  file: string;
  name: string;
  prefixes: string[];
  body: string;
  description: string;
  isFileTemplate: boolean;
  languages: string[];
}

const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { contributes: { snippets: Contribution[] } };
const contributions = manifest.contributes.snippets;

/** Contributed files, each with the languages it is contributed for. */
const files = new Map<string, string[]>();
for (const c of contributions) {
  const file = path.posix.normalize(c.path);
  files.set(file, [...(files.get(file) ?? []), c.language ?? '']);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function loadSnippets(file: string, languages: string[]): Snippet[] {
  const raw = fs.readFileSync(path.join(root, file), 'utf8');
  const data: unknown = JSON.parse(raw);
  assert.ok(isRecord(data), `${file} holds an object of snippets`);
  // JSON.parse keeps only the last of two equal keys: count the names in the text too.
  const names = [...raw.matchAll(/^ {2}"((?:\\.|[^"\\])*)": \{$/gm)].length;
  assert.equal(names, Object.keys(data).length, `${file} has no duplicate snippet names`);
  return Object.entries(data).map(([name, value]): Snippet => {
    assert.ok(isRecord(value), `${file}: ${name} is an object`);
    const { prefix, body, description, isFileTemplate } = value;
    // With a language in package.json, VS Code ignores a snippet's "scope": leave it out rather than mislead.
    assert.equal(value['scope'], undefined, `${file}: ${name} has no scope`);
    const prefixes = typeof prefix === 'string' ? [prefix] : prefix;
    assert.ok(isStringArray(prefixes) && prefixes.length > 0 && prefixes.every((p) => p.length > 0), `${file}: ${name} has a prefix`);
    assert.ok(typeof body === 'string' || isStringArray(body), `${file}: ${name} has a string or string[] body`);
    assert.ok(typeof description === 'string', `${file}: ${name} has a description`);
    assert.ok(isFileTemplate === undefined || typeof isFileTemplate === 'boolean', `${file}: ${name} isFileTemplate is a boolean`);
    return {
      file,
      name,
      prefixes,
      body: typeof body === 'string' ? body : body.join('\n'),
      description,
      isFileTemplate: isFileTemplate === true,
      languages,
    };
  });
}

const snippets = [...files].flatMap(([file, languages]) => loadSnippets(file, languages));
const byPrefix = (prefix: string): Snippet[] => snippets.filter((s) => s.prefixes.includes(prefix));
const only = (prefix: string, language = 'markdown'): Snippet => {
  const found = byPrefix(prefix).filter((s) => s.languages.includes(language));
  assert.equal(found.length, 1, `one "${prefix}" snippet for ${language}`);
  return found[0]!;
};

// --- A checker for VS Code's snippet syntax (https://code.visualstudio.com/docs/editing/userdefinedsnippets#_grammar) ---

type Node =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number; children: Node[] | undefined }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'variable'; name: string; children: Node[] | undefined };

/** The variables VS Code resolves; any other `$name` silently becomes a placeholder. */
const knownVariables = new Set([
  'TM_SELECTED_TEXT', 'TM_CURRENT_LINE', 'TM_CURRENT_WORD', 'TM_LINE_INDEX', 'TM_LINE_NUMBER', 'TM_FILENAME', 'TM_FILENAME_BASE',
  'TM_DIRECTORY', 'TM_FILEPATH', 'RELATIVE_FILEPATH', 'CLIPBOARD', 'WORKSPACE_NAME', 'WORKSPACE_FOLDER', 'CURSOR_INDEX', 'CURSOR_NUMBER',
  'CURRENT_YEAR', 'CURRENT_YEAR_SHORT', 'CURRENT_MONTH', 'CURRENT_MONTH_NAME', 'CURRENT_MONTH_NAME_SHORT', 'CURRENT_DATE',
  'CURRENT_DAY_NAME', 'CURRENT_DAY_NAME_SHORT', 'CURRENT_HOUR', 'CURRENT_MINUTE', 'CURRENT_SECOND', 'CURRENT_SECONDS_UNIX',
  'CURRENT_TIMEZONE_OFFSET', 'RANDOM', 'RANDOM_HEX', 'UUID', 'BLOCK_COMMENT_START', 'BLOCK_COMMENT_END', 'LINE_COMMENT',
]);

/**
 * Parses a snippet body strictly: where VS Code quietly turns a malformed `$…` or an unclosed `${` into text,
 * this throws, so a typo cannot ship as literal text.
 */
function parseSnippet(source: string): Node[] {
  let pos = 0;
  const fail = (message: string): never => {
    throw new Error(`${message} at ${pos} in ${JSON.stringify(source)}`);
  };
  const int = (): number | undefined => {
    const match = /^\d+/.exec(source.slice(pos));
    if (!match) {
      return undefined;
    }
    pos += match[0].length;
    return Number(match[0]);
  };
  const name = (): string | undefined => {
    const match = /^[_a-zA-Z][_a-zA-Z0-9]*/.exec(source.slice(pos));
    if (!match) {
      return undefined;
    }
    pos += match[0].length;
    return match[0];
  };
  const variable = (varName: string, children: Node[] | undefined): Node => {
    if (!knownVariables.has(varName)) {
      fail(`unknown variable ${varName}`);
    }
    return { kind: 'variable', name: varName, children };
  };
  const choice = (index: number): Node => {
    const options: string[] = [];
    let current = '';
    for (;;) {
      const ch = source[pos];
      if (ch === undefined) {
        return fail('unclosed choice');
      }
      if (ch === '\\' && source[pos + 1] !== undefined && ',|\\$}'.includes(source[pos + 1]!)) {
        current += source[pos + 1]!;
        pos += 2;
      } else if (ch === ',') {
        options.push(current);
        current = '';
        pos += 1;
      } else if (ch === '|') {
        options.push(current);
        pos += 1;
        if (source[pos] !== '}') {
          fail('a choice ends with |}');
        }
        pos += 1;
        if (options.some((o) => o.length === 0)) {
          fail('empty choice option');
        }
        return { kind: 'choice', index, options };
      } else {
        current += ch;
        pos += 1;
      }
    }
  };
  const sequence = (nested: boolean): Node[] => {
    const nodes: Node[] = [];
    let text = '';
    const flush = (): void => {
      if (text) {
        nodes.push({ kind: 'text', value: text });
        text = '';
      }
    };
    for (;;) {
      const ch = source[pos];
      if (ch === undefined) {
        if (nested) {
          fail('unclosed ${');
        }
        flush();
        return nodes;
      }
      if (ch === '\\' && source[pos + 1] !== undefined && '$}\\'.includes(source[pos + 1]!)) {
        text += source[pos + 1]!;
        pos += 2;
      } else if (ch === '}' && nested) {
        pos += 1;
        flush();
        return nodes;
      } else if (ch === '$') {
        flush();
        pos += 1;
        if (source[pos] === '{') {
          pos += 1;
          const index = int();
          const varName = index === undefined ? name() : undefined;
          if (index === undefined && varName === undefined) {
            fail('${ must be followed by a tab stop number or a variable name');
          }
          const next = source[pos];
          pos += 1;
          if (next === '}') {
            nodes.push(index !== undefined ? { kind: 'tabstop', index, children: undefined } : variable(varName!, undefined));
          } else if (next === ':') {
            const children = sequence(true);
            nodes.push(index !== undefined ? { kind: 'tabstop', index, children } : variable(varName!, children));
          } else if (next === '|' && index !== undefined) {
            nodes.push(choice(index));
          } else {
            fail(`unexpected ${JSON.stringify(next)} (transforms are not used here)`);
          }
        } else {
          const index = int();
          if (index !== undefined) {
            nodes.push({ kind: 'tabstop', index, children: undefined });
          } else {
            const varName = name();
            if (varName === undefined) {
              fail('a literal $ must be escaped as \\$');
            }
            nodes.push(variable(varName!, undefined));
          }
        }
      } else {
        text += ch;
        pos += 1;
      }
    }
  };
  return sequence(false);
}

function* walk(nodes: Node[]): Generator<Node> {
  for (const node of nodes) {
    yield node;
    if ((node.kind === 'tabstop' || node.kind === 'variable') && node.children) {
      yield* walk(node.children);
    }
  }
}

/** Checks what VS Code would accept but a user would trip over; returns the problems found. */
function checkSnippet(nodes: Node[]): string[] {
  const problems: string[] = [];
  const defined = new Map<number, number>();
  const indexes = new Set<number>();
  for (const node of walk(nodes)) {
    if (node.kind === 'tabstop' || node.kind === 'choice') {
      indexes.add(node.index);
      if (node.kind === 'choice' || node.children !== undefined) {
        defined.set(node.index, (defined.get(node.index) ?? 0) + 1);
      }
      if (node.index === 0 && node.kind !== 'tabstop') {
        problems.push('$0 cannot be a choice');
      }
    }
  }
  for (const [index, count] of defined) {
    if (count > 1) {
      problems.push(`tab stop ${index} has ${count} defaults`);
    }
  }
  const numbered = [...indexes].filter((i) => i > 0).sort((a, b) => a - b);
  numbered.forEach((index, i) => {
    if (index !== i + 1) {
      problems.push(`tab stops are not numbered 1..${numbered.length}: ${numbered.join(',')}`);
    }
  });
  if ([...walk(nodes)].filter((n) => n.kind === 'tabstop' && n.index === 0).length > 1) {
    problems.push('more than one $0');
  }
  return [...new Set(problems)];
}

interface Expansion {
  variables: Record<string, string>;
  /** Which option each choice takes. */
  pick: (options: string[]) => string;
}

const sampleVariables: Record<string, string> = {
  CURRENT_YEAR: '2025', CURRENT_MONTH: '03', CURRENT_DATE: '09', CURRENT_HOUR: '07', CURRENT_MINUTE: '05', CURRENT_SECOND: '04',
  TM_SELECTED_TEXT: '',
};

/** Expands a snippet as VS Code would with every placeholder left at its default; mirrors copy their placeholder. */
function expand(nodes: Node[], { variables, pick }: Expansion): string {
  const defaults = new Map<number, string>();
  const render = (list: Node[]): string => list.map((node) => {
    switch (node.kind) {
      case 'text':
        return node.value;
      case 'choice': {
        const value = pick(node.options);
        defaults.set(node.index, value);
        return value;
      }
      case 'tabstop': {
        if (node.children === undefined) {
          return defaults.get(node.index) ?? '';
        }
        const value = render(node.children);
        defaults.set(node.index, value);
        return value;
      }
      case 'variable': {
        const value = variables[node.name];
        return value !== undefined && value !== '' ? value : render(node.children ?? []);
      }
    }
  }).join('');
  // Twice, so a mirror that comes before its placeholder gets the value too.
  render(nodes);
  return render(nodes);
}

const expansions: { label: string; expansion: Expansion }[] = [
  { label: 'first choices', expansion: { variables: sampleVariables, pick: (o) => o[0]! } },
  { label: 'last choices', expansion: { variables: sampleVariables, pick: (o) => o[o.length - 1]! } },
  { label: 'with a selection', expansion: { variables: { ...sampleVariables, TM_SELECTED_TEXT: 'Selected text' }, pick: (o) => o[0]! } },
];

// --- Liquid ---

const blockTags: Record<string, string> = {
  if: 'endif', unless: 'endunless', case: 'endcase', for: 'endfor', tablerow: 'endtablerow',
  capture: 'endcapture', comment: 'endcomment', raw: 'endraw', highlight: 'endhighlight',
};
const innerTags: Record<string, string[]> = { else: ['if', 'unless', 'for', 'case'], elsif: ['if'], when: ['case'] };

/** Checks that Liquid tags open and close in order and that `{{ }}` output markup is closed. */
function liquidProblems(text: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const markup = /\{%-?\s*(\w+)[^%]*?-?%\}|\{\{(?:(?!\}\}|\{\{|\{%).)*\}\}|\{%|%\}|\{\{|\}\}/gs;
  let inRaw = false;
  for (const match of text.matchAll(markup)) {
    const tag = match[1];
    if (inRaw) {
      if (tag === 'endraw') {
        inRaw = false;
        stack.pop();
      }
      continue;
    }
    if (tag === undefined) {
      if (!match[0].startsWith('{{') || !match[0].endsWith('}}') || match[0].length < 4) {
        problems.push(`unbalanced ${JSON.stringify(match[0])}`);
      }
      continue;
    }
    if (blockTags[tag] !== undefined) {
      stack.push(tag);
      inRaw = tag === 'raw';
    } else if (innerTags[tag] !== undefined) {
      const open = stack[stack.length - 1];
      if (open === undefined || !innerTags[tag].includes(open)) {
        problems.push(`{% ${tag} %} outside ${innerTags[tag].join('/')}`);
      }
    } else if (tag.startsWith('end')) {
      const open = stack.pop();
      if (open === undefined || blockTags[open] !== tag) {
        problems.push(`{% ${tag} %} closes ${open === undefined ? 'nothing' : `{% ${open} %}`}`);
      }
    }
  }
  problems.push(...stack.map((open) => `{% ${open} %} is never closed`));
  return problems;
}

// --- Front matter ---

function frontMatter(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
  assert.ok(match?.[1] !== undefined, `starts with a front matter block:\n${text}`);
  const data = yaml.load(match[1]);
  assert.ok(isRecord(data), `front matter is a YAML mapping:\n${match[1]}`);
  return data;
}

function at(data: Record<string, unknown>, key: string): unknown {
  return key.split('.').reduce<unknown>((value, part) => (isRecord(value) ? value[part] : undefined), data);
}

const isStringList = (value: unknown): boolean => Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' && v.length > 0);
const isListOf = (value: unknown, keys: string[]): boolean =>
  Array.isArray(value) && value.length > 0 && value.every((item) => isRecord(item) && keys.every((k) => item[k] !== undefined));

/** The keys each front-matter snippet claims, and a check for each key's value. */
const frontMatterClaims: Record<string, Record<string, (value: unknown) => boolean>> = {
  fm: {
    layout: (v) => typeof v === 'string' && ['post', 'page', 'default'].includes(v),
    title: (v) => typeof v === 'string', date: (v) => v instanceof Date, categories: isStringList, tags: isStringList,
  },
  'fm-single': {
    layout: (v) => v === 'single', title: (v) => typeof v === 'string', date: (v) => v instanceof Date, excerpt: (v) => typeof v === 'string',
    categories: isStringList, tags: isStringList, author_profile: (v) => typeof v === 'boolean', read_time: (v) => typeof v === 'boolean',
    comments: (v) => typeof v === 'boolean', share: (v) => typeof v === 'boolean', related: (v) => typeof v === 'boolean',
  },
  'fm-splash': {
    layout: (v) => v === 'splash', title: (v) => typeof v === 'string', permalink: (v) => typeof v === 'string' && v.startsWith('/'),
    'header.overlay_image': (v) => typeof v === 'string', 'header.overlay_filter': (v) => typeof v === 'number' && v >= 0 && v <= 1,
    'header.actions': (v) => isListOf(v, ['label', 'url']), excerpt: (v) => typeof v === 'string',
    feature_row: (v) => isListOf(v, ['image_path', 'alt', 'title', 'excerpt', 'url', 'btn_label', 'btn_class']),
  },
  'fm-header': {
    layout: (v) => v === 'single', date: (v) => v instanceof Date, 'header.image': (v) => typeof v === 'string' && v.startsWith('/'),
    'header.image_description': (v) => typeof v === 'string', 'header.caption': (v) => typeof v === 'string',
    'header.teaser': (v) => typeof v === 'string' && v.startsWith('/'), categories: isStringList, tags: isStringList,
  },
  'fm-overlay': {
    layout: (v) => v === 'single', date: (v) => v instanceof Date, excerpt: (v) => typeof v === 'string',
    'header.overlay_image': (v) => typeof v === 'string', 'header.overlay_filter': (v) => typeof v === 'number' && v >= 0 && v <= 1,
    'header.caption': (v) => typeof v === 'string', 'header.actions': (v) => isListOf(v, ['label', 'url']), categories: isStringList, tags: isStringList,
  },
  'fm-toc': {
    layout: (v) => v === 'single', date: (v) => v instanceof Date, toc: (v) => v === true, toc_label: (v) => typeof v === 'string',
    toc_icon: (v) => typeof v === 'string', toc_sticky: (v) => typeof v === 'boolean', categories: isStringList, tags: isStringList,
  },
  'fm-gallery': {
    layout: (v) => v === 'single', date: (v) => v instanceof Date,
    gallery: (v) => isListOf(v, ['url', 'image_path', 'alt', 'title']) && (v as unknown[]).length >= 2, categories: isStringList, tags: isStringList,
  },
};

/** Prefixes VS Code's own Markdown snippets use (extensions/markdown-basics): ours must not shadow them. */
const builtInMarkdownPrefixes = ['bold', 'italic', 'quote', 'code', 'fenced codeblock', 'heading1', 'heading2', 'heading3', 'heading4',
  'heading5', 'heading6', 'unordered list', 'ordered list', 'horizontal rule', 'link', 'image', 'strikethrough', 'inline math', 'fenced math'];

describe('snippets', () => {
  it('contributes every file in snippets/, for markdown or html, as plain JSON that ships in the VSIX', () => {
    const onDisk = fs.readdirSync(path.join(root, 'snippets')).map((f) => `snippets/${f}`).sort();
    assert.deepEqual([...files.keys()].sort(), onDisk);
    for (const [file, languages] of files) {
      // .vscodeignore ships snippets/*.json only; with a language set, VS Code ignores a snippet's own "scope".
      assert.match(file, /^snippets\/[a-z-]+\.json$/);
      assert.ok(languages.every((l) => l === 'markdown' || l === 'html'), `${file}: ${languages.join(', ')}`);
      assert.equal(new Set(languages).size, languages.length, `${file} is contributed once per language`);
    }
    assert.ok(contributions.every((c) => c.path.startsWith('./snippets/')));
  });

  it('covers the snippets issue 7 asks for', () => {
    const wanted = ['fm', 'fm-single', 'fm-splash', 'fm-header', 'fm-overlay', 'fm-toc', 'fm-gallery',
      'post_url', 'link_tag', 'include', 'highlight', 'raw', 'baseurl', 'if', 'for', 'capture',
      'notice', 'notice-primary', 'notice-info', 'notice-warning', 'notice-success', 'notice-danger', 'notice-block',
      'figure', 'gallery', 'video', 'btn', 'toc', 'more', 'details'];
    for (const prefix of wanted) {
      assert.ok(byPrefix(prefix).some((s) => s.languages.includes('markdown')), `"${prefix}" is offered in Markdown`);
    }
    for (const prefix of ['post_url', 'link_tag', 'include', 'highlight', 'raw', 'baseurl', 'if', 'for', 'capture', 'figure', 'gallery', 'video', 'notice-block']) {
      assert.ok(byPrefix(prefix).some((s) => s.languages.includes('html')), `"${prefix}" is offered in HTML`);
    }
  });

  it('describes every snippet in English and in Korean', () => {
    for (const s of snippets) {
      const match = /^(.+) · (.+)$/s.exec(s.description);
      assert.ok(match?.[1] !== undefined && match[2] !== undefined, `${s.file}: ${s.name} reads "English · 한국어"`);
      assert.match(match[1], /[A-Za-z]{3}/, `${s.name}: English part`);
      assert.doesNotMatch(match[1], /[\u3131-\u318e\uac00-\ud7a3]/, `${s.name}: no Hangul in the English part`);
      assert.match(match[2], /[\uac00-\ud7a3]/, `${s.name}: Korean part`);
      assert.ok(s.description.split(' · ').length === 2, `${s.name}: one separator`);
    }
  });

  it('gives short, unique prefixes per language that do not shadow VS Code\'s Markdown snippets', () => {
    for (const language of ['markdown', 'html']) {
      const prefixes = snippets.filter((s) => s.languages.includes(language)).flatMap((s) => s.prefixes);
      const duplicates = prefixes.filter((p, i) => prefixes.indexOf(p) !== i);
      assert.deepEqual(duplicates, [], `unique ${language} prefixes`);
    }
    for (const s of snippets) {
      for (const prefix of s.prefixes) {
        assert.match(prefix, /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/, `${s.name}: "${prefix}"`);
        assert.ok(prefix.length <= 14, `${s.name}: "${prefix}" is short`);
        assert.ok(!builtInMarkdownPrefixes.includes(prefix), `${s.name}: "${prefix}" is taken by VS Code's Markdown snippets`);
      }
    }
  });

  it('writes every body in valid snippet syntax: closed ${…}, known variables, tab stops 1..n, well-formed choices', () => {
    for (const s of snippets) {
      const nodes = parseSnippet(s.body);
      assert.deepEqual(checkSnippet(nodes), [], `${s.file}: ${s.name}`);
    }
  });

  it('has a checker that catches broken snippets', () => {
    assert.throws(() => parseSnippet('${1:unclosed'), /unclosed/);
    assert.throws(() => parseSnippet('${1|a,b}'), /choice/);
    assert.throws(() => parseSnippet('${1|a,,b|}'), /empty choice/);
    assert.throws(() => parseSnippet('price: 5$'), /escaped/);
    assert.throws(() => parseSnippet('$TM_SELECTD_TEXT'), /unknown variable/);
    assert.throws(() => parseSnippet('${1/a/b/}'), /transforms/);
    assert.deepEqual(checkSnippet(parseSnippet('$1 $3')), ['tab stops are not numbered 1..2: 1,3']);
    assert.deepEqual(checkSnippet(parseSnippet('${1:a} ${1:b}')), ['tab stop 1 has 2 defaults']);
    assert.deepEqual(checkSnippet(parseSnippet('${0|a,b|}')), ['$0 cannot be a choice']);
    assert.deepEqual(checkSnippet(parseSnippet('${1:a} $1 ${2|x,y|} \\$ \\} $0')), []);
    assert.equal(expand(parseSnippet('${1:post} {{ $1.url }} ${2|x,y|} ${TM_SELECTED_TEXT:${3:none}} \\}'), expansions[0]!.expansion), 'post {{ post.url }} x none }');
    assert.deepEqual(liquidProblems('{% if a %}{% raw %}{% if %}{% endraw %}{% else %}{{ b }}{% endif %}'), []);
    assert.deepEqual(liquidProblems('{% if a %}{% for x in y %}{% endif %}'), ['{% endif %} closes {% for %}', '{% if %} is never closed']);
    assert.deepEqual(liquidProblems('{{ a }'), ['unbalanced "{{"']);
  });

  it('expands to balanced Liquid: if/endif, for/endfor, raw/endraw, capture/endcapture, highlight/endhighlight', () => {
    for (const s of snippets) {
      for (const { label, expansion } of expansions) {
        const text = expand(parseSnippet(s.body), expansion);
        assert.deepEqual(liquidProblems(text), [], `${s.name} (${label}):\n${text}`);
      }
    }
    for (const [prefix, open, close] of [['if', 'if', 'endif'], ['for', 'for', 'endfor'], ['raw', 'raw', 'endraw'], ['capture', 'capture', 'endcapture'], ['highlight', 'highlight', 'endhighlight']] as const) {
      const text = expand(parseSnippet(only(prefix).body), expansions[0]!.expansion);
      assert.match(text, new RegExp(`\\{% ${open}\\b[\\s\\S]*\\{% ${close} %\\}`), prefix);
    }
    assert.equal(expand(parseSnippet(only('baseurl', 'html').body), expansions[0]!.expansion), '{{ site.baseurl }}');
  });

  it('keeps kramdown-only markup ({: .class}) out of the snippets offered in HTML', () => {
    for (const s of snippets.filter((x) => x.languages.includes('html'))) {
      assert.doesNotMatch(s.body, /\{:/, `${s.name} is offered in HTML`);
    }
  });

  it('expands the front-matter snippets to YAML that parses, with the Minimal Mistakes keys each one claims', () => {
    const templates = snippets.filter((s) => s.file === 'snippets/front-matter.json');
    assert.deepEqual(templates.flatMap((s) => s.prefixes).sort(), Object.keys(frontMatterClaims).sort());
    for (const s of templates) {
      assert.ok(s.isFileTemplate, `${s.name} is offered by "Snippets: Fill File with Snippet"`);
      assert.deepEqual(s.languages, ['markdown']);
      const claims = frontMatterClaims[s.prefixes[0]!]!;
      for (const { label, expansion } of expansions) {
        const data = frontMatter(expand(parseSnippet(s.body), expansion));
        for (const [key, ok] of Object.entries(claims)) {
          assert.ok(ok(at(data, key)), `${s.name} (${label}): ${key} = ${JSON.stringify(at(data, key))}`);
        }
      }
      // No hard-coded time zone: the site's `timezone` applies.
      assert.doesNotMatch(s.body, /^date: .*[+-]\d{4}/m, `${s.name} has no fixed UTC offset`);
    }
    const date = frontMatter(expand(parseSnippet(only('fm').body), expansions[0]!.expansion))['date'];
    assert.ok(date instanceof Date);
    assert.equal(date.toISOString(), '2025-03-09T07:05:04.000Z');
  });

  it('puts each Minimal Mistakes helper in the form the theme documents', () => {
    const text = (prefix: string, language = 'markdown'): string => expand(parseSnippet(only(prefix, language).body), expansions[0]!.expansion);
    for (const [prefix, klass] of [['notice', 'notice'], ['notice-primary', 'notice--primary'], ['notice-info', 'notice--info'],
      ['notice-warning', 'notice--warning'], ['notice-success', 'notice--success'], ['notice-danger', 'notice--danger']] as const) {
      assert.match(text(prefix), new RegExp(`^.+\\n\\{: \\.${klass}\\}\\n`), prefix);
    }
    assert.match(text('notice-block'), /\{% capture ([\w-]+) %\}[\s\S]+\{% endcapture %\}\s*<div class="notice">\s*\{\{ \1 \| markdownify \}\}\s*<\/div>/);
    assert.match(text('figure'), /^\{% include figure image_path="[^"]+" alt="[^"]+" caption="[^"]+" %\}$/);
    assert.match(text('gallery'), /^\{% include gallery id="gallery" caption="[^"]+" %\}$/);
    assert.match(text('video'), /^\{% include video id="[^"]+" provider="youtube" %\}$/);
    assert.match(text('btn'), /^\[[^\]]+\]\([^)]+\)\{: \.btn \.btn--primary\}$/);
    assert.match(text('toc'), /^\{% include toc title="[^"]+" icon="file-alt" %\}$/);
    assert.match(text('more'), /^<!--more-->\n$/);
    assert.match(text('details'), /^<details markdown="1">\n<summary>.+<\/summary>\n\n.+\n\n<\/details>\n$/);
    assert.match(text('post_url'), /^\{% post_url \S+ %\}$/);
    assert.match(text('link_tag'), /^\{% link \S+\.md %\}$/);
    assert.match(text('include'), /^\{% include \S+\.html param="value" %\}$/);
  });
});
