/**
 * GFM task lists (`- [ ]`, `- [x]`) as GitHub renders them: a disabled checkbox at the start of the item.
 * Written here rather than taken from a plugin: the maintained one ships as ESM that requires markdown-it's
 * internal paths, which markdown-it 15 no longer exports.
 */
import type MarkdownIt from 'markdown-it';

const MARKER = /^\[([ xX])\][ \t]/;

export function taskListsPlugin(md: MarkdownIt.MarkdownIt): void {
  md.core.ruler.after('inline', 'postcraft_task_lists', (state) => {
    const tokens = state.tokens;
    for (let i = 2; i < tokens.length; i++) {
      const inline = tokens[i];
      if (inline?.type !== 'inline' || tokens[i - 1]?.type !== 'paragraph_open' || tokens[i - 2]?.type !== 'list_item_open') continue;
      const first = inline.children?.[0];
      const marker = first?.type === 'text' ? MARKER.exec(first.content) : null;
      if (!first || !marker) continue;
      first.content = first.content.slice(marker[0].length);
      const box = new state.Token('html_inline', '', 0);
      box.content = `<input class="task-list-item-checkbox" type="checkbox" disabled${marker[1] === ' ' ? '' : ' checked'}> `;
      inline.children?.unshift(box);
      tokens[i - 2]?.attrJoin('class', 'task-list-item');
      for (let j = i - 3; j >= 0; j--) {
        const list = tokens[j];
        if (list && list.level === (tokens[i - 2]?.level ?? 0) - 1 && list.nesting === 1) {
          if (!String(list.attrGet('class') ?? '').includes('contains-task-list')) list.attrJoin('class', 'contains-task-list');
          break;
        }
      }
    }
  });
}
