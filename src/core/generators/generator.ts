/**
 * The seam between Postcraft and a static-site generator: everything the model, the views, the preview, the
 * commands and the CLI need to know about how one generator reads a site. Each generator implements it in its
 * own folder; neutral code asks the generator of a site's config (see generators.ts) and never names one.
 */
import type { FileTime } from '../fileTime';
import type { GeneratorId } from './detectGenerator';
import type { FrontMatterRules } from './frontMatterRules';
import type { PostRenaming } from './postRenaming';
import type { LintFinding, SiteFiles, SitePages } from '../lint/lintTypes';
import type { PostContext, PostInfo } from '../post';
import type { PostPlace } from '../postPath';
import type { ReadPost, ReadPostOptions } from '../postRead';
import type { Problem } from '../problem';
import type { SiteConfig } from '../siteConfig';
import { defaultEditDialect, type EditDialect } from '../edits/editDialect';
import type { ImagePlacing } from '../images/imagePlacing';
import type { BodyCheckInput, DraftToPublish, PublishTarget, ValueHoverInput } from './generatorInputs';
import type { HoverFacts } from '../lint/frontMatterHover';

/** What every generator's configuration says that neutral code reads. */
export interface SiteSettings {
  readonly generator: GeneratorId;
  /** The whole parsed configuration, for templates and hovers. */
  readonly raw: Readonly<Record<string, unknown>>;
  /** The site's absolute URL without its path (`https://example.com`), '' when unknown. */
  readonly url: string;
  /** The path the site is served under (`/blog`), '' at the root. */
  readonly baseurl: string;
  /** The zone the config names; undefined leaves it to the generator's rule (see Generator.defaultZone). */
  readonly timezone: string | undefined;
  readonly excerptSeparator: string;
  readonly wordsPerMinute: number;
  /** Extensions (without dot, lower case) rendered as Markdown. */
  readonly markdownExt: readonly string[];
}

/** One config file's text, by its site-relative path. */
export interface ConfigText {
  readonly file: string;
  readonly text: string;
}

export interface ConfigReading {
  readonly config: SiteConfig;
  /** Problems of the config files; `line` is in `file` (the main config file when undefined). */
  readonly problems: readonly (Problem & { readonly file?: string })[];
}

/** Which files of a site the post reader looks at, for the walk and the file watcher. */
export interface PostListing {
  /** Site-relative folders the walk starts from ('' for the site root). */
  readonly roots: readonly string[];
  /**
   * Names of the folders that hold posts, wherever they sit under a root (Jekyll's `_posts`, `_drafts`); when
   * undefined every file under a root is a candidate.
   */
  readonly postFolders: readonly string[] | undefined;
  /** Whether a folder or file name is skipped wherever it appears (hidden files, build output). */
  readonly skipsName: (name: string, insidePosts: boolean) => boolean;
  /** Whether a site-relative path is excluded by the config. */
  readonly excludes: (sitePath: string) => boolean;
  /** Whether a file found inside posts is read at all (content files only: not a bundle's images). */
  readonly takesFile: (name: string) => boolean;
  /** A glob, relative to the site, of the files whose changes the model follows. */
  readonly watchGlob: string;
}

/** Data files that sit among the posts and are config too (Eleventy's directory data files). */
export interface DataFileListing {
  /** Site-relative folders the search starts from ('' for the site root). */
  readonly roots: readonly string[];
  /** Whether a folder or file name is skipped wherever it appears. */
  readonly skipsName: (name: string) => boolean;
  /** Whether a site-relative file is one of them. */
  readonly takes: (sitePath: string) => boolean;
  /** Site-relative files read where they exist, without a walk (files the config names). */
  readonly files?: readonly string[];
  /** A glob, relative to the site, of the files whose changes re-read the config ('' for none). */
  readonly watchGlob: string;
}

/** A DataFileListing of named files only. */
export function namedDataFiles(files: readonly string[]): DataFileListing {
  const glob = files.length === 0 ? '' : files.length === 1 ? (files[0] ?? '') : `{${files.join(',')}}`;
  return { roots: [], skipsName: () => true, takes: () => false, files, watchGlob: glob };
}

/** One taxonomy of a site, by the names its config gives it. */
export interface SiteTaxonomy {
  readonly singular: string;
  /** The front-matter key and the taxonomy's identity everywhere in Postcraft (`categories`, `tags`, `series`). */
  readonly plural: string;
}

/** One language of a multilingual site. */
export interface SiteLanguage {
  /** The code posts carry (`en`, `ko`), as the config spells it. */
  readonly code: string;
  /** The name the config gives it (Hugo's `languageName`), '' when it gives none. */
  readonly name: string;
}

/** The facts the clock's rule needs, all of which a post's summary keeps. */
export interface PublishFacts {
  readonly isDraft: boolean;
  readonly markedUnpublished: boolean;
  readonly future: boolean;
  /** Past its expiry date (Hugo's expiryDate). */
  readonly expired: boolean;
  readonly hasUrl: boolean;
}

