/**
 * Hexo's tag plugins in a post's Markdown, for the preview: `{% codeblock %}`/`{% code %}` become fenced code,
 * `{% blockquote %}` a Markdown quote with its citation, `{% asset_img %}`/`{% asset_link %}`/`{% asset_path %}`
 * point into the post's asset folder, `{% post_link %}` links the post it names, `{% raw %}` keeps its text; any other
 * tag is a placeholder (its block's text stays). As in Hexo (its backtick_code_block filter runs first), tags inside
 * fenced code are text; so are tags inside inline code here. Every replacement keeps the line count, so the preview's
 * lines still match the file's. Nothing is evaluated.
 */

export interface TagPluginContext {
  /** The post's asset folder, relative to the post's own folder (`2024-03-05-hello`). */
  readonly assetDir: string;
  /** The URL of the post `{% post_link slug %}` names, and its title, when the site has it. */
  readonly postLink: (slug: string) => { readonly url: string; readonly title: string } | undefined;
  /** A placeholder's HTML for a tag the preview does not render, or a link to no post. */
  readonly placeholder: (source: string, reason: 'byHexo' | 'noPost', name: string) => string;
}

// A tag's arguments end at the next `{%`: a tag left open then costs one scan to the next tag, not one to the end.
const TAG = /\{%-?\s*([A-Za-z_]\w*)((?:[^%{]|%(?!\})|\{(?!%))*?)\s*-?%\}/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Offsets of the text inside fenced code and inline code spans, where tags are text (and no reference is). */
export function protectedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let offset = 0;
  let fence: string | undefined;
  let fenceStart = 0;
  for (const line of text.split('\n')) {
    const end = offset + line.length;
    const marker = FENCE.exec(line.replace(/^\s+/, (s) => (s.length > 3 ? '   ' : s)))?.[1];
    if (fence === undefined && marker !== undefined) {
      fence = marker;
      fenceStart = offset;
    } else if (fence !== undefined && marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) {
      ranges.push([fenceStart, end]);
      fence = undefined;
    } else if (fence === undefined) {
      for (const m of line.matchAll(/(`+)[^`]+?\1/g)) ranges.push([offset + m.index, offset + m.index + m[0].length]);
    }
    offset = end + 1;
  }
  if (fence !== undefined) ranges.push([fenceStart, text.length]);
  return ranges;
}

interface Tag {
  readonly name: string;
  readonly args: string;
  readonly start: number;
  readonly end: number;
}

