import * as vscode from 'vscode';
import { offerRefactorUndo, type RefactoredFile } from './refactorUndo';
import { editNames } from '../../core/edits/taxonomyEdits';
import { namesIn } from '../../core/taxonomyGroups';
import { addEdits, chooseSite, currentTexts, type CurrentText, type TextFiles } from './documents';
import { siteUri } from '../sites/site';
import { pickNames, siteKeyNames } from './namePick';
import { dialectOf, kindKey, siteSpec } from './postEditing';
import type { ListChange, TaxonomyKind } from '../../core/edits/listEdits';
import type { TextEdit } from '../../core/edits/textEdit';
import type { Site } from '../sites/site';
import type { SiteRegistry } from '../sites/siteRegistry';
import { localReason } from './reasonL10n';
import { unwrittenNamesOf, type UnwrittenNames } from '../../core/generators/generator';

export type RefactorOp = 'rename' | 'merge' | 'delete';

/** What tests (and other callers) may pass instead of answering the prompts. */
export interface RefactorArgs {
  readonly root?: string;
  readonly from?: string | readonly string[];
  readonly to?: string;
  /** False skips the refactor preview (for tests); default true. */
  readonly confirm?: boolean;
  /** A tree node (`NameNode`) also carries the name (Hugo's term key, which matches every spelling of the term). */
  readonly name?: string;
  /** A term node of the Other Taxonomies view carries its taxonomy and key. */
  readonly plural?: string;
  readonly key?: string;
}

/** The taxonomy a refactor works on: its front-matter key, and the word for one of its names in messages. */
export interface RefactorTaxonomy {
  readonly key: string;
  readonly word: string;
}

function kindTaxonomy(kind: TaxonomyKind): RefactorTaxonomy {
  return { key: kindKey(kind), word: kind === 'tag' ? vscode.l10n.t('tag') : vscode.l10n.t('category') };
}

export interface RefactorSummary {
  readonly applied: boolean;
  /** Site paths of the posts edited. */
  readonly changed: readonly string[];
  /** Posts that carry the name without writing it (from their folder or the config's defaults, as the generator says). */
  readonly notWritten: readonly string[];
  /** Where, as the site's generator says, those posts get the name from. */
  readonly unwrittenFrom: UnwrittenNames;
  readonly refused: readonly { readonly path: string; readonly reason: string }[];
  /** Each edited file's text before, and the edits made (offsets into that text). */
  readonly files: readonly RefactoredFile[];
}

function label(taxonomy: RefactorTaxonomy, op: RefactorOp, from: readonly string[], to: string): string {
  const names = from.join(', ');
  const kind = taxonomy.word;
  switch (op) {
    case 'rename':
      return vscode.l10n.t("Rename {0} '{1}' to '{2}'", kind, names, to);
    case 'merge':
      return vscode.l10n.t("Merge {0} {1} into '{2}'", kind, names, to);
    case 'delete':
      return vscode.l10n.t("Delete {0} '{1}'", kind, names);
  }
}

/**
 * Builds the edits over every post that carries one of `from` (compared by the generator's name key), then applies
 * them as one (undoable) WorkspaceEdit.
 * With `confirm`, a modal says how many posts change and offers Apply, or Review: VS Code's refactor preview,
 * where each change can be ticked (its entries start unticked there, as VS Code shows edits that need confirmation).
 */
export async function refactorNames(site: Site, taxonomy: RefactorTaxonomy, op: RefactorOp, from: readonly string[], to: string, confirm: boolean, shown: readonly string[] = from): Promise<RefactorSummary> {
  const change: ListChange = op === 'delete' ? { kind: 'remove', names: from } : { kind: 'merge', from, to };
  const changed: string[] = [];
  const notWritten: string[] = [];
  const refused: { path: string; reason: string }[] = [];
  const files: { uri: string; before: string; edits: readonly TextEdit[] }[] = [];
  const planned: { path: string; current: CurrentText; edits: readonly TextEdit[] }[] = [];
  const spec = siteSpec(site, taxonomy.key);
  const dialect = dialectOf(site);
  const unwrittenFrom = unwrittenNamesOf(site.generator, site.loaded.file);
  const wanted = new Set(from.map(spec.keyOf));
  const posts = site.model.snapshot().posts.filter((post) => post.status !== 'notPost' && namesIn(post, taxonomy.key).some((n) => wanted.has(spec.keyOf(n))));
  const texts = await currentTexts({ filesFor: () => site.files }, posts.map((post) => siteUri(site, post.path)));
  for (const [i, post] of posts.entries()) {
    const current = texts[i];
    if (current === undefined) {
      refused.push({ path: post.path, reason: vscode.l10n.t('the file cannot be read') });
      continue;
    }
    const result = editNames(current.text, spec, change, dialect);
    if (!result.ok) {
      refused.push({ path: post.path, reason: localReason(result.reason) });
    } else if (result.edits.length === 0) {
      notWritten.push(post.path);
    } else {
      planned.push({ path: post.path, current, edits: result.edits });
      changed.push(post.path);
      files.push({ uri: current.uri.toString(), before: current.text, edits: result.edits });
    }
  }
  const what = label(taxonomy, op, shown, to);
  let review = false;
  if (confirm && planned.length > 0) {
    const apply = vscode.l10n.t('Apply');
    const preview = vscode.l10n.t('Review…');
    const detail = vscode.l10n.t('{0} posts change. Undo on the message that follows takes it all back from anywhere; Ctrl+Z does from one of the changed posts.', planned.length);
    const choice = await vscode.window.showInformationMessage(what, { modal: true, detail }, apply, preview);
    if (choice === undefined) {
      return { applied: false, changed: [], notWritten, unwrittenFrom, refused, files: [] };
    }
    review = choice === preview;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const p of planned) {
    addEdits(edit, p.current, p.edits, { needsConfirmation: review, label: what, description: p.path });
  }
  const applied = planned.length > 0 && (await vscode.workspace.applyEdit(edit, { isRefactoring: true }));
  return { applied, changed, notWritten, unwrittenFrom, refused, files };
}

