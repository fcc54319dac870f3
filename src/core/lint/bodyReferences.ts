/**
 * The links and images a post's Markdown body names: `[text](dest)`, `![alt](dest)` and `<img src>`, each with the
 * exact place of its destination. Fenced and indented code and inline code spans are skipped. One line at a time,
 * with patterns whose every character class stops at the next opener, so the scan is linear on any text.
 */

export interface BodyReference {
  readonly kind: 'link' | 'image';
  /** The destination as written (angle brackets removed). */
  readonly dest: string;
  /** 0-based line of the text, and UTF-16 columns of the destination on it. */
  readonly line: number;
  readonly destStart: number;
  readonly destEnd: number;
  /** Columns of the whole link or image. */
  readonly start: number;
  readonly end: number;
  /** Whether an image has alt text (`![]()` and `<img>` without `alt` have none; `alt=""` marks it decorative). */
  readonly hasAlt: boolean;
}

const INLINE = /(!?)\[([^[\]\n]{0,1000})\]\([ \t]{0,20}(<[^<>\n]{0,2000}>|[^\s()<>]{0,2000})(?:[ \t]+(?:"[^"\n]{0,500}"|'[^'\n]{0,500}'))?[ \t]{0,20}\)/g;
const IMG = /<img\b[^<>\n]{0,2000}>/gi;
const SRC = /\ssrc[ \t]*=[ \t]*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const ALT = /\salt[ \t]*=/i;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The references of `text` from line `fromLine` on (the body, after the front matter). `indentedCode: false` reads
 * the text as MDX does (Docusaurus's default format, for `.md` files too): an indented line is text, not code.
 */
export function bodyReferences(text: string, fromLine: number, indentedCode = true): BodyReference[] {
  const found: BodyReference[] = [];
  if (!text.includes('](') && !/<img/i.test(text)) return found;
  const lines = text.split('\n');
  let fence: string | undefined;
  let blankBefore = true;
  for (let n = fromLine; n < lines.length; n++) {
    const raw = lines[n] ?? '';
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const opener = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (opener !== undefined && opener[0] === fence[0] && opener.length >= fence.length && line.trim() === opener) fence = undefined;
      continue;
    }
    if (opener !== undefined) {
      fence = opener;
      continue;
    }
    // An indented code block starts after a blank line; a list item's continuation is not told apart (skipped too).
    const blank = line.trim() === '';
    if (indentedCode && /^( {4}|\t)/.test(line) && blankBefore) continue;
    blankBefore = blank;
    if (!line.includes('](') && !/<img/i.test(line)) continue;
    const masked = maskCodeSpans(line);
    for (const m of masked.matchAll(INLINE)) {
      const whole = m[0];
      const start = m.index;
      let dest = m[3] ?? '';
      const destStart = start + whole.indexOf('(') + 1 + (/^\(([ \t]*)/.exec(whole.slice(whole.indexOf('(')))?.[1]?.length ?? 0);
      if (dest.startsWith('<')) dest = dest.slice(1, -1);
      const offset = (m[3] ?? '').startsWith('<') ? 1 : 0;
      found.push({
        kind: m[1] === '!' ? 'image' : 'link', dest, line: n, destStart: destStart + offset, destEnd: destStart + offset + dest.length,
        start, end: start + whole.length, hasAlt: (m[2] ?? '').trim() !== '',
      });
    }
    for (const m of masked.matchAll(IMG)) {
      const tag = m[0];
      const src = SRC.exec(tag);
      if (src === null) continue;
      const dest = src[1] ?? src[2] ?? src[3] ?? '';
      const at = m.index + src.index + src[0].length - dest.length - (src[3] === undefined ? 1 : 0);
      found.push({ kind: 'image', dest, line: n, destStart: at, destEnd: at + dest.length, start: m.index, end: m.index + tag.length, hasAlt: ALT.test(tag) });
    }
  }
  return found;
}

/**
 * The line with every inline code span (a run of backticks to the next run of the same length) blanked out. The
 * runs are listed once and each length's runs are walked with one forward pointer, so the masking is linear.
 */
function maskCodeSpans(line: string): string {
  if (!line.includes('`')) return line;
  const runs: { start: number; length: number }[] = [];
  for (let i = line.indexOf('`'); i >= 0; ) {
    let end = i;
    while (line[end] === '`') end++;
    runs.push({ start: i, length: end - i });
    i = line.indexOf('`', end);
  }
  const byLength = new Map<number, number[]>();
  runs.forEach((r, k) => {
    const list = byLength.get(r.length);
    if (list === undefined) byLength.set(r.length, [k]);
    else list.push(k);
  });
  const next = new Map<number, number>();
  let out = '';
  let from = 0;
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k];
    if (run === undefined || run.start < from) continue;
    const same = byLength.get(run.length) ?? [];
    let p = next.get(run.length) ?? 0;
    while (p < same.length && (same[p] ?? 0) <= k) p++;
    next.set(run.length, p);
    const close = same[p] === undefined ? undefined : runs[same[p] ?? 0];
    if (close === undefined) continue;
    out += line.slice(from, run.start) + ' '.repeat(close.start + close.length - run.start);
    from = close.start + close.length;
    k = same[p] ?? k;
  }
  return out + line.slice(from);
}
