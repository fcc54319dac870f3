import { splitFrontMatter } from '../core/frontMatterSplit';
import { readFileHead, type FileHeadResult } from './fileHead';

/** Posts larger than this are read up to it; the model needs the front matter and the first paragraphs. */
export const maxPostBytes = 2 * 1024 * 1024;
const headBytes = 4096;

/**
 * The head of a post: the first 4 KB hold the front matter and the first paragraph of nearly every post; when
 * the front matter runs past them, the file is read again up to the limit.
 */
export function readPostHead(file: string): FileHeadResult {
  const first = readFileHead(file, headBytes);
  if (!first.ok || first.head.complete || splitFrontMatter(first.head.text, { complete: false }).kind !== 'incomplete') {
    return first;
  }
  return readFileHead(file, maxPostBytes);
}
