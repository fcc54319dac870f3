import type * as vscode from 'vscode';

/**
 * Whether the preview shows a document: Markdown, and MDX (Docusaurus posts), which VS Code has no language for
 * unless an extension adds one (`mdx`), so it is also known by its extension.
 */
export function isMarkdownPost(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' || document.languageId === 'mdx' || document.uri.path.toLowerCase().endsWith('.mdx');
}
