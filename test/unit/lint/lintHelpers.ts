import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultConfig, parseConfig } from '../../../src/core/config';
import { createTimeZone } from '../../../src/core/timeZone';
import { lintPost, type LintResult } from '../../../src/core/lint/lintPost';
import { lintSiteOf } from '../../../src/core/lint/lintSite';
import type { PostContext } from '../../../src/core/post';
import type { LintSite } from '../../../src/core/lint/lintTypes';

export const NOW = Date.parse('2026-01-01T00:00:00Z');
export const ctx: PostContext = { config: defaultConfig(), zone: createTimeZone('Asia/Seoul').zone, nowMs: NOW };

export function site(over: Partial<{ layouts: string[]; categories: [string, number][]; tags: [string, number][] }> = {}): LintSite {
  const list = (l: [string, number][] = []): { name: string; count: number }[] => l.map(([name, count]) => ({ name, count }));
  return lintSiteOf({ categories: list(over.categories), tags: list(over.tags) }, over.layouts === undefined ? undefined : new Set(over.layouts));
}

export function lint(text: string, options: { path?: string; site?: LintSite; config?: string } = {}): LintResult {
  const c = options.config === undefined ? ctx : { ...ctx, config: parseConfig(options.config).config };
  return lintPost({ path: options.path ?? '_posts/2024-03-05-hello.md', text, ctx: c, site: options.site ?? site() });
}

/** Applies a fix's edits to a text (edits do not overlap). */
export function applyEdits(text: string, edits: readonly { range: { line: number; startChar: number; endChar: number }; newText: string }[]): string {
  const lines = text.split('\n');
  for (const e of [...edits].sort((a, b) => b.range.line - a.range.line || b.range.startChar - a.range.startChar)) {
    const l = lines[e.range.line] ?? '';
    lines[e.range.line] = l.slice(0, e.range.startChar) + e.newText + l.slice(e.range.endChar);
  }
  return lines.join('\n');
}

export const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
export const corpusRoot = '/work/shared/corpus';
export const corpusAvailable = fs.existsSync(corpusRoot);
