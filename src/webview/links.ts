import type { VsCodeApi } from './vscodeApi';

/** Finds the element an in-page `#anchor` names (ids may be percent-encoded Korean). */
function anchorTarget(fragment: string): Element | null {
  let decoded = fragment;
  try {
    decoded = decodeURIComponent(fragment);
  } catch {
    // keep the raw fragment
  }
  return document.getElementById(decoded) ?? document.getElementById(fragment) ?? document.getElementsByName(decoded)[0] ?? null;
}

/** Anchors scroll the preview; every other link goes to the host, which decides what to open. */
export function handleLinkClicks(api: VsCodeApi): void {
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (target === null) return;
    event.preventDefault();
    const href = target.getAttribute('href') ?? '';
    if (href.startsWith('#')) {
      anchorTarget(href.slice(1))?.scrollIntoView({ block: 'start' });
      return;
    }
    api.postMessage({ type: 'openLink', href });
  });
}
