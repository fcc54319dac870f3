/**
 * Liquid runs before Markdown and may change the number of lines (an include expands to many, a `{%- -%}`
 * joins them), which would make Markdown's line numbers wrong. So the body is cut into groups of whole
 * lines, each group the smallest run of lines that a Liquid construct does not span (a block tag from its
 * opening to its end tag, a `raw` or `comment`, a tag or output written over several lines). Each group is
 * rendered on its own (sharing one Liquid context, so `assign` and `capture` carry over), and every output
 * line is mapped back to a source line: one to one when the group kept its line count (the common case:
 * exact), otherwise spread proportionally over the group's lines (exact to the group). Lines without
 * Liquid are passed through without touching the engine, which also keeps long posts fast.
 */

export interface LiquidGroup {
  /** Line of the group's first line in the text given to `liquidGroups`. */
  readonly startLine: number;
  readonly lineCount: number;
  readonly text: string;
  /** False when the group has no `{{` or `{%`: nothing to render. */
  readonly hasLiquid: boolean;
}

export interface LineMappedText {
  readonly text: string;
  /** For every line of `text`, the line of the input it came from. */
  readonly lineMap: readonly number[];
}

const TAG = /\{%-?\s*(#|[A-Za-z_][\w-]*)?[\s\S]*?-?%\}/y;
const OUTPUT = /\{\{[\s\S]*?\}\}/y;

interface LiquidToken {
  readonly index: number;
  readonly text: string;
  /** The tag's name (`if`, `endif`, `#`), undefined for an output or a tag without one. */
  readonly name: string | undefined;
}

/**
 * The Liquid tags and outputs of a text, from left to right, each starting at or after `from` (moved on by the
 * caller to skip a range). An opener is tried only when its closer comes later in the text: a lazy scan from an
 * unclosed opener to the end, repeated at every opener, would make `{{{{…` quadratic.
 */
class LiquidTokens {
  private readonly lastTagClose: number;
  private readonly lastOutputClose: number;
  from = 0;

  constructor(private readonly text: string) {
    this.lastTagClose = text.lastIndexOf('%}');
    this.lastOutputClose = text.lastIndexOf('}}');
  }

  next(): LiquidToken | undefined {
    const text = this.text;
    for (let i = text.indexOf('{', this.from); i >= 0; i = text.indexOf('{', i + 1)) {
      const second = text.charCodeAt(i + 1);
      const pattern = second === 0x25 && this.lastTagClose >= i + 2 ? TAG : second === 0x7b && this.lastOutputClose >= i + 2 ? OUTPUT : undefined;
      if (pattern === undefined) continue;
      pattern.lastIndex = i;
      const m = pattern.exec(text);
      if (m === null) continue;
      this.from = i + m[0].length;
      return { index: i, text: m[0], name: m[1] };
    }
    this.from = text.length;
    return undefined;
  }
}
const KNOWN_BLOCKS = ['if', 'unless', 'case', 'for', 'tablerow', 'capture', 'highlight'];
const OPAQUE: Readonly<Record<string, RegExp>> = {
  raw: /\{%-?\s*endraw\s*-?%\}/g,
  comment: /\{%-?\s*endcomment\s*-?%\}/g,
};

/** Ranges [start, end) of the text that must not be cut. */
function protectedRanges(text: string): Array<[number, number]> {
  const names = new Set<string>();
  const scan = new LiquidTokens(text);
  for (let m = scan.next(); m !== undefined; m = scan.next()) if (m.name !== undefined) names.add(m.name);
  const blocks = new Set(KNOWN_BLOCKS.filter((b) => names.has(`end${b}`)).concat([...names].filter((n) => names.has(`end${n}`))));
  const ranges: Array<[number, number]> = [];
  const stack: string[] = [];
  let openedAt = 0;
  const tokens = new LiquidTokens(text);
  for (let m = tokens.next(); m !== undefined; m = tokens.next()) {
    const start = m.index;
    let end = start + m.text.length;
    const name = m.name;
    const opaque = name === undefined ? undefined : OPAQUE[name];
    if (opaque !== undefined) {
      opaque.lastIndex = end;
      const close = opaque.exec(text);
      end = close ? close.index + close[0].length : text.length;
      tokens.from = end;
    }
    if (stack.length === 0) ranges.push([start, end]);
    if (name !== undefined && opaque === undefined && blocks.has(name)) {
      if (stack.length === 0) openedAt = start;
      stack.push(name);
    } else if (name !== undefined && name.startsWith('end') && stack.length > 0 && stack[stack.length - 1] === name.slice(3)) {
      stack.pop();
      if (stack.length === 0) ranges.push([openedAt, end]);
    }
  }
  if (stack.length > 0) ranges.push([openedAt, text.length]);
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Cuts `text` into groups of whole lines (see the file comment). */
export function liquidGroups(text: string): LiquidGroup[] {
  const ranges = protectedRanges(text);
  const groups: LiquidGroup[] = [];
  let groupStart = 0;
  let groupLine = 0;
  let line = 0;
  let r = 0;
  for (let i = text.indexOf('\n'); ; i = text.indexOf('\n', i + 1)) {
    const at = i < 0 ? text.length : i;
    while (r < ranges.length && (ranges[r]?.[1] ?? 0) <= at) r++;
    let glued = false;
    for (let k = r; k < ranges.length; k++) {
      const range = ranges[k];
      if (range === undefined || range[0] >= at) break;
      if (range[0] < at && at < range[1]) {
        glued = true;
        break;
      }
    }
    if (i < 0 || !glued) {
      const groupText = text.slice(groupStart, at);
      groups.push({ startLine: groupLine, lineCount: line - groupLine + 1, text: groupText, hasLiquid: /\{[{%]/.test(groupText) });
      groupStart = at + 1;
      groupLine = line + 1;
    }
    if (i < 0) break;
    line++;
  }
  return groups;
}

/** Renders every group with Liquid through `render` and joins the results with a map back to input lines. */
export function renderGroups(groups: readonly LiquidGroup[], render: (group: LiquidGroup) => string): LineMappedText {
  const parts: string[] = [];
  const lineMap: number[] = [];
  for (const group of groups) {
    const out = group.hasLiquid ? render(group) : group.text;
    parts.push(out);
    let lines = 1;
    for (let i = out.indexOf('\n'); i >= 0; i = out.indexOf('\n', i + 1)) lines++;
    if (lines === group.lineCount) {
      for (let j = 0; j < lines; j++) lineMap.push(group.startLine + j);
    } else {
      for (let j = 0; j < lines; j++) lineMap.push(group.startLine + Math.floor((j * group.lineCount) / lines));
    }
  }
  return { text: parts.join('\n'), lineMap };
}

/** `text` with every Liquid tag and output replaced by `replace(token)` (for a group Liquid failed on). */
export function replaceLiquidTokens(text: string, replace: (token: string) => string): string {
  const parts: string[] = [];
  const tokens = new LiquidTokens(text);
  let done = 0;
  for (let m = tokens.next(); m !== undefined; m = tokens.next()) {
    parts.push(text.slice(done, m.index), replace(m.text));
    done = m.index + m.text.length;
  }
  parts.push(text.slice(done));
  return parts.join('');
}
