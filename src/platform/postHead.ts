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
  const first = readFileBytes(file, headBytes);
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
  return readFileHead(file, maxPostBytes);
}

const dashes = Buffer.from('---');
const pluses = Buffer.from('+++');
const bom = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * The byte offset just past the first line after the opening `---` (or `+++`) that starts with `---` or `...`
 * (or `+++`): a closing marker, if the generator's reader agrees. Undefined when the head does not start like
 * front matter.
 */
function frontMatterEnd(bytes: Buffer, end: number): number | undefined {
  const start = bytes.subarray(0, 3).equals(bom) ? 3 : 0;
  const open = bytes.subarray(start, start + 3);
  const toml = open.equals(pluses);
  if (!toml && !open.equals(dashes)) {
    return undefined;
  }
  const head = bytes.subarray(0, end);
  const closing = head.indexOf(toml ? '\n+++' : '\n---', start);
  const dots = toml ? -1 : head.indexOf('\n...', start);
  const marker = closing < 0 ? dots : dots < 0 ? closing : Math.min(closing, dots);
  if (marker < 0) {
    return undefined;
  }
  const newline = head.indexOf(0x0a, marker + 1);
  return newline < 0 ? end : newline + 1;
}
