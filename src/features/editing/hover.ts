import * as vscode from 'vscode';
import type { ValueOrigin } from '../../core/lint/frontMatterHover';
import { ruleHoverFacts, type RuleHoverFacts } from '../../core/lint/ruleHover';
import { absolutePostUrl } from '../../core/taxonomyGroups';
import { keyDoc, keySource } from './completion';
import type { EditingContext, PostDocument } from './editingContext';
import { configFileName } from '../sites/site';
import type { PostDiagnostics } from './diagnostics';
import type { LintResult } from '../../core/lint/lintPost';
import type { DraftBuilt, StatusFact } from '../../core/generators/frontMatterRules';

function originText(origin: ValueOrigin, configFile: string): string {
  switch (origin.kind) {
    case 'file':
      return vscode.l10n.t('set in this file');
    case 'jekyll':
      return vscode.l10n.t('filled in by Jekyll');
    case 'defaults': {
      const scope = origin.scope.type === undefined ? `path: "${origin.scope.path}"` : `path: "${origin.scope.path}", type: ${origin.scope.type}`;
      return vscode.l10n.t('from defaults in {0} ({1})', configFile, scope);
    }
  }
}

function code(text: string): string {
  return `\`${text.replace(/`/g, '\u02cb').replace(/\n/g, ' ')}\``;
}

function draftText(built: DraftBuilt): string {
  switch (built) {
    case 'withFlag':
      return vscode.l10n.t('Status: draft, built only with --buildDrafts (-D)');
    case 'devServerOnly':
      return vscode.l10n.t('Status: draft, shown by the dev server; a production build leaves it out');
    case 'bySiteRule':
      return vscode.l10n.t("Status: draft, left out of the build by the site's draft rule");
  }
}

function statusText(status: StatusFact): string {
  switch (status.kind) {
    case 'published':
      return vscode.l10n.t('Status: built (not a draft, not scheduled, not expired)');
    case 'draft':
      return draftText(status.built);
    case 'future':
      return vscode.l10n.t('Status: scheduled, publishDate {0} is still to come; built only with --buildFuture (-F)', status.at);
    case 'expired':
      return vscode.l10n.t('Status: expired, expiryDate {0} has passed; built only with --buildExpired (-E)', status.at);
  }
}

/** Hovers on front-matter keys and values: what the key does, the effective value and where it comes from, the URL. */
export class FrontMatterHover implements vscode.HoverProvider {
  constructor(private readonly context: EditingContext, private readonly diagnostics: PostDiagnostics) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const post = this.context.postFor(document);
    const result = post === undefined ? undefined : this.diagnostics.resultFor(document);
    if (post === undefined || result === undefined) return undefined;
    if (post.site.generator.frontMatterRules !== undefined) return this.ruleHover(document, position, post, result);
    const facts = post.site.generator.valueHover?.({ text: document.getText(), line: position.line, character: position.character, info: result.info, config: post.ctx.config });
    if (facts === undefined) return undefined;
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${facts.key}**${facts.doc ? ` — ${keySource(facts.doc)}` : ''}\n\n`);
    if (facts.doc) md.appendText(`${keyDoc(facts.doc)}\n\n`);
    if (facts.value !== undefined && facts.origin !== undefined) {
      md.appendMarkdown(`${vscode.l10n.t('Effective value: {0} ({1})', code(facts.value.slice(0, 300)), originText(facts.origin, configFileName(post.site)))}\n\n`);
    }
    if (facts.url !== undefined) {
      const url = absolutePostUrl(post.ctx.config.url, post.ctx.config.baseurl, facts.url);
      md.appendMarkdown(vscode.l10n.t('Post URL: {0}', code(url)));
    }
    const r = facts.range;
    return new vscode.Hover(md, new vscode.Range(r.line, r.startChar, r.line, r.endChar));
  }

  /** The hover of a generator with front-matter rules: the key, the dates it reads, the status, the URL. */
  private ruleHover(document: vscode.TextDocument, position: vscode.Position, post: PostDocument, result: LintResult): vscode.Hover | undefined {
    const rules = post.site.generator.frontMatterRules;
    const facts: RuleHoverFacts | undefined = rules === undefined ? undefined : ruleHoverFacts(document.getText(), position.line, position.character, result.info, post.ctx, rules);
    if (facts === undefined) return undefined;
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${facts.key}**${facts.doc ? ` — ${keySource(facts.doc)}` : ''}\n\n`);
    if (facts.doc) md.appendText(`${keyDoc(facts.doc)}\n\n`);
    if (facts.dates !== undefined) {
      const lines = facts.dates.map((d) =>
        d.iso === undefined ? `- ${vscode.l10n.t('{0}: none', d.name)}` : `- ${vscode.l10n.t('{0}: {1} (from {2})', d.name, code(d.iso), code(d.from ?? ''))}`,
      );
      const heading = facts.datesConfig === undefined ? vscode.l10n.t('The dates the generator reads:') : vscode.l10n.t('The dates the generator reads ({0}):', facts.datesConfig);
      md.appendMarkdown(`${heading}\n\n${lines.join('\n')}\n\n`);
    }
    if (facts.status !== undefined) md.appendMarkdown(`${statusText(facts.status)}\n\n`);
    if (facts.url !== undefined) md.appendMarkdown(vscode.l10n.t('Post URL: {0}', code(absolutePostUrl(post.ctx.config.url, post.ctx.config.baseurl, facts.url))));
    const r = facts.range;
    return new vscode.Hover(md, new vscode.Range(r.line, r.startChar, r.line, r.endChar));
  }
}
