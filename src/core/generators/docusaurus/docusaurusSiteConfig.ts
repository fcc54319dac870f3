/**
 * A Docusaurus site's configuration as the rest of Postcraft sees it: the config file read as text
 * (docusaurusConfigText.ts), the blog's `tags.yml` and `authors.yml` read as the blog plugin reads them, and the
 * neutral settings. The config is never run; what it computes is a note, not a guess.
 */
import { readDocusaurusConfigText, type DocusaurusConfigText } from './docusaurusConfigText';
import { loadDocusaurusYaml } from './docusaurusYaml';
import { lodashCapitalize, lodashKebabCase } from './lodashKebabCase';
import { normalizeUrl } from './docusaurusUrls';
import { compileBlogGlobs, type CompiledGlobs } from './docusaurusPaths';
import type { ConfigReading, ConfigText, SiteSettings } from '../generator';
import type { Problem } from '../../problem';

/** Where Docusaurus looks for its config, in its order (core `config.js`). */
export const DOCUSAURUS_CONFIG_NAMES = ['ts', 'mts', 'cts', 'js', 'mjs', 'cjs'].map((ext) => `docusaurus.config.${ext}`);
/** A tags.yml entry after Docusaurus's normalizeTagsFile, with its permalink joined to the tags route. */
export interface DocusaurusTag {
  readonly label: string;
  readonly permalink: string;
}

export interface DocusaurusAuthor {
  readonly name: string | undefined;
}

export interface DocusaurusSettings {
  /** The config file read (site-relative), undefined when there is none. */
  readonly configFile: string | undefined;
  readonly text: DocusaurusConfigText;
  /** The blog folder, site-relative, without `./` or a trailing `/` ('' for the site root). */
  readonly blogDir: string;
  /** `normalizeUrl([baseUrl, routeBasePath, tagsBasePath])`. */
  readonly tagsRoute: string;
  /** The tags file by key; null when there is none or the site turns it off. */
  readonly tags: Readonly<Record<string, DocusaurusTag>> | null;
  /** The authors map by key; undefined when there is none. */
  readonly authors: Readonly<Record<string, DocusaurusAuthor>> | undefined;
  readonly globs: CompiledGlobs;
}

export interface DocusaurusConfig extends SiteSettings {
  readonly generator: 'docusaurus';
  readonly docusaurus: DocusaurusSettings;
}

/** The blog's `tags.yml` (unless turned off) and authors map, site-relative, where the config puts them. */
export function docusaurusDataFiles(config: DocusaurusConfig): string[] {
  const { blogDir, text } = config.docusaurus;
  const inBlog = (name: string): string => (blogDir === '' ? name : `${blogDir}/${name}`).replace(/\/(?:\.\/)+/g, '/');
  return [...(text.blog.tags === null ? [] : [inBlog(text.blog.tags)]), inBlog(text.blog.authorsMapPath)];
}

type ConfigProblem = Problem & { readonly file?: string };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

function cleanDir(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '').replace(/\/+$/, '').replace(/^\.$/, '');
}

function readTags(file: ConfigText, tagsRoute: string, problems: ConfigProblem[]): Record<string, DocusaurusTag> | null {
  if (file.text.trim() === '') return {};
  const loaded = loadDocusaurusYaml(file.text, 0);
  const fail = (message: string, line = 0): null => {
    problems.push({ severity: 'error', code: 'config.tagsFile', message: `${message}; Docusaurus stops the build on it`, line, file: file.file });
    return null;
  };
  if (!loaded.ok) return fail(loaded.error.message, loaded.error.line);
  if (!isRecord(loaded.value)) return fail('the tags file must map tag keys to { label, permalink, description }');
  const out: Record<string, DocusaurusTag> = {};
  const seen = new Set<string>();
  for (const [key, raw] of Object.entries(loaded.value)) {
    if (raw !== null && !isRecord(raw)) return fail(`tag "${key}" must be a mapping or empty`);
    for (const field of ['label', 'permalink', 'description']) {
      if (raw !== null && raw[field] !== undefined && typeof raw[field] !== 'string') return fail(`"${key}.${field}" must be a string`);
    }
    const label = raw !== null && typeof raw['label'] === 'string' && raw['label'] !== '' ? raw['label'] : lodashCapitalize(key);
    const own = raw !== null && typeof raw['permalink'] === 'string' && raw['permalink'] !== '' ? raw['permalink'] : `/${lodashKebabCase(key)}`;
    if (seen.has(own)) return fail(`two tags have the permalink ${own}`);
    seen.add(own);
    out[key] = { label, permalink: normalizeUrl([tagsRoute, own]) };
  }
  return out;
}