/**
 * How the preview renders a generator's posts: Liquid then kramdown-flavoured Markdown (Jekyll), or shortcodes then
 * Goldmark-flavoured Markdown (Hugo), or Eleventy's markdown-it after its template layer. Several generators may
 * share one dialect.
 */
export type RenderDialect = 'liquid-kramdown' | 'hugo-goldmark' | 'hexo-marked' | 'eleventy-markdown-it' | 'docusaurus-mdx' | 'astro-mdx';

/**
 * One generator's rules. Methods take the site's config as the union of every generator's; each generator is
 * only ever handed a config it made itself (generators.ts picks the generator by `config.generator`).
 */
export interface Generator {
  readonly id: GeneratorId;
  /** Config files, site-relative, in the order the generator looks for them; the platform reads those that exist. */
  readonly configFiles: readonly string[];
  /** Folders whose every YAML, TOML or JSON file is config too (Hugo's `config/_default`), read after `configFiles`. */
  readonly configFolders?: readonly string[];
  /**
   * Data files that are config too, found once the config files say where: among the posts (Eleventy's
   * `posts/posts.json`), or named by the config (Docusaurus's `tags.yml` and `authors.yml` in the blog folder):
   * the platform reads them as text after the config files and hands all to readConfig.
   */
  readonly dataFiles?: (config: SiteConfig) => DataFileListing;
  /**
   * Whether names that differ only in case or spacing are different names (Jekyll) rather than one term under
   * one key (Hugo): only then are such variants worth a warning.
   */
  readonly distinctNameVariants: boolean;
  /** The zone used when the config names none: the machine's (Jekyll) or UTC (Hugo). */
  readonly defaultZone: 'machine' | 'UTC';
  /** The preview's dialect for this generator's posts. */
  readonly renderDialect: RenderDialect;
  /** Reads the config from the texts of the config files that exist (in `configFiles` order). Never throws. */
  readonly readConfig: (files: readonly ConfigText[]) => ConfigReading;
  readonly listing: (config: SiteConfig) => PostListing;
  /**
   * Where a site-relative path sits for the post reader. `shapers` are the site's files that shape their folders
   * (see shapesFolder); without them no folder is shaped.
   */
  readonly placeOf: (sitePath: string, config: SiteConfig, shapers?: ReadonlySet<string>) => PostPlace;
  /**
   * Whether a file's presence changes what the other files of its folder and below it are (Hugo's bundle headers:
   * an `index.md` makes the folder's other Markdown files resources of one post, an `_index.md` makes it a section).
   * The model and the indexer keep the site's such files and hand them to placeOf and classify (PostContext.shapers);
   * when one comes or goes, the files below its folder are read again. Absent: no file shapes another.
   */
  readonly shapesFolder?: (sitePath: string, config: SiteConfig) => boolean;
  /** Splits and parses a file's front matter (never evaluating code) and reads what the body says. Never throws. */
  readonly readPost: (text: string, config: SiteConfig, options?: ReadPostOptions) => ReadPost;
  /**
   * What the start of a file shows of its front matter: a block that closes in it, one that may go on past it
   * (read more of the file), or anything else (no block, or a broken one: the head is enough to say so).
   */
  readonly headState: (head: string, complete: boolean) => 'closed' | 'incomplete' | 'other';
  /**
   * Status, date, title, slug, names and URL of a file already read. `mtimeMs` is looked up only for a post that
   * falls back to its file's time. Never throws for a user's file.
   */
  readonly classify: (sitePath: string, read: ReadPost, mtimeMs: FileTime, ctx: PostContext) => PostInfo;
  /** The clock's rule: whether a post with these facts is built now. */
  readonly publishes: (post: PublishFacts, config: SiteConfig) => boolean;
  /**
   * The site's taxonomies, in the config's order: Jekyll's categories and tags; Hugo's `[taxonomies]`, which
   * replaces the default pair and so may have no categories (or no tags) at all.
   */
  readonly taxonomies: (config: SiteConfig) => readonly SiteTaxonomy[];
  /**
   * The key a taxonomy (by plural) files a name under: names with one key are one name, counted together.
   * Jekyll keeps names exact (the key is the name); Hugo keys a term by hugoTermKey ("Go Lang", "go lang" →
   * "go-lang"). Never throws.
   */
  readonly nameKey: (taxonomy: string, name: string, config: SiteConfig) => string;
  /**
   * For a taxonomy whose names nest (Hexo's categories, chains joined by `separator`), the key of a key's parent,
   * undefined at the top: the trees show such names as a tree, each counted as the generator counts it. Absent:
   * names are flat.
   */
  readonly nameNesting?: { readonly separator: string; readonly parentOf: (taxonomy: string, key: string) => string | undefined };
  /**
   * The languages the site is built in, in the generator's order, when there are several (Hugo's `[languages]`);
   * empty for a single-language site. Posts carry their language (PostInfo.lang) exactly when this is not empty.
   * Absent for generators without languages.
   */
  readonly languages?: (config: SiteConfig) => readonly SiteLanguage[];
  /**
   * Front-matter intelligence of the generator's own (documented keys, lint rules, hover facts), when it has
   * some; a generator without it keeps whatever the neutral lint and editor features do.
   */
  readonly frontMatterRules?: FrontMatterRules;
  /**
   * How the writing commands edit this generator's posts: TOML front matter, key case, taxonomy strings, and
   * whether publishing sets a draft flag rather than moving the file. Undefined: defaultEditDialect (YAML only,
   * exact keys, names split on spaces, drafts in their own folder).
   */
  readonly editing?: EditDialect;
  /** The edit dialect for one site, where its config decides part of it (Astro's schema names the draft field); over `editing`. */
  readonly editingFor?: (config: SiteConfig) => EditDialect;
  /**
   * Checks of a post's body that mirror what stops the generator's build (a reference to a page it does not build),
   * each at its exact range. Never throws for a user's file. Absent: the body is not checked.
   */
  readonly checkBody?: (input: BodyCheckInput) => readonly LintFinding[];
  /**
   * Files that are no posts but whose text the build parses (Hugo: the extra content files of a leaf bundle that is
   * built), site-relative, and the checks of what stops the build in them (the input's info is the file read as a
   * post). Absent: only posts are checked.
   */
  readonly parsedFiles?: (config: SiteConfig, pages: SitePages) => readonly string[];
  readonly checkParsedFile?: (input: BodyCheckInput) => readonly LintFinding[];
  /**
   * Site-relative folders whose files the built site serves at its root URL ('' for the site's root itself), for
   * the checks of links and images the build lets through; undefined when they cannot all be known for this site
   * (a theme whose files are not here). Absent: links and images are not checked.
   */
  readonly servedFolders?: (config: SiteConfig, files: SiteFiles) => readonly string[] | undefined;
  /**
   * The folder whose files the build serves beside a post's own URL (Hexo's asset folder with `post_asset_folder`),
   * for relative links and images; undefined when it has none.
   */
  readonly assetFolder?: (postPath: string, config: SiteConfig) => string | undefined;
  /** Whether a file in a served folder is left out of the built site (Hexo's `_` and `.` names). Absent: none is. */
  readonly hidesServed?: (sitePath: string, config: SiteConfig) => boolean;
  /** `Rename Post to Match Title`; absent where Postcraft cannot rename this generator's posts yet. */
  readonly renaming?: PostRenaming;
  /**
   * Where Publish Draft moves a draft of a drafts folder and the date it writes (Jekyll's `_posts/TODAY-name` with
   * `date` set to now, Hexo's `hexo publish`), for a generator whose drafts live in a folder of their own rather than
   * behind a draft flag (EditDialect.draftKey). Absent: no draft is published by a move.
   */
  readonly publishDraft?: (draft: DraftToPublish) => PublishTarget;
  /**
   * Where a post's taxonomy names come from when its own front matter does not write them, for what a rename or a
   * merge of names says of the posts it leaves alone. Absent: 'elsewhere'.
   */
  readonly unwrittenNames?: UnwrittenNames;
  /**
   * The keys the site's config sets on posts without their front matter (Jekyll's `defaults:`), for completion.
   * Absent: none.
   */
  readonly defaultsKeys?: (config: SiteConfig) => readonly string[];
  /**
   * For a generator without frontMatterRules, what a hover over a key or value of a post's front matter shows: its
   * effective value and where it comes from (the file, the config's `defaults:`, the generator), the URL. Never
   * throws for a user's file. Absent: no such hover.
   */
  readonly valueHover?: (input: ValueHoverInput) => HoverFacts | undefined;
  /**
   * Where Insert Image and image drops copy an image for a post and how the post links an image, as the generator
   * serves it. Undefined: Jekyll's, `assets/images/<slug>/` linked from the root under `{{ site.baseurl }}`.
   */
  readonly images?: ImagePlacing;
}

