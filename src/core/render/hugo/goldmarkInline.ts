/**
 * Goldmark's inline extensions as Hugo 0.111.3 sets them up, on markdown-it (each verified against a hugo run):
 * the typographer's dashes, ellipsis and angle quotes (quotes are markdown-it's smartquotes, which follow the same
 * flanking rules closely enough); linkify only for `www.`, http(s), ftp and e-mail, a bare `www.` link getting
 * `linkifyProtocol`; GFM task-list checkboxes without classes.
 */
import type MarkdownIt from 'markdown-it';

const TYPOGRAPHER = /---|--|\.\.\.|<<|>>/g;
const SUBSTITUTES: Readonly<Record<string, string>> = { '---': '\u2014', '--': '\u2013', '...': '\u2026', '<<': '\u00ab', '>>': '\u00bb' };

/** Core rule: goldmark's typographer substitutions, except in code, raw HTML and autolinks (which keep their text). */
export function goldmarkTypographerPlugin(md: MarkdownIt.MarkdownIt): void {
  md.disable('replacements');
  md.core.ruler.before('smartquotes', 'goldmark_typographer', (state) => {
    for (const block of state.tokens) {
      if (block.type !== 'inline' || block.children === null) continue;
      let autolink = 0;
      for (const t of block.children) {
        if (t.type === 'link_open' && (t.markup === 'linkify' || t.markup === 'autolink')) autolink++;
        else if (t.type === 'link_close' && (t.markup === 'linkify' || t.markup === 'autolink')) autolink--;
        else if (t.type === 'text' && autolink === 0 && /--|\.\.\.|<<|>>/.test(t.content)) t.content = t.content.replace(TYPOGRAPHER, (m) => SUBSTITUTES[m] ?? m);
      }
    }
  });
}

const MAX_LINKIFIED = 64 * 1024;

/**
 * Goldmark's linkify: links with a scheme (http, https, ftp, mailto), `www.` links and e-mail addresses; not the
 * bare domains (`example.com`) linkify-it also finds.
 */
export function goldmarkLinkifyPlugin(md: MarkdownIt.MarkdownIt, protocol: string): void {
  const linkify = md.linkify;
  // Fuzzy links are found so that the `www.` ones among them can be kept; a paragraph longer than any real one
  // (hostile or generated) is not searched, as that search costs seconds there.
  linkify.set({ fuzzyLink: true });
  const test = linkify.test.bind(linkify);
  linkify.test = (text) => text.length <= MAX_LINKIFIED && test(text);
  const match = linkify.match.bind(linkify);
  linkify.match = (text) => {
    const found = match(text) ?? [];
    const kept = [];
    for (const m of found) {
      if (m.schema === '') {
        if (!m.raw.startsWith('www.')) continue;
        m.url = `${protocol}://${m.raw}`;
      } else if (m.schema === '//') {
        continue;
      }
      kept.push(m);
    }
    return kept;
  };
}

const TASK_MARKER = /^\[([ xX])\][ \t]/;

/** GFM task lists as goldmark renders them: `<input disabled="" type="checkbox">` (checked when marked), no classes. */
export function goldmarkTaskListPlugin(md: MarkdownIt.MarkdownIt): void {
  md.core.ruler.after('inline', 'goldmark_task_lists', (state) => {
    const tokens = state.tokens;
    for (let i = 2; i < tokens.length; i++) {
      const inline = tokens[i];
      if (inline?.type !== 'inline' || tokens[i - 1]?.type !== 'paragraph_open' || tokens[i - 2]?.type !== 'list_item_open') continue;
      const first = inline.children?.[0];
      const marker = first?.type === 'text' ? TASK_MARKER.exec(first.content) : null;
      if (!first || !marker) continue;
      // Goldmark takes the `[x]` only; the space after it stays in the text.
      first.content = first.content.slice(3);
      const box = new state.Token('goldmark_task', 'input', 0);
      box.meta = { checked: marker[1] !== ' ' };
      inline.children?.unshift(box);
    }
  });
  md.renderer.rules['goldmark_task'] = (tokens, idx) =>
    (tokens[idx]?.meta as { checked?: boolean } | undefined)?.checked === true ? '<input checked="" disabled="" type="checkbox">' : '<input disabled="" type="checkbox">';
}