function readAuthors(file: ConfigText, problems: ConfigProblem[]): Record<string, DocusaurusAuthor> | undefined {
  const loaded = loadDocusaurusYaml(file.text, 0);
  const fail = (message: string, line = 0): undefined => {
    problems.push({ severity: 'error', code: 'config.authorsFile', message: `${message}; Docusaurus stops the build on it`, line, file: file.file });
    return undefined;
  };
  if (!loaded.ok) return fail(loaded.error.message, loaded.error.line);
  if (loaded.value === undefined || loaded.value === null) return undefined;
  if (!isRecord(loaded.value)) return fail('the authors file must map author keys to authors');
  const out: Record<string, DocusaurusAuthor> = {};
  for (const [key, raw] of Object.entries(loaded.value)) {
    out[key] = { name: isRecord(raw) && typeof raw['name'] === 'string' ? raw['name'] : undefined };
  }
  return out;
}

export function readDocusaurusSiteConfig(files: readonly ConfigText[]): ConfigReading & { readonly config: DocusaurusConfig } {
  const problems: ConfigProblem[] = [];
  const main = files.find((f) => DOCUSAURUS_CONFIG_NAMES.includes(f.file));
  const text = readDocusaurusConfigText(main?.text ?? '');
  for (const note of text.notes) {
    problems.push({ severity: 'info', code: 'config.computed', message: note.message, line: note.line, ...(main === undefined ? {} : { file: main.file }) });
  }
  const blog = text.blog;
  const blogDir = cleanDir(blog.path);
  const tagsRoute = normalizeUrl([text.baseUrl, blog.routeBasePath, blog.tagsBasePath]);
  const dataFile = (name: string): ConfigText | undefined => files.find((f) => f.file === (blogDir === '' ? name : `${blogDir}/${name}`).replace(/\/(?:\.\/)+/g, '/'));
  const tagsFile = blog.tags === null ? undefined : dataFile(blog.tags);
  if (blog.tags !== null && blog.tagsSet && tagsFile === undefined && main !== undefined) {
    problems.push({ severity: 'error', code: 'config.tagsFile', message: `the tags file ${blog.tags} named by the config is missing; Docusaurus stops the build on it`, line: 0, ...(main === undefined ? {} : { file: main.file }) });
  }
  const authorsFile = dataFile(blog.authorsMapPath);
  const config: DocusaurusConfig = {
    generator: 'docusaurus',
    raw: text.written,
    url: text.url,
    // Docusaurus's permalinks already start with baseUrl.
    baseurl: '',
    timezone: undefined,
    excerptSeparator: '<!-- truncate -->',
    // reading-time's default, which the blog plugin's readingTime uses.
    wordsPerMinute: 200,
    markdownExt: ['md', 'mdx'],
    docusaurus: {
      configFile: main?.file,
      text,
      blogDir,
      tagsRoute,
      tags: tagsFile === undefined ? null : readTags(tagsFile, tagsRoute, problems),
      authors: authorsFile === undefined ? undefined : readAuthors(authorsFile, problems),
      globs: compileBlogGlobs(blog),
    },
  };
  return { config, problems };
}