/** Hexo's tag arguments: words split on spaces, with "quoted" or 'quoted' words kept whole. */
export function tagArgs(text: string): string[] {
  return [...text.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const lineBreaks = (s: string): string => '\n'.repeat((s.match(/\n/g) ?? []).length);

function codeBlock(args: string[], content: string): string {
  const lang = args.find((a) => a.startsWith('lang:'))?.slice(5) ?? '';
  const body = content.replace(/^\n/, '').replace(/\n$/, '');
  const fence = '`'.repeat(Math.max(3, ...[...body.matchAll(/`{3,}/g)].map((m) => m[0].length + 1)));
  return `${fence}${lang}\n${body}\n${fence}`;
}

function blockquote(args: string[], content: string): string {
  const lines = content.replace(/^\n/, '').replace(/\n$/, '').split('\n');
  const links = args.filter((a) => /^https?:\/\//.test(a));
  const words = args.filter((a) => !/^https?:\/\//.test(a)).join(' ');
  const [author, source] = words.split(/,\s*/, 2);
  const cite = [author, source].filter((s): s is string => s !== undefined && s !== '').join(', ');
  const link = links[0];
  const citation = cite === '' && link === undefined ? '' : `— ${link === undefined ? cite : `[${cite === '' ? link : cite}](${link})`}`;
  return ['>', ...lines.map((l) => `> ${l}`), `> ${citation}`].join('\n');
}

function assetImage(args: string[], ctx: TagPluginContext): string {
  // [class names] slug [width] [height] [title text [alt text]]: the slug is the first word that names a file.
  const at = args.findIndex((a) => /\.[A-Za-z0-9]+$/.test(a));
  if (at < 0) return '';
  const slug = args[at] ?? '';
  const rest = args.slice(at + 1).filter((a) => !/^\d+(?:px|%)?$/.test(a));
  const title = rest.join(' ');
  return `<img src="${escapeHtml(encodeURI(`${ctx.assetDir}/${slug}`))}" alt="${escapeHtml(title || slug)}"${title === '' ? '' : ` title="${escapeHtml(title)}"`}>`;
}

function render(tag: Tag, content: string | undefined, source: string, ctx: TagPluginContext): string {
  const args = tagArgs(tag.args);
  switch (tag.name) {
    case 'codeblock':
    case 'code':
      return codeBlock(args, content ?? '');
    case 'blockquote':
    case 'quote':
      return blockquote(args, content ?? '');
    case 'raw':
      return content ?? '';
    case 'asset_img':
    case 'asset_image':
    case 'image':
      return assetImage(args, ctx) || ctx.placeholder(source, 'byHexo', tag.name);
    case 'asset_path':
      return escapeHtml(encodeURI(`${ctx.assetDir}/${args[0] ?? ''}`));
    case 'asset_link': {
      const slug = args[0] ?? '';
      return `<a href="${escapeHtml(encodeURI(`${ctx.assetDir}/${slug}`))}">${escapeHtml(args.slice(1).join(' ') || slug)}</a>`;
    }
    case 'post_link':
    case 'post_path': {
      const slug = args[0] ?? '';
      const post = ctx.postLink(slug);
      if (post === undefined) return ctx.placeholder(source, 'noPost', slug);
      if (tag.name === 'post_path') return escapeHtml(post.url);
      const text = args[1] !== undefined && args[1] !== 'true' && args[1] !== 'false' ? args[1] : post.title;
      return `<a href="${escapeHtml(post.url)}">${escapeHtml(text)}</a>`;
    }
    default: {
      const shown = ctx.placeholder(source.split('\n')[0] ?? source, 'byHexo', tag.name);
      return content === undefined ? shown : `${shown}${content}${ctx.placeholder(`{% end${tag.name} %}`, 'byHexo', tag.name)}`;
    }
  }
}

/** The body with its tag plugins replaced (see the module's comment); line breaks stay where they were. */
export function expandHexoTags(text: string, ctx: TagPluginContext): string {
  const tags = freeTags(text, protectedRanges(text));
  const closes = blockEnds(tags);
  let out = '';
  let at = 0;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    if (tag === undefined || tag.start < at) continue;
    const close = closes[i];
    const closing = close === undefined ? undefined : tags[close];
    const content = closing === undefined ? undefined : text.slice(tag.end, closing.start);
    const end = closing === undefined ? tag.end : closing.end;
    const source = text.slice(tag.start, end);
    let replaced = tag.name === 'raw' && content !== undefined ? content : render(tag, content, source, ctx);
    // Keep the line count: pad with the line breaks the replacement lost (never more than the source had).
    const missing = lineBreaks(source).length - lineBreaks(replaced).length;
    if (missing > 0) replaced += '\n'.repeat(missing);
    out += text.slice(at, tag.start) + replaced;
    at = end;
  }
  return out + text.slice(at);
}

/** The tags outside code (`ranges` are in order and do not overlap, as protectedRanges gives them), in one pass. */
function freeTags(text: string, ranges: readonly (readonly [number, number])[]): Tag[] {
  const tags: Tag[] = [];
  let r = 0;
  for (const m of text.matchAll(TAG)) {
    while (r < ranges.length && (ranges[r]?.[1] ?? 0) <= m.index) r++;
    const range = ranges[r];
    if (range !== undefined && m.index >= range[0]) continue;
    tags.push({ name: m[1] ?? '', args: m[2] ?? '', start: m.index, end: m.index + m[0].length });
  }
  return tags;
}

/**
 * For each block tag, the index of its `end<name>`: the first one after it with as many blocks of the same name
 * opened as closed in between (one stack per name, so a text of many unclosed tags stays linear). Tags with no end
 * are left out.
 */
function blockEnds(tags: readonly Tag[]): (number | undefined)[] {
  const closes: (number | undefined)[] = new Array<number | undefined>(tags.length);
  const open = new Map<string, number[]>();
  tags.forEach((tag, j) => {
    if (tag.name.startsWith('end')) {
      const opener = open.get(tag.name.slice(3))?.pop();
      if (opener !== undefined) closes[opener] = j;
    } else {
      let stack = open.get(tag.name);
      if (stack === undefined) open.set(tag.name, (stack = []));
      stack.push(j);
    }
  });
  return closes;
}
