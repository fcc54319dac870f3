/** JavaScript's own readings of front-matter values, which Hexo's code applies to them. */

/** Truthiness, which Hexo tests `date`, `categories`, `permalink`… with. */
export function jsTruthy(value: unknown): boolean {
  return !(value === undefined || value === null || value === false || value === 0 || value === '' || (typeof value === 'number' && Number.isNaN(value)));
}

/** `${value}` for the values YAML and JSON make (a Date is left to the caller: its text depends on the machine). */
export function jsString(value: unknown): string {
  if (Array.isArray(value)) return value.map((v: unknown) => (v === null || v === undefined ? '' : jsString(v))).join(',');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (value instanceof Date) return value.toISOString();
  return '[object Object]';
}
