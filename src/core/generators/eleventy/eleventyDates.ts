/**
 * A template's date as Eleventy 3.1.8 gives it (Template.js getMappedDate), all in UTC: the `date` of the data
 * cascade (a YAML Date as it is; the strings "Last Modified", "Created", "git Last Modified", "git Created"; any
 * other string through Luxon's ISO reader, and Eleventy stops the build on one it cannot read), else the first
 * `YYYY-MM-DD` anywhere in the input path, else the file's creation time.
 */
import { fileTimeMs, type FileTime } from '../../fileTime';
import { parseLuxonIso } from './eleventyIsoDate';

export type EleventyDateSource =
  | 'data'
  /** `YYYY-MM-DD` in the path. */
  | 'path'
  /** The file's times: Eleventy's birthtime/ctime, the modification time here (the only one the reader has). */
  | 'file'
  /** `git Created` / `git Last Modified`: git's answer, not known here; the file time stands in. */
  | 'git';

export type EleventyDate =
  | { readonly ok: true; readonly epochMs: number; readonly from: EleventyDateSource }
  | { readonly ok: false; readonly message: string };

/** The date Eleventy gives a template with `date` from its data (undefined when none), at `inputPath`. */
export function eleventyDate(date: unknown, inputPath: string, fileTime: FileTime): EleventyDate {
  if (date !== undefined && date !== null && date !== false && date !== '' && date !== 0) {
    if (date instanceof Date) {
      return Number.isNaN(date.getTime()) ? { ok: false, message: 'the date is not a valid date' } : { ok: true, epochMs: date.getTime(), from: 'data' };
    }
    if (typeof date !== 'string') {
      return { ok: false, message: `date (${JSON.stringify(date) ?? typeof date}) is not a date or a string: Eleventy stops the build` };
    }
    const special = date.toLowerCase();
    if (special === 'last modified' || special === 'created') return { ok: true, epochMs: fileTimeMs(fileTime), from: 'file' };
    if (special === 'git last modified' || special === 'git created') return { ok: true, epochMs: fileTimeMs(fileTime), from: 'git' };
    const parsed = parseLuxonIso(date);
    if (!parsed.ok) {
      return {
        ok: false,
        message: parsed.reason === 'timeOnly'
          ? `date "${date}" is a time without a day: Eleventy gives it the day of the build`
          : `date "${date}" is not an ISO 8601 date Eleventy reads (write 2024-03-05 or 2024-03-05T10:20:00): Eleventy stops the build`,
      };
    }
    return { ok: true, epochMs: parsed.epochMs, from: 'data' };
  }
  const inPath = /(\d{4}-\d{2}-\d{2})/.exec(inputPath)?.[1];
  if (inPath !== undefined) {
    const parsed = parseLuxonIso(inPath);
    if (parsed.ok) return { ok: true, epochMs: parsed.epochMs, from: 'path' };
  }
  return { ok: true, epochMs: fileTimeMs(fileTime), from: 'file' };
}
