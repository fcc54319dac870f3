/**
 * Where a post's body has code: fenced blocks (``` or ~~~, in block quotes and list items too, to their closing
 * fence or the end) and inline code spans (a run of backticks closed by the next run of the same length in the same
 * paragraph). Shortcodes there stay text in the preview. Indented code blocks are not looked for: a list item's
 * indented paragraph looks the same without a full parse, and shortcodes in it must run. Linear in the text.
 */

export type Range = readonly [start: number, end: number];

const FENCE_OPEN = /^(?:[ \t]*>)*[ \t]*(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^(?:[ \t]*>)*[ \t]*(`{3,}|~{3,})[ \t]*$/;
const BLANK = /^(?:[ \t]*>)*[ \t]*$/;
/** An ATX heading is a block of one line: no code span goes past it. */
const HEADING = /^(?:[ \t]*>)*[ \t]{0,3}#{1,6}(?:[ \t]|$)/;

/** `text.indexOf('`', from)` for non-decreasing `from`: the text after the last backtick is searched once. */
function backtickSearch(text: string): (from: number) => number {
  let found = -2;
  return (from) => {
    if (found === -1 || found >= from) return found;
    found = text.indexOf('`', from);
    return found;
  };
}

/** Code spans in one paragraph, `text.slice(from, to)`. */
function codeSpans(text: string, from: number, to: number, findTick: (from: number) => number, out: Range[]): void {
  const runs: Array<{ start: number; length: number }> = [];
  for (let i = findTick(from); i >= 0 && i < to; i = findTick(i)) {
    let j = i;
    while (j < to && text.charCodeAt(j) === 0x60) j++;
    let slashes = 0;
    for (let k = i - 1; k >= from && text.charCodeAt(k) === 0x5c; k--) slashes++;
    // An escaped backtick is text; the rest of its run may still open a span.
    runs.push(slashes % 2 === 1 ? { start: i + 1, length: j - i - 1 } : { start: i, length: j - i });
    i = j;
  }
  // For each length, the runs of that length in order, and how far the search has gone.
  const byLength = new Map<number, number[]>();
  runs.forEach((r, index) => {
    if (r.length === 0) return;
    const same = byLength.get(r.length);
    if (same === undefined) byLength.set(r.length, [index]);
    else same.push(index);
  });
  const cursor = new Map<number, number>();
  let next = 0;
  while (next < runs.length) {
    const run = runs[next];
    if (run === undefined || run.length === 0) {
      next++;
      continue;
    }
    const same = byLength.get(run.length) ?? [];
    let c = cursor.get(run.length) ?? 0;
    while (c < same.length && (same[c] ?? 0) <= next) c++;
    cursor.set(run.length, c);
    const close = same[c];
    if (close === undefined) {
      next++;
      continue;
    }
    const end = runs[close];
    out.push([run.start, (end?.start ?? to) + run.length]);
    next = close + 1;
  }
}

/** The code ranges of `text` ("\n" line ends), sorted and not overlapping. */
export function codeRegions(text: string): Range[] {
  const out: Range[] = [];
  const next = backtickSearch(text);
  let fence: { char: string; length: number; start: number } | undefined;
  let paragraph = -1;
  let lineStart = 0;
  for (;;) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    if (fence !== undefined) {
      const close = FENCE_CLOSE.exec(line);
      if (close?.[1] !== undefined && close[1][0] === fence.char && close[1].length >= fence.length) {
        out.push([fence.start, lineEnd]);
        fence = undefined;
      }
    } else {
      const open = FENCE_OPEN.exec(line);
      const marks = open?.[1];
      if (marks !== undefined && !(marks[0] === '`' && (open?.[2] ?? '').includes('`'))) {
        if (paragraph >= 0) codeSpans(text, paragraph, lineStart, next, out);
        paragraph = -1;
        fence = { char: marks[0] ?? '`', length: marks.length, start: lineStart };
      } else if (BLANK.test(line)) {
        if (paragraph >= 0) codeSpans(text, paragraph, lineStart, next, out);
        paragraph = -1;
      } else if (HEADING.test(line)) {
        if (paragraph >= 0) codeSpans(text, paragraph, lineStart, next, out);
        codeSpans(text, lineStart, lineEnd, next, out);
        paragraph = -1;
      } else if (paragraph < 0) {
        paragraph = lineStart;
      }
    }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  if (fence !== undefined) out.push([fence.start, text.length]);
  else if (paragraph >= 0) codeSpans(text, paragraph, text.length, next, out);
  return out.sort((a, b) => a[0] - b[0]);
}

/** Walks `ranges` forward: whether each position asked (in increasing order) is inside one. */
export function rangeCursor(ranges: readonly Range[]): (position: number) => boolean {
  let r = 0;
  return (position) => {
    while (r < ranges.length && (ranges[r]?.[1] ?? 0) <= position) r++;
    const range = ranges[r];
    return range !== undefined && range[0] <= position;
  };
}
