/** A file's head as text, whoever read it (Node's fs or workspace.fs). */
import type { FileTime } from '../core/fileTime';

/** Posts larger than this are read up to it; the model needs the front matter and the first paragraphs. */
export const maxPostBytes = 2 * 1024 * 1024;

export interface FileHead {
  /** The decoded head (invalid UTF-8 becomes U+FFFD; a character cut by the limit is left out). */
  readonly text: string;
  /** True when `text` is the whole file. */
  readonly complete: boolean;
  /** The file's size; undefined when the reader was asked not to stat the file (PostHeadOptions.noStat) and the head is not all of it. */
  readonly size: number | undefined;
  readonly mtimeMs: FileTime;
}

export type FileHeadResult = { readonly ok: true; readonly head: FileHead } | { readonly ok: false; readonly reason: string };

/** The largest end ≤ `length` that does not split a UTF-8 sequence, so a cut head decodes without a false U+FFFD. */
export function utf8Boundary(bytes: Uint8Array, length: number): number {
  let lead = length - 1;
  while (lead >= 0 && length - lead <= 4 && ((bytes[lead] ?? 0) & 0xc0) === 0x80) {
    lead--;
  }
  if (lead < 0) {
    return length;
  }
  const byte = bytes[lead] ?? 0;
  const size = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
  return lead + size > length ? lead : length;
}

/**
 * The head of a post from its whole bytes (a file system that cannot read part of a file): up to maxPostBytes,
 * decoded as UTF-8 (invalid bytes become U+FFFD; a BOM is kept, as Node decodes it).
 */
export function headOfBytes(bytes: Uint8Array, mtimeMs: number): FileHead {
  const complete = bytes.length <= maxPostBytes;
  const end = complete ? bytes.length : utf8Boundary(bytes, maxPostBytes);
  return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, end)), complete, size: bytes.length, mtimeMs };
}
