import type { PreviewState, WebviewMessage } from '../core/previewProtocol';

/** The part of the API VS Code gives a webview that the preview uses. */
export interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: PreviewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

/** Can be called once per page. */
export function vscodeApi(): VsCodeApi {
  return acquireVsCodeApi();
}
