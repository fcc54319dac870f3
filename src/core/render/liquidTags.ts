/**
 * Jekyll's own Liquid tags on top of liquidjs: `include` (Jekyll parameters, `include.x`), `include_relative`,
 * `post_url`, `link`, `highlight`, and a placeholder for every tag nobody registered.
 */
import { Tag, TypeGuards, Value } from 'liquidjs';
import type { Context, Emitter, Liquid, Parser, Template, TagToken, TopLevelToken } from 'liquidjs';
import { builtinInclude } from './builtinIncludes';
import { escapeHtml, liquidPlaceholder } from './escape';
import { includeRelativePath, isValidIncludeName } from './includePaths';
import { PLACEHOLDER_MESSAGES as M, type Localize } from './placeholderMessages';
import type { IncludeResolver, PostLookup, RelativeFileReader } from './renderTypes';

export interface TagEnvironment {
  readonly includes: IncludeResolver;
  /** Files next to the page, for `include_relative`. */
  readonly relativeFiles: RelativeFileReader;
  readonly posts: PostLookup;
  /** Highlighted, escaped HTML of `code` (no wrapper). */
  readonly highlight: (code: string, lang: string) => string;
  /** Prefixes a site path with the baseurl (Jekyll's relative_url). */
  readonly relativeUrl: (path: string) => string;
  /** Site path of the document being rendered, for `include_relative`. */
  readonly currentPath: () => string;
  /** A placeholder's reason in the UI language. */
  readonly localize: Localize;
}

