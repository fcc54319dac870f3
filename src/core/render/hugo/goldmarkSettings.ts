/**
 * The `[markup.goldmark]` settings of a Hugo site that change what the preview shows, with Hugo 0.111.3's defaults
 * (markup/goldmark/goldmark_config/config.go): every extension on (typographer included), raw HTML left out,
 * GitHub-style auto heading ids, attributes on headings only.
 */

export interface GoldmarkSettings {
  readonly typographer: boolean;
  readonly footnote: boolean;
  readonly table: boolean;
  readonly strikethrough: boolean;
  readonly linkify: boolean;
  /** The scheme a bare `www.` link gets. */
  readonly linkifyProtocol: string;
  readonly taskList: boolean;
  /** `renderer.unsafe`: raw HTML is rendered, not left out. */
  readonly unsafe: boolean;
  readonly hardWraps: boolean;
  readonly autoHeadingID: boolean;
  readonly autoHeadingIDType: 'github' | 'github-ascii' | 'blackfriday';
  /** `parser.attribute.title`: `{#id .class}` after a heading. */
  readonly headingAttributes: boolean;
}

export const DEFAULT_GOLDMARK: GoldmarkSettings = {
  typographer: true,
  footnote: true,
  table: true,
  strikethrough: true,
  linkify: true,
  linkifyProtocol: 'https',
  taskList: true,
  unsafe: false,
  hardWraps: false,
  autoHeadingID: true,
  autoHeadingIDType: 'github',
  headingAttributes: true,
};

function table(v: unknown): Readonly<Record<string, unknown>> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** A key of a config table, matched as Hugo matches them (case-insensitively). */
function get(t: Readonly<Record<string, unknown>>, key: string): unknown {
  const lower = key.toLowerCase();
  for (const [k, v] of Object.entries(t)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

function bool(v: unknown, fallback: boolean): boolean {
  return typeof v === 'boolean' ? v : fallback;
}

/** The settings from the site's merged config (`raw`), Hugo's default for each one it does not set. */
export function goldmarkSettings(raw: Readonly<Record<string, unknown>>): GoldmarkSettings {
  const goldmark = table(get(table(get(raw, 'markup')), 'goldmark'));
  const ext = table(get(goldmark, 'extensions'));
  const renderer = table(get(goldmark, 'renderer'));
  const parser = table(get(goldmark, 'parser'));
  const attribute = get(parser, 'attribute');
  const idType = get(parser, 'autoHeadingIDType');
  const protocol = get(ext, 'linkifyProtocol');
  const d = DEFAULT_GOLDMARK;
  return {
    typographer: bool(get(ext, 'typographer'), d.typographer),
    footnote: bool(get(ext, 'footnote'), d.footnote),
    table: bool(get(ext, 'table'), d.table),
    strikethrough: bool(get(ext, 'strikethrough'), d.strikethrough),
    linkify: bool(get(ext, 'linkify'), d.linkify),
    linkifyProtocol: typeof protocol === 'string' && /^[a-z][a-z0-9+.-]*$/i.test(protocol) ? protocol : d.linkifyProtocol,
    taskList: bool(get(ext, 'taskList'), d.taskList),
    unsafe: bool(get(renderer, 'unsafe'), d.unsafe),
    hardWraps: bool(get(renderer, 'hardWraps'), d.hardWraps),
    autoHeadingID: bool(get(parser, 'autoHeadingID'), d.autoHeadingID),
    autoHeadingIDType: idType === 'github-ascii' || idType === 'blackfriday' ? idType : d.autoHeadingIDType,
    // Hugo 0.111 also reads a plain boolean `attribute = false` as "titles off".
    headingAttributes: typeof attribute === 'boolean' ? attribute : bool(get(table(attribute), 'title'), d.headingAttributes),
  };
}
