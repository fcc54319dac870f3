/**
 * Heading ids and attributes as Hugo 0.111.3's Goldmark gives them. Attributes: a `{#id .class key=value}` block at
 * the end of the heading's last line (the last `{` on it, not escaped, with nothing after its `}`), as goldmark
 * 1.5.4's parseLastLineAttributes reads it. Auto ids: from the heading's last source line as written (Markdown
 * punctuation and link targets included, attributes left out), by Hugo's sanitizeAnchorName
 * (markup/goldmark/autoid.go): trimmed, `-` and space kept as `-`, letters, digits and `_` kept lower-cased (Hangul
 * included), everything else dropped; "heading" when nothing is left; repeats get `-1`, `-2`… and never reuse an id
 * a heading set itself.
 */
import type MarkdownIt from 'markdown-it';
import type { HeadingInfo } from '../headingIds';
import type { GoldmarkSettings } from './goldmarkSettings';

type IdType = GoldmarkSettings['autoHeadingIDType'];

const LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;

/** Go's unicode.IsLetter / IsDigit / IsNumber for one code point. */
function isLetterOrDigit(c: string): boolean {
  return LETTER_OR_DIGIT.test(c);
}

/** Blackfriday's SanitizedAnchorName, Hugo's `autoHeadingIDType = "blackfriday"`. */
function blackfridayAnchor(text: string): string {
  let out = '';
  let dash = false;
  for (const c of text) {
    if (/[\p{L}\p{N}]/u.test(c)) {
      if (dash && out !== '') out += '-';
      dash = false;
      out += c.toLowerCase();
    } else {
      dash = true;
    }
  }
  return out;
}

/** Hugo's sanitizeAnchorName for a heading's text. */
export function hugoAnchor(text: string, type: IdType = 'github'): string {
  if (type === 'blackfriday') return blackfridayAnchor(text);
  // github-ascii first removes accents (NFD without the combining marks), then keeps ASCII only.
  const source = type === 'github-ascii' ? text.normalize('NFD').replace(/\p{Mn}/gu, '').normalize('NFC') : text;
  let out = '';
  for (const c of source.trim()) {
    if (type === 'github-ascii' && c.charCodeAt(0) > 0x7f) continue;
    if (c === '-' || c === ' ') out += '-';
    else if (c === '_' || isLetterOrDigit(c)) out += c.toLowerCase();
  }
  return out;
}

/** Hugo's idFactory: ids of one page, with the numbering of repeats. */
export class HugoIds {
  private readonly used = new Set<string>();
  /** The number to try first for each repeated id: numbers below it are taken (ids are only ever added). */
  private readonly nextNumber = new Map<string, number>();

  constructor(private readonly type: IdType) {}

  generate(text: string): string {
    let id = hugoAnchor(text, this.type);
    if (id === '') id = 'heading';
    if (this.used.has(id)) {
      let i = this.nextNumber.get(id) ?? 1;
      while (this.used.has(`${id}-${i}`)) i++;
      this.nextNumber.set(id, i + 1);
      id = `${id}-${i}`;
    }
    this.used.add(id);
    return id;
  }

  /** An id a heading set itself: later auto ids avoid it. */
  put(id: string): void {
    this.used.add(id);
  }
}

export interface HeadingAttribute {
  readonly name: string;
  readonly value: string;
}

