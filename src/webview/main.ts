/** The preview page: applies updates in place (morphdom), keeps scroll in step with the editor, routes clicks. */
import morphdom from 'morphdom';
import type { HostMessage, PreviewState, UpdateMessage } from '../core/previewProtocol';
import { handleLinkClicks } from './links';
import { lineElements, lineForOffset, offsetForLine } from './scrollSync';
import { vscodeApi } from './vscodeApi';

const SCROLL_THROTTLE_MS = 50;

const api = vscodeApi();
const root = document.getElementById('pc-root') as HTMLElement;
let state = api.getState() as PreviewState | undefined;
let version = -1;
let scrollSync = true;
let ignoreScrollUntil = 0;
let scrollTimer: ReturnType<typeof setTimeout> | undefined;

function saveState(patch: Partial<PreviewState>): void {
  const next: PreviewState = { documentUri: state?.documentUri ?? '', locked: state?.locked ?? false, ...patch };
  state = next;
  api.setState(next);
}

function scrollToLine(line: number): void {
  ignoreScrollUntil = Date.now() + SCROLL_THROTTLE_MS * 3;
  window.scrollTo(0, offsetForLine(lineElements(root, version), line));
}

function applyUpdate(message: UpdateMessage): void {
  if (message.version <= version) return;
  const first = version < 0;
  version = message.version;
  const next = root.cloneNode(false) as HTMLElement;
  next.innerHTML = message.html;
  morphdom(root, next, {
    childrenOnly: true,
    // Images keep loading state and media keep playing when nothing about them changed.
    onBeforeElUpdated: (from, to) => !from.isEqualNode(to),
  });
  const documentChanged = state?.documentUri !== message.documentUri;
  saveState({ documentUri: message.documentUri });
  const line = message.line ?? (first || documentChanged ? state?.line : undefined);
  if (line !== undefined) scrollToLine(line);
  api.postMessage({ type: 'rendered', version });
}

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  switch (message.type) {
    case 'update':
      applyUpdate(message);
      return;
    case 'scrollToLine':
      if (scrollSync) scrollToLine(message.line);
      return;
    case 'settings':
      scrollSync = message.scrollSync;
      saveState({ locked: message.locked });
      return;
  }
});

window.addEventListener(
  'scroll',
  () => {
    if (scrollTimer !== undefined) return;
    scrollTimer = setTimeout(() => {
      scrollTimer = undefined;
      const line = lineForOffset(lineElements(root, version), window.scrollY);
      if (line === undefined) return;
      saveState({ line });
      if (scrollSync && Date.now() >= ignoreScrollUntil) api.postMessage({ type: 'revealLine', line });
    }, SCROLL_THROTTLE_MS);
  },
  { passive: true },
);

document.addEventListener('dblclick', (event) => {
  const line = lineForOffset(lineElements(root, version), event.pageY);
  if (line !== undefined) api.postMessage({ type: 'openLine', line: Math.floor(line) });
});

handleLinkClicks(api);
api.postMessage({ type: 'ready' });