/** What a refactor says of the posts it left alone because they carry the name without writing it. */
function notWrittenMessage(from: UnwrittenNames, count: number, example: string): string {
  switch (from.from) {
    case 'folderOrDefaults':
      return vscode.l10n.t(
        '{0} posts get this name from a folder above {2} or from defaults: in {3}, not from their front matter, and were not changed (for example {1}). Rename the folder or the defaults to change them.',
        count, example, from.postsFolder, from.configFile,
      );
    case 'elsewhere':
      return vscode.l10n.t('{0} posts get this name from somewhere other than their own front matter and were not changed (for example {1}).', count, example);
  }
}

function report(textFiles: TextFiles, summary: RefactorSummary, what: string): void {
  if (summary.applied) {
    void offerRefactorUndo(textFiles, vscode.l10n.t('{0}: {1} posts changed.', what, summary.changed.length), summary.files);
  } else if (summary.changed.length === 0 && summary.refused.length === 0 && summary.notWritten.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('{0}: no post writes this name.', what));
  }
  if (summary.notWritten.length > 0) {
    void vscode.window.showWarningMessage(notWrittenMessage(summary.unwrittenFrom, summary.notWritten.length, summary.notWritten[0] ?? ''));
  }
  if (summary.refused.length > 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} posts were not changed because their front matter cannot be edited safely: {1}: {2}', summary.refused.length, summary.refused[0]?.path ?? '', summary.refused[0]?.reason ?? ''));
  }
}

function validName(value: string): string | undefined {
  if (value.trim() === '') {
    return vscode.l10n.t('A name is required');
  }
  return /[\r\n]/.test(value) ? vscode.l10n.t('The name must be one line') : undefined;
}

/** The command behind Rename / Merge / Delete Tag… and Category…: prompts for what `args` does not give. */
export async function runRefactor(registry: SiteRegistry, taxonomy: TaxonomyKind, op: RefactorOp, args: RefactorArgs | undefined): Promise<RefactorSummary | undefined> {
  return runTaxonomyRefactor(registry, () => kindTaxonomy(taxonomy), op, args);
}

/** Rename / Merge / Delete Term… of another taxonomy (`series`), from a term node of the Other Taxonomies view. */
export async function runTermRefactor(registry: SiteRegistry, op: RefactorOp, args: RefactorArgs | undefined): Promise<RefactorSummary | undefined> {
  const plural = args?.plural;
  if (plural === undefined) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Pick a term in the Other Taxonomies view first.'));
    return undefined;
  }
  const name = args?.name ?? args?.key;
  return runTaxonomyRefactor(registry, () => ({ key: plural, word: plural }), op, name === undefined ? args : { ...args, name });
}

async function runTaxonomyRefactor(registry: SiteRegistry, taxonomyOf: () => RefactorTaxonomy, op: RefactorOp, args: RefactorArgs | undefined): Promise<RefactorSummary | undefined> {
  const site = await chooseSite(registry, args?.root);
  if (site === undefined) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder with a Jekyll, Hugo, Hexo, Eleventy, Astro or Docusaurus site first.'));
    return undefined;
  }
  const taxonomy = taxonomyOf();
  const keyOf = siteSpec(site, taxonomy.key).keyOf;
  const names = siteKeyNames(site, taxonomy.key);
  const given = args?.from === undefined ? (args?.name === undefined ? [] : [args.name]) : typeof args.from === 'string' ? [args.from] : [...args.from];
  const kind = taxonomy.word;
  let from = given;
  if (from.length === 0 || (op === 'merge' && args?.from === undefined)) {
    // A node names a term by its key: tick the names written under it.
    const givenKeys = new Set(from.map(keyOf));
    const picked = await pickNames({
      title: label(taxonomy, op, [], ''),
      placeholder: op === 'merge' ? vscode.l10n.t('Pick the {0} names to merge', kind) : vscode.l10n.t('Pick a {0}', kind),
      names, many: op === 'merge', allowNew: false, selected: names.filter((n) => givenKeys.has(keyOf(n.name))).map((n) => n.name),
    });
    if (picked === undefined || picked.length === 0) {
      return undefined;
    }
    from = picked;
  }
  // A term key shows as the spelling most posts use.
  const shown = from.map((f) => names.find((n) => n.name === f)?.name ?? names.find((n) => keyOf(n.name) === keyOf(f))?.name ?? f);
  let to = args?.to ?? '';
  if (op === 'rename' && args?.to === undefined) {
    const typed = await vscode.window.showInputBox({ title: label(taxonomy, op, shown, '…'), value: shown[0] ?? '', prompt: vscode.l10n.t('New name'), validateInput: validName });
    if (typed === undefined) {
      return undefined;
    }
    to = typed.trim();
  } else if (op === 'merge' && args?.to === undefined) {
    const target = await pickNames({
      title: label(taxonomy, op, shown, '…'), placeholder: vscode.l10n.t('The name to keep (or type a new one)'),
      names: [...names.filter((n) => from.includes(n.name)), ...names.filter((n) => !from.includes(n.name))], many: false, allowNew: true,
    });
    if (target?.[0] === undefined) {
      return undefined;
    }
    to = target[0];
  }
  if (op !== 'delete' && validName(to) !== undefined) {
    return undefined;
  }
  const summary = await refactorNames(site, taxonomy, op, from, to, args?.confirm ?? true, shown);
  report(registry, summary, label(taxonomy, op, shown, to));
  return summary;
}
