/**
 * The template layer Eleventy runs on a Markdown body before Markdown (`markdownTemplateEngine`, Liquid by default,
 * Nunjucks on many sites): the preview runs none of it. Every `{% %}` tag and `{{ }}` output becomes a slot, shown
 * after Markdown as a placeholder with its source; `{% raw %}…{% endraw %}` is kept as text, and Nunjucks `{# #}`
 * comments go, as Eleventy would leave them. Pure; linear in the body's length.
 */

export interface TemplateSlots {
  /** The body with each tag or output replaced by its slot token. */
  readonly text: string;
  /** Slot token → the source it stands for. */
  readonly slots: ReadonlyMap<string, string>;
  /** For each line of `text`, its line in the body (a tag over several lines is one token on one line). */
  readonly lineMap: readonly number[];
}

function newlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

const TOKEN = (n: number): string => `PCELEVENTYSLOT${n}X`;
export const SLOT_TOKEN = /PCELEVENTYSLOT\d+X/g;

/** Replaces the template syntax of `body` with slot tokens; `engine` is the site's markdownTemplateEngine. */
export function templateSlots(body: string, engine: string | false): TemplateSlots {
  const slots = new Map<string, string>();
  if (engine !== 'liquid' && engine !== 'njk') return { text: body, slots, lineMap: Array.from({ length: newlines(body) + 1 }, (_v, n) => n) };
  let out = '';
  let i = 0;
  const lineMap: number[] = [0];
  let bodyLine = 0;
  // Text kept as it is: each of its line breaks starts an output line that is the next body line.
  const keep = (text: string): void => {
    for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) lineMap.push(++bodyLine);
    out += text;
  };
  // Text replaced (by a token, or by nothing): its line breaks are body lines that have no output line.
  const skip = (text: string, replacement: string): void => {
    bodyLine += newlines(text);
    out += replacement;
  };
  while (i < body.length) {
    const open = body.indexOf('{', i);
    if (open < 0 || open + 1 >= body.length) {
      keep(body.slice(i));
      break;
    }
    const kind = body[open + 1];
    if (kind !== '%' && kind !== '{' && !(kind === '#' && engine === 'njk')) {
      keep(body.slice(i, open + 1));
      i = open + 1;
      continue;
    }
    const closer = kind === '%' ? '%}' : kind === '{' ? '}}' : '#}';
    const close = body.indexOf(closer, open + 2);
    if (close < 0) {
      keep(body.slice(i));
      break;
    }
    keep(body.slice(i, open));
    const source = body.slice(open, close + 2);
    i = close + 2;
    if (kind === '#') {
      skip(source, '');
      continue;
    }
    if (kind === '%' && /^\{%-?\s*raw\s*-?%\}$/.test(source)) {
      skip(source, '');
      const end = /\{%-?\s*endraw\s*-?%\}/.exec(body.slice(i));
      const rawEnd = end === null ? body.length : i + end.index;
      keep(body.slice(i, rawEnd));
      if (end !== null) skip(end[0], '');
      i = end === null ? body.length : rawEnd + end[0].length;
      continue;
    }
    const token = TOKEN(slots.size);
    slots.set(token, source);
    skip(source, token);
  }
  return { text: out, slots, lineMap };
}
