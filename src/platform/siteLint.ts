import { lintPost } from '../core/lint/lintPost';
import { lintParsedFile } from '../core/lint/lintParsedFile';
import { lintSiteOf, ownNames, siteLayouts } from '../core/lint/lintSite';
import { listLayoutNames } from './siteLayouts';
import { listSiteFiles, type GemThemeFinder } from './siteFileList';
import type { FileSystem } from './fileSystem';
import { maxPostBytes } from './headText';
import type { IndexedSite } from './siteIndexer';
import type { ReportedProblem } from '../core/siteReport';

/**
 * The per-file lint of every post the index read (what the editor shows as diagnostics), for `postcraft check`.
 * It includes the model's own problems for those files; a file that cannot be read again keeps the model's.
 */
export async function lintSiteFiles(fs: FileSystem, site: IndexedSite, nowMs: number, findGemTheme?: GemThemeFinder): Promise<ReportedProblem[]> {
  const snapshot = site.model.snapshot();
  const raw = site.loaded.config.raw;
  const lintSite = lintSiteOf(snapshot, siteLayouts(raw, await listLayoutNames(fs, site.root)), site.model.shapers, await listSiteFiles(fs, site.root, raw, findGemTheme));
  const ctx = { config: site.loaded.config, zone: site.loaded.zone, nowMs };
  const linted = new Set<string>();
  const problems: ReportedProblem[] = [];
  const files = [...site.files].sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
  for (const file of files) {
    const summary = site.model.get(file.relativePath);
    if (summary === undefined) continue;
    const read = await fs.readText(file.absolutePath, maxPostBytes);
    if (!read.ok) continue;
    const text = read.text;
    linted.add(summary.path);
    const { findings } = lintPost({ path: file.relativePath, text, ctx, site: lintSite, own: ownNames(summary) });
    for (const f of findings) problems.push({ path: summary.path, line: f.range.line, column: f.range.startChar, severity: f.severity, code: f.code, message: f.message });
  }
  // Files the build parses that are no posts (Hugo's extra bundle files): what stops the build in them.
  const pages = lintSite.pages;
  for (const path of pages === undefined ? [] : (site.generator.parsedFiles?.(site.loaded.config, pages) ?? [])) {
    if (pages === undefined) break;
    const absolute = `${site.root.replace(/\/+$/, '')}/${path}`;
    const read = await fs.readText(absolute, maxPostBytes);
    if (!read.ok) continue;
    for (const f of lintParsedFile({ path, text: read.text, ctx, pages })) problems.push({ path, line: f.range.line, column: f.range.startChar, severity: f.severity, code: f.code, message: f.message });
  }
  return [...snapshot.problems.filter((p) => !linted.has(p.path)), ...problems];
}
