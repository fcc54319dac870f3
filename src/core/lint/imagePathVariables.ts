/**
 * `{{ page.x }}` in an image's path where the post does not set `x` (in its front matter or through `defaults:`):
 * Jekyll's Liquid writes nothing for it, so `{{ page.imgdir }}/1.png` becomes `/1.png` and the image does not load.
 * The build lets it through, so it is a warning. Linear in the text: each `{{` is matched with the first `}}` after
 * it, and the image around it is looked for in a bounded window before it on its line.
 */

export interface ImagePathVariable {
  /** Offsets of the whole `{{ … }}` in the text. */
  readonly start: number;
  readonly end: number;
  /** Where it starts: 0-based line of the text and UTF-16 column. */
  readonly line: number;
  readonly column: number;
  /** `page.imgdir` as written. */
  readonly expression: string;
}

/** What Jekyll's page drop (and Postcraft's preview scope) always has for a post, whatever its front matter. */
const PAGE_BUILT_INS = new Set([
  'url', 'id', 'date', 'title', 'slug', 'name', 'path', 'relative_path', 'ext', 'categories', 'tags', 'collection',
  'draft', 'excerpt', 'content', 'dir', 'next', 'previous', 'output', 'layout', 'permalink',
]);

const LOOKBACK = 512;
const VARIABLE = /^\{\{-?[ \t]*page\.([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)[ \t]*(\|[^}]*)?-?\}\}$/;
const IMG_SRC = /<img\b[^>]*\bsrc[ \t]*=[ \t]*["']?[^"'>\s]*$/i;

function inImagePath(before: string): boolean {
  const link = before.lastIndexOf('](');
  if (link >= 0 && !before.slice(link + 2).includes(')') && before.lastIndexOf('![', link) >= 0) return true;
  return IMG_SRC.test(before);
}

function isSet(data: Readonly<Record<string, unknown>>, path: readonly string[]): boolean {
  const [head] = path;
  if (head === undefined || PAGE_BUILT_INS.has(head)) return true;
  let value: unknown = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return false;
    value = (value as Record<string, unknown>)[key];
  }
  return value !== null && value !== undefined;
}

/** Every `{{ page.x }}` in an image path of `text` (from `from` on) whose `x` the post's data does not have. */
export function undefinedImagePathVariables(text: string, data: Readonly<Record<string, unknown>>, from = 0): ImagePathVariable[] {
  const found: ImagePathVariable[] = [];
  // Lines are counted once, forward, however many there are.
  let line = 0;
  let lineStart = 0;
  let counted = 0;
  const lineAt = (offset: number): number => {
    for (let nl = text.indexOf('\n', counted); nl >= 0 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
      line++;
      lineStart = nl + 1;
    }
    counted = offset;
    return line;
  };
  let closer = -1;
  for (let open = text.indexOf('{{', from); open >= 0; open = text.indexOf('{{', open + 2)) {
    if (closer < open) {
      closer = text.indexOf('}}', open + 2);
      if (closer < 0) break;
    }
    const end = closer + 2;
    if (end - open > 200) continue;
    const expression = text.slice(open, end);
    const match = expression.includes('\n') ? null : VARIABLE.exec(expression);
    if (match === null || (match[2] ?? '').includes('default')) continue;
    const window = text.slice(Math.max(from, open - LOOKBACK), open);
    if (!inImagePath(window.slice(window.lastIndexOf('\n') + 1))) continue;
    if (!isSet(data, (match[1] ?? '').split('.'))) {
      found.push({ start: open, end, line: lineAt(open), column: open - lineStart, expression: `page.${match[1] ?? ''}` });
    }
  }
  return found;
}
