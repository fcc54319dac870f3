/**
 * The preview's Hexo dialect, in Hexo 8.1.2's order: front matter (hexo-front-matter's forms, through the generator's
 * reader) → tag plugins (hexoTagPlugins.ts; fenced code first, as Hexo's backtick filter) → Markdown (markdown-it
 * standing in for hexo-renderer-marked's GFM) → front-matter card → sanitising, with the post's asset folder and
 * root-relative resources from the source folder.
 */
import type { HexoConfig } from '../../generators/hexo/hexoSiteConfig';
import type { SiteConfig } from '../../siteConfig';
import { generatorOf } from '../../generators/generators';
import { hexoFileNameTokens } from '../../generators/hexo/hexoPermalink';
import { hexoPostRoots } from '../../generators/hexo/hexoPlace';
import { createTimeZone } from '../../timeZone';
import { liquidPlaceholder } from '../escape';
import { frontMatterCard } from '../frontMatterCard';
import { cachedHighlighter } from '../highlight';
import { createMarkdown, type MarkdownEnv } from '../markdown';
import { PLACEHOLDER_MESSAGES, type Localize } from '../placeholderMessages';
import { modelFacts } from '../modelFacts';
import { bodyFrom } from '../postBody';
import type { DialectRenderer, DocumentRenderInput, RenderResult, SiteRenderInput } from '../renderPost';
import { fillLabel } from '../renderTypes';
import { sanitizeHtml } from '../sanitize';
import { pageToc } from '../toc';
import { expandHexoTags } from './hexoTagPlugins';
import type MarkdownIt from 'markdown-it';

/** The config the Hexo dialect was chosen for; anything else is a bug in the caller. */
function own(config: SiteConfig): HexoConfig {
  if (config.generator !== 'hexo') throw new Error(`a ${String((config as { generator: unknown }).generator)} config was given to the Hexo dialect`);
  return config;
}

/** Renders posts of one Hexo site; one per site configuration. */
export class HexoRenderer implements DialectRenderer {
  private readonly config: HexoConfig;
  private readonly localize: Localize;
  private readonly md: MarkdownIt.MarkdownIt;

  constructor(private readonly site: SiteRenderInput) {
    this.config = own(site.config);
    this.localize = site.localize ?? fillLabel;
    this.md = createMarkdown(cachedHighlighter(), { ial: false });
  }

  render(doc: DocumentRenderInput): RenderResult {
    const { config } = this;
    const generator = generatorOf(config);
    const read = generator.readPost(doc.text, config);
    const machine = createTimeZone(this.site.fallbackTimeZone).zone;
    const info = generator.classify(doc.sitePath, read, doc.fallbackDateMs ?? doc.nowMs, { config, zone: machine, nowMs: doc.nowMs });
    const frontMatter = read.frontMatter ?? {};
    const facts = modelFacts(info, { data: frontMatter, categories: info.categories, published: !info.markedUnpublished, future: info.date !== undefined && info.date.epochMs > doc.nowMs });
    const problems = [...facts.problems];
    const slash = doc.sitePath.lastIndexOf('/');
    const fileName = doc.sitePath.slice(slash + 1);
    const body = bodyFrom(doc.text, read.frontMatterError ? 0 : read.bodyLine);
    const expanded = expandHexoTags(body, {
      assetDir: fileName.replace(/\.[^.]*$/, ''),
      postLink: (slug) => this.postLink(slug),
      placeholder: (source, reason, name) =>
        liquidPlaceholder(source, reason === 'noPost' ? this.localize(PLACEHOLDER_MESSAGES.noPost, name) : this.localize(PLACEHOLDER_MESSAGES.tagPluginByHexo, name)),
    });
    const env: MarkdownEnv = { lineOffset: read.bodyLine };
    const markdownHtml = this.md.render(expanded, env);
    const headings = env.headings ?? [];
    const bodyHtml = pageToc(frontMatter, headings) + markdownHtml;
    const ownTitle = frontMatter['title'];
    const title = typeof ownTitle === 'string' && ownTitle.trim() !== '' ? ownTitle : info.title;
    const card = doc.showCard ? frontMatterCard({ facts, title, bodyHtml, wordsPerMinute: config.wordsPerMinute, labels: doc.labels, line: 0 }) : '';
    const problemHtml = problems.map((p) => `<p class="pc-problem">${liquidPlaceholder(p, p)}</p>`).join('');
    const html = sanitizeHtml(`${problemHtml}${card}<div class="pc-body">${bodyHtml}</div>`, {
      siteUrl: config.url,
      baseurl: config.baseurl,
      documentDir: slash < 0 ? '' : doc.sitePath.slice(0, slash),
      resourceRoot: doc.resourceRoot,
      rootFolder: config.hexo.sourceDir,
    });
    return { html, title, facts, headings, problems, relativeFiles: [] };
  }

  /** `{% post_link slug %}`: the post whose slug (new_post_name's :title of its path) is `slug`. */
  private postLink(slug: string): { url: string; title: string } | undefined {
    const { posts } = this.site;
    const root = `${hexoPostRoots(this.config.hexo).posts}/`;
    for (const path of posts.sitePaths?.() ?? []) {
      if (!path.startsWith(root)) continue;
      if (hexoFileNameTokens(this.config.hexo.newPostName, path.slice(root.length))['title'] !== slug) continue;
      const url = posts.urlForPath(path);
      if (url !== undefined) return { url: `${this.config.baseurl}${url}`, title: slug };
    }
    return undefined;
  }
}
