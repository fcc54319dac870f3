/**
 * Messages between the preview webview and the extension host. Shared by both sides: keep it free of
 * imports. The host checks every incoming message with `isWebviewMessage` before acting on it.
 */

/** Host → webview: new content. `version` grows with every render; older versions are dropped. */
export interface UpdateMessage {
  readonly type: 'update';
  readonly version: number;
  readonly html: string;
  /** Document the content comes from (a URI string), kept in the webview state for restore. */
  readonly documentUri: string;
  /** Source line to show when the content is first shown (undefined: keep the scroll position). */
  readonly line?: number;
}

/** Host → webview: the editor scrolled; show this (fractional) source line at the top. */
export interface ScrollToLineMessage {
  readonly type: 'scrollToLine';
  readonly line: number;
}

/** Host → webview: settings that change the look or behaviour without new content. */
export interface SettingsMessage {
  readonly type: 'settings';
  readonly scrollSync: boolean;
  readonly locked: boolean;
}

export type HostMessage = UpdateMessage | ScrollToLineMessage | SettingsMessage;

/** Webview → host: the script is running and wants content. */
export interface ReadyMessage {
  readonly type: 'ready';
}

/** Webview → host: the preview scrolled; this (fractional) source line is at the top. */
export interface RevealLineMessage {
  readonly type: 'revealLine';
  readonly line: number;
}

/** Webview → host: double-click; put the editor cursor on this source line. */
export interface OpenLineMessage {
  readonly type: 'openLine';
  readonly line: number;
}

/** Webview → host: a link was clicked that is not an anchor in the preview. */
export interface OpenLinkMessage {
  readonly type: 'openLink';
  readonly href: string;
}

/** Webview → host: an update was applied to the DOM. */
export interface RenderedMessage {
  readonly type: 'rendered';
  readonly version: number;
}

export type WebviewMessage = ReadyMessage | RevealLineMessage | OpenLineMessage | OpenLinkMessage | RenderedMessage;

/** What the webview keeps with `setState`, and what the serializer gets back after a reload. */
export interface PreviewState {
  readonly documentUri: string;
  readonly locked: boolean;
  readonly line?: number;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isLine(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value < 10_000_000;
}

/** Type guard for everything the webview may send; anything else is ignored by the host. */
export function isWebviewMessage(value: unknown): value is WebviewMessage {
  if (!isObject(value) || typeof value['type'] !== 'string') return false;
  switch (value['type']) {
    case 'ready':
      return true;
    case 'revealLine':
    case 'openLine':
      return isLine(value['line']);
    case 'openLink':
      return typeof value['href'] === 'string' && value['href'].length <= 8192;
    case 'rendered':
      return typeof value['version'] === 'number' && Number.isInteger(value['version']);
    default:
      return false;
  }
}

/** Type guard for the state a restored panel brings back. */
export function isPreviewState(value: unknown): value is PreviewState {
  return (
    isObject(value) &&
    typeof value['documentUri'] === 'string' &&
    typeof value['locked'] === 'boolean' &&
    (value['line'] === undefined || isLine(value['line']))
  );
}
