import * as vscode from 'vscode';

export const previewViewType = 'postcraft.preview';

export interface ShellOptions {
  readonly webview: vscode.Webview;
  readonly extensionUri: vscode.Uri;
  /** A stylesheet of the user's (only in a trusted workspace). */
  readonly userStylesheet: vscode.Uri | undefined;
}

/**
 * The webview's page: our one script by nonce, styles and images from the webview's own origin, https
 * and data images as VS Code's Markdown preview allows them; nothing else (no frames, no connections,
 * no forms). Inline styles are allowed because blog HTML uses `style` attributes.
 */
export function previewShell(options: ShellOptions): string {
  const { webview, extensionUri } = options;
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(18))));
  const source = webview.cspSource;
  const csp = [
    "default-src 'none'",
    `img-src ${source} https: data:`,
    `media-src ${source} https:`,
    `style-src ${source} 'unsafe-inline'`,
    `font-src ${source}`,
    `script-src 'nonce-${nonce}'`,
    "frame-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
  const css = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'preview.css'));
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'dist', 'preview.js'));
  const user = options.userStylesheet === undefined ? '' : `<link rel="stylesheet" href="${webview.asWebviewUri(options.userStylesheet).toString()}">`;
  return `<!DOCTYPE html>
<html lang="${vscode.env.language}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${css.toString()}">
${user}
</head>
<body>
<main id="pc-root" class="pc-root"></main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}
