/**
 * Fills the Go-template actions that archetypes use, as `hugo new` (0.111.3) would, without executing anything:
 * a small reader of pipelines over a fixed set of fields and functions. An action it does not know is left as
 * written and reported, so the writer sees it instead of losing the post (Hugo itself refuses the whole file).
 */
import { formatGoLayout, formatRfc3339, goWallAt } from './goTime';
import { hugoUrlize, type HugoPathOptions } from './hugoUrls';

/** What an archetype can ask about the new page. */
export interface HugoArchetypeData {
  /** `.Name` and `.File.ContentBaseName`: the file's base name, or the bundle's folder name. */
  readonly name: string;
  /** `.File.BaseFileName`: the file's name without extension (`index` in a bundle). */
  readonly baseFileName: string;
  /** `.Section` and `.Type`. */
  readonly section: string;
  /** `.Title`: the writer's title (hugo 0.111.3 has no `.Title` here and fails; newer Hugo has one). */
  readonly title: string;
  readonly nowMs: number;
  /** The computer's offset from UTC at nowMs: `hugo new` prints `.Date` and `now` in the local zone, not timeZone. */
  readonly offsetMinutes: number;
  readonly siteTitle: string;
  /** `.Site.Params`, keys lower-cased as Hugo reads them. */
  readonly siteParams: Readonly<Record<string, unknown>>;
  readonly pathOptions: HugoPathOptions;
}

export interface FilledArchetype {
  readonly text: string;
  /** The actions left as written, e.g. `{{ .Params.x }}`. */
  readonly unknown: readonly string[];
}

type Token = { readonly kind: 'str'; readonly value: string } | { readonly kind: 'word'; readonly value: string } | { readonly kind: 'pipe' | 'open' | 'close' };

class Unknown extends Error {}

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src.charAt(i);
    if (/\s/.test(c)) {
      i++;
    } else if (c === '|' || c === '(' || c === ')') {
      tokens.push({ kind: c === '|' ? 'pipe' : c === '(' ? 'open' : 'close' });
      i++;
    } else if (c === '"') {
      const m = /^"((?:[^"\\\n]|\\.)*)"/.exec(src.slice(i));
      if (m === null) throw new Unknown();
      tokens.push({ kind: 'str', value: unquote(m[1] ?? '') });
      i += m[0].length;
    } else if (c === '`') {
      const end = src.indexOf('`', i + 1);
      if (end < 0) throw new Unknown();
      tokens.push({ kind: 'str', value: src.slice(i + 1, end) });
      i = end + 1;
    } else {
      const m = /^[^\s|()"`]+/.exec(src.slice(i));
      const word = m?.[0] ?? c;
      tokens.push({ kind: 'word', value: word });
      i += word.length;
    }
  }
  return tokens;
}

function unquote(body: string): string {
  const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };
  return body.replace(/\\(.)/g, (_all, ch: string) => {
    const out = map[ch];
    if (out === undefined) throw new Unknown();
    return out;
  });
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'on', 'to', 'up', 'via']);

/** Hugo's `title` (AP style, the default titleCaseStyle): small words stay lower-case except first, last and after a colon. */
export function hugoTitleCase(s: string): string {
  const words = s.split(' ');
  let afterColon = true;
  return words
    .map((word, i) => {
      const lower = word.toLowerCase();
      const keepSmall = !afterColon && i !== words.length - 1 && SMALL_WORDS.has(lower);
      if (word !== '') afterColon = word.endsWith(':');
      if (keepSmall) return lower;
      const first = [...word][0] ?? '';
      return first.toUpperCase() + word.slice(first.length);
    })
    .join(' ');
}

/** Hugo's `humanize` (inflect.Humanize): words split at case changes, `-`, `_` and spaces; lower-cased; first letter up. */
export function hugoHumanize(s: string): string {
  const words = s.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').split(/[-_\s]+/).filter((w) => w !== '').map((w) => w.toLowerCase());
  const text = words.join(' ');
  const first = [...text][0] ?? '';
  return first.toUpperCase() + text.slice(first.length);
}

