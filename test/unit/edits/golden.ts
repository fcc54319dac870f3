import * as assert from 'node:assert/strict';
import { reasonText } from '../../../src/core/edits/editReasons';
import { applyEdits, invertEdits, type EditResult } from '../../../src/core/edits/textEdit';

/** Applies a result and compares with `after` byte for byte; also checks the inverse restores `before`. */
export function golden(before: string, result: EditResult, after: string): void {
  assert.ok(result.ok, result.ok ? '' : reasonText(result.reason));
  const edited = applyEdits(before, result.edits);
  assert.equal(edited, after);
  assert.equal(applyEdits(edited, invertEdits(before, result.edits)), before);
}

export function refused(result: EditResult, pattern: RegExp): void {
  assert.equal(result.ok, false);
  if (!result.ok) assert.match(reasonText(result.reason), pattern);
}

/** Lines joined with `\n`, and a final line break. */
export const lf = (...lines: string[]): string => `${lines.join('\n')}\n`;
export const crlf = (...lines: string[]): string => `${lines.join('\r\n')}\r\n`;