const NAME = /^[A-Za-z_:][A-Za-z0-9_:.-]*/;
const ID_OR_CLASS = /^[^\s!"#$%&'()*+,/;<=>?@[\\\]^`{|}~]*/;

/** One `{…}` block at `text[0]`: its attributes and its length, or undefined when it is not one. */
function parseBlock(text: string): { attrs: HeadingAttribute[]; length: number } | undefined {
  const attrs: HeadingAttribute[] = [];
  let i = 1;
  const skipSpaces = (): void => {
    while (text[i] === ' ' || text[i] === '\t') i++;
  };
  for (;;) {
    skipSpaces();
    const c = text[i];
    if (c === undefined) return undefined;
    if (c === '}') return { attrs, length: i + 1 };
    if (c === '#' || c === '.') {
      const value = ID_OR_CLASS.exec(text.slice(i + 1))?.[0] ?? '';
      const name = c === '#' ? 'id' : 'class';
      const existing = name === 'class' ? attrs.findIndex((a) => a.name === 'class') : -1;
      if (existing >= 0) attrs[existing] = { name, value: `${attrs[existing]?.value ?? ''} ${value}` };
      else attrs.push({ name, value });
      i += 1 + value.length;
    } else {
      const name = NAME.exec(text.slice(i))?.[0];
      if (name === undefined) return undefined;
      i += name.length;
      skipSpaces();
      if (text[i] !== '=') return undefined;
      i++;
      skipSpaces();
      let value: string;
      if (text[i] === '"') {
        const close = /^"((?:[^"\\]|\\.)*)"/.exec(text.slice(i));
        if (close === null) return undefined;
        value = (close[1] ?? '').replace(/\\(.)/g, '$1');
        i += close[0].length;
      } else {
        const word = /^[^\s,}]+/.exec(text.slice(i))?.[0];
        if (word === undefined) return undefined;
        value = word;
        i += word.length;
      }
      attrs.push({ name, value });
    }
    skipSpaces();
    if (text[i] === ',') i++;
  }
}

/** The attribute block ending `line` (goldmark's last `{`), and where it starts. */
export function trailingAttributes(line: string): { attrs: HeadingAttribute[]; start: number } | undefined {
  let last = -1;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '{') last = i;
  }
  if (last < 0) return undefined;
  const block = parseBlock(line.slice(last));
  if (block === undefined || line.slice(last + block.length).trim() !== '') return undefined;
  return { attrs: block.attrs, start: last };
}

function plainText(inline: MarkdownIt.Token): string {
  return (inline.children ?? [])
    .filter((t) => t.type === 'text' || t.type === 'code_inline' || t.type === 'text_special')
    .map((t) => t.content)
    .join('');
}

/** Cuts the attribute block `tail` off the end of the heading's text; false when it is not plain text there. */
function cutTail(inline: MarkdownIt.Token, tail: string): boolean {
  const last = inline.children?.[inline.children.length - 1];
  if (last?.type !== 'text' || !last.content.trimEnd().endsWith(tail)) return false;
  // `## heading ## {#id}`: the closing #s before the attributes go too, as in goldmark.
  last.content = last.content.trimEnd().slice(0, -tail.length).replace(/[ \t]+#+[ \t]*$/, '').trimEnd();
  return true;
}

/** Core rule: attributes and ids on every heading, and the list of headings in `env.headings`. */
export function goldmarkHeadingsPlugin(md: MarkdownIt.MarkdownIt, settings: Pick<GoldmarkSettings, 'autoHeadingID' | 'autoHeadingIDType' | 'headingAttributes'>): void {
  md.core.ruler.after('inline', 'goldmark_headings', (state) => {
    const ids = new HugoIds(settings.autoHeadingIDType);
    const headings: HeadingInfo[] = [];
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const open = tokens[i];
      const inline = tokens[i + 1];
      if (open?.type !== 'heading_open' || inline?.type !== 'inline') continue;
      const lines = inline.content.split('\n');
      let raw = lines[lines.length - 1] ?? '';
      const found = settings.headingAttributes ? trailingAttributes(raw) : undefined;
      if (found !== undefined && cutTail(inline, raw.slice(found.start).trim())) {
        for (const a of found.attrs) open.attrSet(a.name, a.value);
        raw = raw.slice(0, found.start).replace(/[ \t]+#+[ \t]*$/, '');
      }
      const own = open.attrGet('id');
      if (own !== null) ids.put(String(own));
      else if (settings.autoHeadingID) open.attrSet('id', ids.generate(raw));
      headings.push({ level: Number(open.tag.slice(1)), id: String(open.attrGet('id') ?? ''), text: plainText(inline) });
    }
    (state.env as { headings?: HeadingInfo[] }).headings = headings;
  });
}