/**
 * Where the names a post carries without writing them come from: `folderOrDefaults`, the folders above the posts
 * folder and the defaults of the config file, both named as the generator names them (Jekyll's folders above
 * `_posts` and `defaults:` in `_config.yml`); `elsewhere`, anything else.
 */
export type UnwrittenNames =
  | { readonly from: 'folderOrDefaults'; readonly postsFolder: string; readonly configFile: string }
  | { readonly from: 'elsewhere' };

const elsewhere: UnwrittenNames = Object.freeze({ from: 'elsewhere' });

/**
 * The generator's UnwrittenNames, 'elsewhere' when it says none; with `configFile`, the config file the site has
 * (a generator may read any of several) in place of the one the generator names.
 */
export function unwrittenNamesOf(generator: Pick<Generator, 'unwrittenNames'>, configFile?: string): UnwrittenNames {
  const names = generator.unwrittenNames ?? elsewhere;
  return names.from === 'folderOrDefaults' && configFile !== undefined ? { ...names, configFile } : names;
}

/** The generator's edit dialect (for the site of `config`, when given), or the default one. */
export function editDialectOf(generator: Pick<Generator, 'editing' | 'editingFor'>, config?: SiteConfig): EditDialect {
  return (config === undefined ? undefined : generator.editingFor?.(config)) ?? generator.editing ?? defaultEditDialect;
}