function field(path: string, data: HugoArchetypeData): string {
  switch (path) {
    case '.Name':
    case '.File.ContentBaseName':
      return data.name;
    case '.File.BaseFileName':
      return data.baseFileName;
    case '.Section':
    case '.Type':
      return data.section;
    case '.Title':
      return data.title;
    case '.Date':
      return formatRfc3339(data.nowMs, data.offsetMinutes);
    case '.Site.Title':
      return data.siteTitle;
  }
  const param = /^\.Site\.Params\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(path)?.[1];
  if (param !== undefined) {
    const value = data.siteParams[param.toLowerCase()];
    if (value === undefined) return '';
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  }
  throw new Unknown();
}

class Reader {
  private at = 0;
  constructor(
    private readonly tokens: readonly Token[],
    private readonly data: HugoArchetypeData,
  ) {}

  whole(): string {
    const value = this.pipeline();
    if (this.at !== this.tokens.length) throw new Unknown();
    return value;
  }

  private pipeline(): string {
    let value = this.command(undefined);
    while (this.tokens[this.at]?.kind === 'pipe') {
      this.at++;
      value = this.command(value);
    }
    return value;
  }

  /** One command; `piped` is the previous command's value, which Go passes as the last argument. */
  private command(piped: string | undefined): string {
    const head = this.tokens[this.at];
    if (head?.kind === 'word' && FUNCTIONS.has(head.value)) {
      this.at++;
      const args: string[] = [];
      while (this.at < this.tokens.length && this.tokens[this.at]?.kind !== 'pipe' && this.tokens[this.at]?.kind !== 'close') args.push(this.operand());
      if (piped !== undefined) args.push(piped);
      return call(head.value, args, this.data);
    }
    if (piped !== undefined) throw new Unknown();
    return this.operand();
  }

  private operand(): string {
    const token = this.tokens[this.at++];
    if (token === undefined) throw new Unknown();
    if (token.kind === 'str') return token.value;
    if (token.kind === 'open') {
      const value = this.pipeline();
      if (this.tokens[this.at++]?.kind !== 'close') throw new Unknown();
      return value;
    }
    if (token.kind === 'word' && token.value.startsWith('.')) return field(token.value, this.data);
    throw new Unknown();
  }
}

/** Function → number of arguments. */
const FUNCTIONS: ReadonlyMap<string, number> = new Map([['replace', 3], ['title', 1], ['humanize', 1], ['urlize', 1], ['lower', 1], ['upper', 1], ['now.Format', 1]]);

function call(name: string, args: readonly string[], data: HugoArchetypeData): string {
  if (args.length !== FUNCTIONS.get(name)) throw new Unknown();
  const [a = '', b = '', c = ''] = args;
  switch (name) {
    case 'replace':
      return a.split(b).join(c);
    case 'title':
      return hugoTitleCase(a);
    case 'humanize':
      return hugoHumanize(a);
    case 'urlize':
      return hugoUrlize(a, data.pathOptions);
    case 'lower':
      return a.toLowerCase();
    case 'upper':
      return a.toUpperCase();
    default:
      return formatGoLayout(a, goWallAt(data.nowMs, Math.round(data.offsetMinutes * 60)));
  }
}

/** The archetype with every action it can read filled in; `{{-` / `-}}` trim the white space next to them, as in Go. */
export function fillHugoArchetype(template: string, data: HugoArchetypeData): FilledArchetype {
  const unknown: string[] = [];
  const action = /\{\{(-\s)?([\s\S]*?)(\s-)?\}\}/g;
  let out = '';
  let from = 0;
  for (let m = action.exec(template); m !== null; m = action.exec(template)) {
    out += template.slice(from, m.index);
    if (m[1] !== undefined) out = out.trimEnd();
    const body = m[2] ?? '';
    if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(body)) {
      try {
        out += new Reader(tokenize(body), data).whole();
      } catch (error) {
        if (!(error instanceof Unknown)) throw error;
        unknown.push(m[0]);
        out += m[0];
      }
    }
    from = action.lastIndex;
    if (m[3] !== undefined) from += /^\s*/.exec(template.slice(from))?.[0].length ?? 0;
  }
  return { text: out + template.slice(from), unknown };
}
