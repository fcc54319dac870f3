/** Edits as data: offsets into the document text (UTF-16, as VS Code's `positionAt` counts), applied by the glue. */
import { reason, type EditReason, type EditReasonKey } from './editReasons';

export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** An edit that could not be made, with the reason to show the user. Expected, so a value, never an exception. */
export interface EditRefusal {
  readonly ok: false;
  readonly reason: EditReason;
}

export type EditResult = { readonly ok: true; readonly edits: readonly TextEdit[] } | EditRefusal;

export function refuse(key: EditReasonKey, ...args: (string | number | EditReason)[]): EditRefusal {
  return { ok: false, reason: reason(key, ...args) };
}

export function accept(edits: readonly TextEdit[]): EditResult {
  return { ok: true, edits };
}

function sorted(edits: readonly TextEdit[]): TextEdit[] {
  return [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Applies non-overlapping edits (in any order) to `text`. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of sorted(edits)) {
    if (e.start < at || e.end < e.start || e.end > text.length) {
      throw new Error(`overlapping or out-of-range edit at ${e.start}..${e.end}`);
    }
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/** The edits that turn `applyEdits(text, edits)` back into `text`, in offsets of the edited text. */
export function invertEdits(text: string, edits: readonly TextEdit[]): TextEdit[] {
  let delta = 0;
  return sorted(edits).map((e) => {
    const start = e.start + delta;
    delta += e.newText.length - (e.end - e.start);
    return { start, end: start + e.newText.length, newText: text.slice(e.start, e.end) };
  });
}

/** Line and character (0-based, UTF-16) of an offset, as VS Code's `TextDocument.positionAt` gives them. */
export function positionAt(text: string, offset: number): { readonly line: number; readonly character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}
