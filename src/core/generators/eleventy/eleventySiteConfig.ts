/**
 * An Eleventy site's configuration as the rest of Postcraft sees it: the config file's text (never run), the data
 * files beside the templates, the tags that make a template a post, and the neutral settings.
 */
import { ELEVENTY_CONFIG_FILES, readEleventyConfigText, type EleventyConfigText } from './eleventyConfig';
import { ignoreOfEntry, ignoresOfFile, type EleventyIgnore } from './eleventyIgnores';
import { isEleventyDataFileName, readEleventyDataFile, withCleanTags, type EleventyDataFile } from './eleventyData';
import type { ConfigReading, ConfigText, SiteSettings } from '../generator';
import type { Problem } from '../../problem';
import { eleventyPassthroughPaths } from './eleventyPassthrough';

/** Folder names a blog's posts conventionally live in: the tags their folder data gives are the post tags. */
export const POST_FOLDERS: readonly string[] = ['posts', 'post', 'blog', 'articles'];

/** The tag Eleventy's starters and docs collect posts with. */
export const DEFAULT_POST_TAG = 'posts';

export interface EleventySettings extends EleventyConfigText {
  /** Data files by site-relative path. */
  readonly dataFiles: ReadonlyMap<string, EleventyDataFile>;
  /**
   * The collection tags that make a template a post: `posts`, and the tags the data file of a conventional post
   * folder (`posts/`, `blog/`...) gives its templates (11ty.dev's `blog/blog.json` gives `blog`).
   */
  readonly postTags: readonly string[];
  /** What Eleventy ignores: `.gitignore`, `.eleventyignore` files and the config's `ignores.add(...)`. */
  readonly ignores: readonly EleventyIgnore[];
  /** The config's passthrough copy paths (eleventyPassthrough.ts); undefined when they cannot be read as text. */
  readonly passthroughPaths: readonly string[] | undefined;
}

export interface EleventyConfig extends SiteSettings {
  readonly generator: 'eleventy';
  readonly eleventy: EleventySettings;
}

function postTagsOf(dataFiles: ReadonlyMap<string, EleventyDataFile>, input: string): string[] {
  const tags = new Set([DEFAULT_POST_TAG]);
  for (const file of dataFiles.values()) {
    const parts = file.file.split('/');
    const folder = parts[parts.length - 2];
    const stem = (parts[parts.length - 1] ?? '').replace(/(?:\.11tydata)?\.(?:json|js|cjs|mjs)$/, '');
    const dir = parts.slice(0, -1).join('/');
    const isFolderData = folder !== undefined && stem === folder && (input === '' || dir.startsWith(input));
    if (!isFolderData || !POST_FOLDERS.includes(folder.toLowerCase())) continue;
    const clean = withCleanTags(file.data)['tags'];
    if (Array.isArray(clean)) for (const tag of clean) if (typeof tag === 'string') tags.add(tag);
  }
  return [...tags];
}

/** Reads the config from the texts the platform read: the first config file, then data files. Never throws. */
export function readEleventySiteConfig(files: readonly ConfigText[]): ConfigReading & { readonly config: EleventyConfig } {
  const configText = files.find((f) => ELEVENTY_CONFIG_FILES.includes(f.file));
  const text = readEleventyConfigText(configText?.file, configText?.text ?? '');
  const problems: (Problem & { file?: string })[] = text.unknowns.map((u) => ({ severity: 'info', code: `config.eleventy.${u.what}`, message: u.message, line: u.line, file: u.file }));
  const dataFiles = new Map<string, EleventyDataFile>();
  const input = text.dirs.input;
  const ignoreFiles = new Set(['.eleventyignore', ...(text.useGitIgnore ? ['.gitignore'] : []), ...(input === '' ? [] : [`${input}/.eleventyignore`])]);
  const ignores: EleventyIgnore[] = [];
  for (const file of files) {
    if (ignoreFiles.has(file.file)) ignores.push(...ignoresOfFile(file.file, file.text));
  }
  for (const entry of text.ignoreEntries) {
    const ignore = ignoreOfEntry(entry);
    if (ignore !== undefined) ignores.push(ignore);
  }
  for (const file of files) {
    if (ELEVENTY_CONFIG_FILES.includes(file.file) || !isEleventyDataFileName(file.file)) continue;
    const data = readEleventyDataFile(file.file, file.text);
    dataFiles.set(file.file, data);
    problems.push(...data.problems);
  }
  const prefix = text.pathPrefix.replace(/\/+$/, '');
  const config: EleventyConfig = {
    generator: 'eleventy',
    raw: { dir: text.dirs, pathPrefix: text.pathPrefix, markdownTemplateEngine: text.markdownTemplateEngine },
    url: '',
    // page.url does not hold pathPrefix (the `url` filter adds it): it goes between the origin and a URL.
    baseurl: prefix,
    // Eleventy reads every date in UTC (Template.js getMappedDate).
    timezone: undefined,
    excerptSeparator: '---',
    wordsPerMinute: 200,
    markdownExt: ['md'],
    eleventy: { ...text, dataFiles, postTags: postTagsOf(dataFiles, text.dirs.input), ignores, passthroughPaths: configText === undefined ? [] : eleventyPassthroughPaths(configText.text) },
  };
  return { config, problems };
}
