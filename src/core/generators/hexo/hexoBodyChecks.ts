/**
 * What stops `hexo generate` (8.1.2) in a post's body: a `{% post_link %}` naming no post. Hexo looks the name up
 * among every post and draft it has read, by slug and then by title (plugins/tag/post_link.js: `Post.findOne({ slug })
 * || Post.findOne({ title })`), and throws "Post not found: post_link NAME." when neither has it, which fails the
 * render of the post and so the build. Tags are text in code (fenced, indented and inline), in HTML comments, in
 * `<code>` and in `{% raw %}` blocks. test/conformance/hexo/hexoBuildChecks.test.ts asks hexo each case.
 */
import { lintMessage } from '../../lint/lintMessages';
import { tagArgs } from '../../render/hexo/hexoTagPlugins';
import type { BodyCheckInput } from '../generatorInputs';
import type { LintFinding } from '../../lint/lintTypes';

const POST_LINK = /\{%-?[ \t]*post_link(?=[\s%-])/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export function hexoBodyFindings(input: BodyCheckInput): LintFinding[] {
  const { text, pages } = input;
  if (!text.includes('post_link')) return [];
  const findings: LintFinding[] = [];
  const lines = text.split('\n');
  const from = input.info.frontMatterLines === undefined ? 0 : input.info.frontMatterLines.end + 1;
  const masked = maskedBody(lines, from);
  for (let n = from; n < lines.length; n++) {
    const line = masked[n - from] ?? '';
    if (!line.includes('post_link')) continue;
    // Each tag ends at the first `%}` after it: found once per line and moved on only when passed, so linear.
    let close = -1;
    for (const m of line.matchAll(POST_LINK)) {
      if (close < m.index) close = line.indexOf('%}', m.index);
      if (close < 0) break;
      const inner = line.slice(m.index + m[0].length, close).replace(/-$/, '');
      const end = close + 2;
      const args = tagArgs(inner);
      const written = args[0];
      // post_link splits `slug#hash` only when there is exactly one `#`.
      const parts = written?.split('#') ?? [];
      const slug = parts.length === 2 ? (parts[0] ?? '') : written;
      if (slug !== undefined && slug !== '' && (pages.postsBySlug?.has(slug) === true || pages.postsByTitle?.has(slug) === true)) continue;
      // Without the site's posts by slug nothing can be said.
      if (pages.postsBySlug === undefined) continue;
      const range = { line: n, startChar: m.index, endChar: end };
      const code = slug === undefined ? 'hexo.postLinkEmpty' : 'hexo.postLinkMissing';
      const shown = slug === undefined ? [] : [written ?? ''];
      findings.push({ range, severity: 'error', code, args: shown, message: lintMessage(code, shown), fixes: [] });
    }
  }
  return findings;
}

/**
 * The body's lines from `from` on, with what Hexo never renders tags in blanked out (same length, so columns
 * stay): fenced and indented code, inline code spans, HTML comments, `<code>` elements and `{% raw %}` blocks. Each
 * construct is found with one forward search, so the masking is linear.
 */
function maskedBody(lines: readonly string[], from: number): string[] {
  const out: string[] = [];
  let fence: string | undefined;
  let blankBefore = true;
  // An open comment, <code> or raw block carried over from an earlier line: the text that closes it.
  let closer: string | undefined;
  for (let n = from; n < lines.length; n++) {
    const raw = lines[n] ?? '';
    const opener = FENCE.exec(raw)?.[1];
    if (closer === undefined && fence !== undefined) {
      if (opener !== undefined && opener[0] === fence[0] && opener.length >= fence.length && raw.trim() === opener) fence = undefined;
      out.push('');
      continue;
    }
    if (closer === undefined && opener !== undefined) {
      fence = opener;
      out.push('');
      continue;
    }
    const blank = raw.trim() === '';
    if (closer === undefined && /^( {4}|\t)/.test(raw) && blankBefore) {
      out.push('');
      continue;
    }
    blankBefore = blank;
    const longest = longestRunFrom(raw);
    let line = '';
    let at = 0;
    while (at < raw.length) {
      if (closer !== undefined) {
        const end = raw.indexOf(closer, at);
        if (end < 0) {
          line += ' '.repeat(raw.length - at);
          break;
        }
        line += ' '.repeat(end + closer.length - at);
        at = end + closer.length;
        closer = undefined;
        continue;
      }
      const next = nextOpener(raw, at);
      if (next === undefined) {
        line += raw.slice(at);
        break;
      }
      line += raw.slice(at, next.at);
      at = next.at;
      closer = next.closer;
      if (next.sameLineOnly) {
        // An inline code span closes on its line or is no span at all.
        const after = at + next.closer.length;
        // No run as long after it: no search (which would make a line of ever shorter runs quadratic).
        const end = (longest[after] ?? 0) < next.closer.length ? -1 : raw.indexOf(next.closer, after);
        closer = undefined;
        if (end < 0) {
          line += raw.slice(at, at + next.closer.length);
          at += next.closer.length;
        } else {
          line += ' '.repeat(end + next.closer.length - at);
          at = end + next.closer.length;
        }
      } else {
        line += ' '.repeat(next.openLength);
        at += next.openLength;
      }
    }
    out.push(line);
  }
  return out;
}

interface Opener {
  readonly at: number;
  readonly openLength: number;
  readonly closer: string;
  readonly sameLineOnly: boolean;
}

const OPENERS = /<!--|<code\b[^<>]*>|\{%-?[ \t]*raw[ \t]*-?%\}|`+/gi;

function nextOpener(line: string, from: number): Opener | undefined {
  OPENERS.lastIndex = from;
  const m = OPENERS.exec(line);
  if (m === null) return undefined;
  const found = m[0];
  if (found === '<!--') return { at: m.index, openLength: 4, closer: '-->', sameLineOnly: false };
  if (found.startsWith('<')) return { at: m.index, openLength: found.length, closer: '</code>', sameLineOnly: false };
  if (found.startsWith('{')) return { at: m.index, openLength: found.length, closer: 'endraw', sameLineOnly: false };
  return { at: m.index, openLength: found.length, closer: found, sameLineOnly: true };
}

/** For each column, the longest run of backticks that starts at it or after it. */
function longestRunFrom(line: string): Uint32Array {
  const out = new Uint32Array(line.length + 1);
  let run = 0;
  for (let i = line.length - 1; i >= 0; i--) {
    run = line[i] === '`' ? run + 1 : 0;
    out[i] = Math.max(run, out[i + 1] ?? 0);
  }
  return out;
}