// Jekyll's IncludeTag::VALID_SYNTAX and VARIABLE_SYNTAX.
const PARAM = /([\w-]+)\s*=\s*(?:"([^"\\]*(?:\\.[^"\\]*)*)"|'([^'\\]*(?:\\.[^'\\]*)*)'|([\w.-]+))/g;
const VARIABLE_FILE = /^(?<variable>[^{]*(\{\{\s*[\w\-.]+\s*(\|.*)?\}\}[^\s{}]*)+)(?<params>.*)$/s;
const MAX_INCLUDE_DEPTH = 12;
const DEPTH_REGISTER = 'postcraftIncludeDepth';

type Gen = Generator<unknown, void, unknown>;

/** Registers Jekyll's tags on `liquid`, and makes unknown tags render as placeholders instead of failing. */
export function registerJekyllTags(liquid: Liquid, env: TagEnvironment): void {
  const parsed = new Map<string, Template[]>();
  const parseInclude = (key: string, source: string): Template[] => {
    const cacheKey = `${key}\u0000${source}`;
    let templates = parsed.get(cacheKey);
    if (!templates) {
      if (parsed.size > 500) parsed.clear();
      templates = liquid.parse(source, key);
      parsed.set(cacheKey, templates);
    }
    return templates;
  };

  const makeInclude = (relative: boolean): new (token: TagToken, remain: TopLevelToken[], liquid: Liquid) => Tag =>
    class extends Tag {
      private readonly file: string;
      private readonly params: string;
      constructor(token: TagToken, remain: TopLevelToken[], engine: Liquid) {
        super(token, remain, engine);
        const markup = token.args.trim();
        const variable = VARIABLE_FILE.exec(markup);
        if (variable?.groups) {
          this.file = (variable.groups['variable'] ?? '').trim();
          this.params = (variable.groups['params'] ?? '').trim();
        } else {
          const space = markup.search(/\s/);
          this.file = space < 0 ? markup : markup.slice(0, space);
          this.params = space < 0 ? '' : markup.slice(space + 1);
        }
      }
      *render(ctx: Context, emitter: Emitter): Gen {
        const name = this.file.includes('{{') ? String(yield liquid.renderer.renderTemplates(liquid.parse(this.file), ctx)).trim() : this.file;
        const depth = Number(ctx.getRegister(DEPTH_REGISTER, 0));
        if (depth >= MAX_INCLUDE_DEPTH) {
          emitter.write(liquidPlaceholder(this.token.getText(), env.localize(M.nestedTooDeep, MAX_INCLUDE_DEPTH)));
          return;
        }
        const tag = relative ? 'include_relative' : 'include';
        if (!isValidIncludeName(name)) {
          emitter.write(liquidPlaceholder(this.token.getText(), env.localize(M.refusedName, tag, name)));
          return;
        }
        let source: string | undefined;
        let cacheKey = name;
        if (relative) {
          const sitePath = includeRelativePath(env.currentPath(), name);
          const file = env.relativeFiles(sitePath);
          if (file.kind === 'refused') {
            emitter.write(liquidPlaceholder(this.token.getText(), file.reason));
            return;
          }
          source = file.kind === 'file' ? file.text : undefined;
          cacheKey = `./${sitePath}`;
        } else {
          source = env.includes(name) ?? builtinInclude(name);
        }
        if (source === undefined) {
          emitter.write(liquidPlaceholder(this.token.getText(), env.localize(M.includeMissing, tag, name)));
          return;
        }
        const params: Record<string, unknown> = {};
        for (const m of this.params.matchAll(PARAM)) {
          const key = m[1] ?? '';
          if (m[2] !== undefined) params[key] = m[2].replace(/\\"/g, '"');
          else if (m[3] !== undefined) params[key] = m[3].replace(/\\'/g, "'");
          else if (m[4] !== undefined) params[key] = yield new Value(m[4], liquid).value(ctx);
        }
        let html: unknown;
        ctx.setRegister(DEPTH_REGISTER, depth + 1);
        ctx.push({ include: params });
        try {
          html = yield liquid.renderer.renderTemplates(parseInclude(cacheKey, source), ctx);
        } catch (error) {
          html = liquidPlaceholder(this.token.getText(), env.localize(M.includeFailed, name, messageOf(error)));
        } finally {
          ctx.pop();
          ctx.setRegister(DEPTH_REGISTER, depth);
        }
        emitter.write(html);
      }
    };

  liquid.registerTag('include', makeInclude(false));
  liquid.registerTag('include_relative', makeInclude(true));

  liquid.registerTag(
    'post_url',
    class extends Tag {
      render(_ctx: Context, emitter: Emitter): void {
        const name = this.token.args.trim().replace(/^\/+/, '');
        const url = env.posts.urlForPostUrlName(name);
        emitter.write(url === undefined ? liquidPlaceholder(this.token.getText(), env.localize(M.noPost, name)) : escapeHtml(env.relativeUrl(url)));
      }
    },
  );

  liquid.registerTag(
    'link',
    class extends Tag {
      *render(ctx: Context, emitter: Emitter): Gen {
        const args = this.token.args.trim();
        const path = args.includes('{{') ? String(yield liquid.renderer.renderTemplates(liquid.parse(args), ctx)).trim() : args;
        const url = env.posts.urlForPath(path.replace(/^\/+/, ''));
        emitter.write(url === undefined ? liquidPlaceholder(this.token.getText(), env.localize(M.noFile, path)) : escapeHtml(env.relativeUrl(url)));
      }
    },
  );

  liquid.registerTag(
    'highlight',
    class extends Tag {
      private readonly templates: Template[] = [];
      private readonly lang: string;
      constructor(token: TagToken, remain: TopLevelToken[], engine: Liquid, parser: Parser) {
        super(token, remain, engine);
        this.lang = /^[a-zA-Z0-9.+#_-]+/.exec(token.args.trim())?.[0] ?? 'plaintext';
        while (remain.length > 0) {
          const next = remain.shift();
          if (next === undefined) break;
          if (TypeGuards.isTagToken(next) && next.name === 'endhighlight') return;
          this.templates.push(parser.parseToken(next, remain));
        }
        throw new Error(`tag ${token.getText()} not closed`);
      }
      *render(ctx: Context, emitter: Emitter): Gen {
        const body = String(yield liquid.renderer.renderTemplates(this.templates, ctx)).replace(/^[\r\n]+|[\r\n]+$/g, '');
        const lang = escapeHtml(this.lang);
        // One line of HTML, so that Markdown keeps it as one HTML block even when the code has blank lines.
        const code = env.highlight(body, this.lang).replace(/\r?\n/g, '&#10;');
        emitter.write(`<figure class="highlight"><pre><code class="language-${lang} hljs" data-lang="${lang}">${code}</code></pre></figure>`);
      }
    },
  );

  class UnknownTag extends Tag {
    render(_ctx: Context, emitter: Emitter): void {
      emitter.write(liquidPlaceholder(this.token.getText(), env.localize(M.unknownTag, this.token.name)));
    }
  }
  // liquidjs looks tags up by name in a prototype-less object: answer every miss with the placeholder.
  Object.setPrototypeOf(
    liquid.tags,
    new Proxy({}, { get: (_target, key) => (typeof key === 'string' ? UnknownTag : undefined) }),
  );
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] ?? error.message : String(error);
}
