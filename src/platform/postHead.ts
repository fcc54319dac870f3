import { isUtf8 } from 'node:buffer';
import { decodeHead, readFileBytes, readFileHead } from './fileHead';
import { maxPostBytes, utf8Boundary, type FileHeadResult } from './headText';
import type { HeadState, PostHeadOptions } from './fileSystem';

const headBytes = 4096;

/**
 * The head of a post: the first 4 KB hold the front matter and the first paragraph of nearly every post; when
 * the front matter runs past them, the file is read again up to the limit.
 */
export function readPostHead(file: string, headState: HeadState, options: PostHeadOptions = {}): FileHeadResult {
  const first = readFileBytes(file, headBytes, options.noStat === true);
  if (!first.ok) {
    return first;
  }
  const end = first.file.complete ? first.file.bytes.length : utf8Boundary(first.file.bytes, first.file.bytes.length);
  if (options.frontMatterOnly === true) {
    const cut = frontMatterEnd(first.file.bytes, end);
    // Invalid UTF-8 after the block decides the post's status too: then the whole head is decoded (as U+FFFD).
    if (cut !== undefined && isUtf8(first.file.bytes.subarray(cut, end))) {
      const head = decodeHead(first.file, cut);
      // Read as a whole text: anything but a closed block (a `----` line, a language marker) takes the slow path.
      if (headState(head.text, true) === 'closed') {
        return { ok: true, head };
      }
    }
  }
  const head = decodeHead(first.file, end);
  if (head.complete || headState(head.text, false) !== 'incomplete') {
    return { ok: true, head };
  }
  // Rare (a front matter past 4 KB): stat'ed, so as not to ask for maxPostBytes of a file of any size.
  return readFileHead(file, maxPostBytes);
}

/** Whether `bytes` holds three `c` (a byte) at `at`. */
function threeAt(bytes: Buffer, at: number, c: number): boolean {
  return bytes[at] === c && bytes[at + 1] === c && bytes[at + 2] === c;
}

/** The first `needle` (ASCII) wholly inside `bytes[from, end)`; -1 when none. */
function indexBefore(bytes: Buffer, needle: string, from: number, end: number): number {
  const at = bytes.indexOf(needle, from);
  return at < 0 || at + needle.length > end ? -1 : at;
}

/**
 * The byte offset just past the first line after the opening `---` (or `+++`) that starts with `---` or `...`
 * (or `+++`): a closing marker, if the generator's reader agrees. Undefined when the head does not start like
 * front matter. Looks at `bytes[0, end)` only, without a view of it per file.
 */
function frontMatterEnd(bytes: Buffer, end: number): number | undefined {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const toml = threeAt(bytes, start, 0x2b);
  if (start + 3 > end || (!toml && !threeAt(bytes, start, 0x2d))) {
    return undefined;
  }
  const closing = indexBefore(bytes, toml ? '\n+++' : '\n---', start, end);
  const dots = toml ? -1 : indexBefore(bytes, '\n...', start, end);
  const marker = closing < 0 ? dots : dots < 0 ? closing : Math.min(closing, dots);
  if (marker < 0) {
    return undefined;
  }
  const newline = indexBefore(bytes, '\n', marker + 1, end);
  return newline < 0 ? end : newline + 1;
}
