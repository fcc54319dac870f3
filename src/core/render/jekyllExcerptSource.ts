/**
 * The Markdown Jekyll 4.3 renders as a post's excerpt (excerpt.rb `extract_excerpt`): the content before the
 * separator, with the Liquid blocks it opens and does not close closed after it, and the link and footnote
 * definitions from the rest of the post that it refers to. The whole content when the separator is not found.
 */

/** Liquid's and Jekyll's block tags (a `{% end… %}` belongs to each). */
const BLOCKS = new Set(['if', 'unless', 'case', 'for', 'tablerow', 'capture', 'comment', 'raw', 'highlight', 'ifchanged']);
const TAG = /\{%-?\s*(\w+)[^%]*?-?%\}/g;
/** Jekyll's MKDWN_LINK_REF_REGEX (it takes `[^note]:` footnote definitions too). */
const DEFINITION = /^ {0,3}(\[[^\]\n]+\])(:.+)$/gm;

/** `separator` is the post's `excerpt_separator`, else the site's; `''` gives no excerpt. */
export function jekyllExcerptSource(content: string, separator: string): string | undefined {
  if (separator === '') return undefined;
  const at = content.indexOf(separator);
  if (at < 0) return content;
  let head = content.slice(0, at);
  const tail = content.slice(at + separator.length);
  if (head.includes('{%')) {
    const names = [...head.matchAll(TAG)].map((m) => m[1] ?? '');
    for (const name of names.reverse()) {
      if (!BLOCKS.has(name)) continue;
      if (new RegExp(`\\{%-?\\s*end${name}\\s*-?%\\}`).test(head)) continue;
      head += `\n{% end${name} %}`;
    }
  }
  const definitions = [...tail.matchAll(DEFINITION)].filter((m) => head.includes(m[1] ?? '\u0000')).map((m) => `${m[1] ?? ''}${m[2] ?? ''}`);
  return definitions.length === 0 ? head : `${head}\n\n${definitions.join('\n')}`;
}
