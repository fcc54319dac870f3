/** Reads a tiny in-memory Hugo site the way the generator seam will: config, paths, dates, names, URLs. */
import { readHugoConfig } from '../../../../src/core/generators/hugo/hugoConfig';
import { hugoCurrentSections, readHugoContentPath } from '../../../../src/core/generators/hugo/hugoContentPath';
import { hugoFolderIndex } from '../../../../src/core/generators/hugo/hugoBundleHeaders';
import type { HugoContentReading } from '../../../../src/core/generators/hugo/hugoContentPath';
import { resolveHugoDates } from '../../../../src/core/generators/hugo/hugoDates';
import { hugoDraft, hugoSlug, hugoTitle, hugoUrlField } from '../../../../src/core/generators/hugo/hugoStatus';
import { hugoPageRelPermalink } from '../../../../src/core/generators/hugo/hugoUrls';
import type { HugoSettings } from '../../../../src/core/generators/hugo/hugoSettings';
import { loadHugoYaml } from '../../../../src/core/generators/hugo/hugoYaml';
import { createTimeZone } from '../../../../src/core/timeZone';

export interface PageRow {
  readonly path: string;
  readonly lang: string;
  readonly section: string;
  readonly rel: string;
  readonly date: string;
  readonly title: string;
  readonly draft: boolean;
}

/** Every page reading of the site: `files` maps site paths to text (YAML front matter or none). */
export function readSite(config: string, files: Record<string, string>, configFile = 'hugo.toml'): { settings: HugoSettings; pages: PageRow[] } {
  const { settings } = readHugoConfig([{ file: configFile, text: config }]);
  const folders = hugoFolderIndex(Object.keys(files));
  const pages: PageRow[] = [];
  for (const [sitePath, text] of Object.entries(files)) {
    const read = readHugoContentPath(sitePath, settings, { folders });
    if (read.kind !== 'content') continue;
    for (const r of read.readings) {
      if (r.class !== 'page' && r.class !== 'leaf') continue;
      pages.push(pageOf(settings, r, text, folders));
    }
  }
  pages.sort((a, b) => (a.path + a.lang < b.path + b.lang ? -1 : 1));
  return { settings, pages };
}

function pageOf(settings: HugoSettings, r: HugoContentReading, text: string, folders: ReturnType<typeof hugoFolderIndex>): PageRow {
  const m = /^---\n([\s\S]*?)\n---/.exec(text);
  const y = m ? loadHugoYaml(m[1] ?? '') : undefined;
  const fm = y?.ok === true ? (y.value as Record<string, unknown>) : {};
  const zoneName = settings.languages[r.lang]?.timeZone ?? settings.timeZone;
  const zone = createTimeZone(zoneName === '' ? 'UTC' : zoneName).zone;
  const dates = resolveHugoDates({ frontMatter: fm, chains: settings.frontmatter, zone, contentBaseName: r.contentBaseName });
  const slug = hugoSlug(fm) || (dates.filenameSlug ?? '');
  const url = hugoPageRelPermalink(settings, {
    lang: r.lang,
    dir: r.dir,
    translationBaseName: r.translationBaseName,
    contentBaseName: r.contentBaseName,
    section: r.section,
    sections: hugoCurrentSections(r, { folders }),
    title: hugoTitle(fm),
    slug,
    url: hugoUrlField(fm),
    date: dates.date,
  });
  return {
    path: r.path,
    lang: r.lang,
    section: r.section,
    rel: url.ok ? url.relPermalink : `ERROR ${url.message}`,
    date: dates.date?.iso ?? '0001-01-01T00:00:00Z',
    title: hugoTitle(fm),
    draft: hugoDraft(fm).draft,
  };
}

/** "path rel" lines, for compact comparisons with hugo's output. */
export function rels(pages: readonly PageRow[]): string[] {
  return pages.map((p) => `${p.path} ${p.lang} ${p.rel}`);
}
