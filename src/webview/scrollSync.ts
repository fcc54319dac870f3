/**
 * Scroll position ↔ source line, from the `data-line` attributes the host writes on every block. Same idea
 * as VS Code's Markdown preview: find the blocks around the line and interpolate between them.
 */

interface LineElement {
  readonly element: HTMLElement;
  readonly line: number;
}

let cache: { readonly root: Element; readonly stamp: number; readonly elements: readonly LineElement[] } | undefined;

/** Blocks with a source line, in document order; `stamp` changes with every update. */
export function lineElements(root: Element, stamp: number): readonly LineElement[] {
  if (cache?.root === root && cache.stamp === stamp) return cache.elements;
  const elements: LineElement[] = [];
  let last = -1;
  for (const element of root.querySelectorAll<HTMLElement>('[data-line]')) {
    const line = Number(element.dataset['line']);
    // Lists and their first item share a line: keep the first; skip what is hidden.
    if (!Number.isFinite(line) || line === last || element.offsetParent === null) continue;
    elements.push({ element, line });
    last = line;
  }
  cache = { root, stamp, elements };
  return elements;
}

function top(element: HTMLElement): number {
  return element.getBoundingClientRect().top + window.scrollY;
}

/**
 * The scroll offset that puts (fractional) `line` at the top of the window; the page's own top for the first block's
 * line or before it (an editor at its top shows the preview at its top, margins and all).
 */
export function offsetForLine(elements: readonly LineElement[], line: number): number {
  const first = elements[0];
  if (first === undefined || line <= first.line) return 0;
  let before: LineElement | undefined;
  let after: LineElement | undefined;
  for (const entry of elements) {
    if (entry.line <= line) before = entry;
    else {
      after = entry;
      break;
    }
  }
  if (before === undefined) return 0;
  const start = top(before.element);
  if (after === undefined) {
    const rect = before.element.getBoundingClientRect();
    return start + rect.height * Math.min(1, Math.max(0, line - before.line));
  }
  const progress = (line - before.line) / (after.line - before.line);
  return start + (top(after.element) - start) * progress;
}

/** The (fractional) source line at vertical document offset `y`. */
export function lineForOffset(elements: readonly LineElement[], y: number): number | undefined {
  let before: LineElement | undefined;
  let after: LineElement | undefined;
  for (const entry of elements) {
    if (top(entry.element) <= y) before = entry;
    else {
      after = entry;
      break;
    }
  }
  if (before === undefined) return after === undefined ? undefined : 0;
  const start = top(before.element);
  const end = after === undefined ? start + before.element.getBoundingClientRect().height : top(after.element);
  const nextLine = after === undefined ? before.line + 1 : after.line;
  const progress = end > start ? Math.min(1, (y - start) / (end - start)) : 0;
  return before.line + (nextLine - before.line) * progress;
}
