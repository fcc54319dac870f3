import * as vscode from 'vscode';
import { hoverFacts, type ValueOrigin } from '../../core/lint/frontMatterHover';
import { absolutePostUrl } from '../../core/taxonomyGroups';
import { keyDoc } from './completion';
import type { EditingContext } from './editingContext';
import type { PostDiagnostics } from './diagnostics';

function originText(origin: ValueOrigin): string {
  switch (origin.kind) {
    case 'file':
      return vscode.l10n.t('set in this file');
    case 'jekyll':
      return vscode.l10n.t('filled in by Jekyll');
    case 'defaults': {
      const scope = origin.scope.type === undefined ? `path: "${origin.scope.path}"` : `path: "${origin.scope.path}", type: ${origin.scope.type}`;
      return vscode.l10n.t('from defaults in _config.yml ({0})', scope);
    }
  }
}

function code(text: string): string {
  return `\`${text.replace(/`/g, '\u02cb').replace(/\n/g, ' ')}\``;
}

/** Hovers on front-matter keys and values: what the key does, the effective value and where it comes from, the URL. */
export class FrontMatterHover implements vscode.HoverProvider {
  constructor(private readonly context: EditingContext, private readonly diagnostics: PostDiagnostics) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const post = this.context.postFor(document);
    const result = post === undefined ? undefined : this.diagnostics.resultFor(document);
    if (post === undefined || result === undefined) return undefined;
    const config = post.ctx.config;
    // Key documentation and value origins are Jekyll's (and Minimal Mistakes') so far.
    const facts = config.generator === 'jekyll' ? hoverFacts(document.getText(), position.line, position.character, result.info, config) : undefined;
    if (facts === undefined) return undefined;
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${facts.key}**${facts.doc ? ` — ${facts.doc.source === 'jekyll' ? 'Jekyll' : 'Minimal Mistakes'}` : ''}\n\n`);
    if (facts.doc) md.appendText(`${keyDoc(facts.doc)}\n\n`);
    if (facts.value !== undefined && facts.origin !== undefined) {
      md.appendMarkdown(`${vscode.l10n.t('Effective value: {0} ({1})', code(facts.value.slice(0, 300)), originText(facts.origin))}\n\n`);
    }
    if (facts.url !== undefined) {
      const url = absolutePostUrl(post.ctx.config.url, post.ctx.config.baseurl, facts.url);
      md.appendMarkdown(vscode.l10n.t('Post URL: {0}', code(url)));
    }
    const r = facts.range;
    return new vscode.Hover(md, new vscode.Range(r.line, r.startChar, r.line, r.endChar));
  }
}
