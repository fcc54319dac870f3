/** Where a cursor is inside TOML front matter (`key = value`, `[table]`), in the terms of frontMatterCursor. */
import { cursorPlace, type CursorPlace } from './frontMatterCursor';
import { textLines } from './frontMatterScan';
import { scanTomlFrontMatter, tomlBlock, tomlKeyParts } from './frontMatterTomlScan';

const KEY_TYPING = /^([ \t]*)([A-Za-z0-9_-]*)$/;
const KEY_VALUE = /^[ \t]*((?:[A-Za-z0-9_.-]|"[^"]*"|'[^']*')+?)[ \t]*=[ \t]*(.*)$/;
const TABLE = /^[ \t]*\[\[?[ \t]*([^\]]*?)[ \t]*\]\]?/;

/** The table a line sits in: the parts of the nearest `[header]` above it. */
function tableAbove(lines: readonly string[], from: number, line: number): string[] {
  for (let n = line - 1; n > from; n--) {
    const m = TABLE.exec(lines[n] ?? '');
    if (m?.[1] !== undefined && !/=/.test((lines[n] ?? '').split('#')[0]?.replace(/"[^"]*"|'[^']*'/g, '') ?? '')) return tomlKeyParts(m[1]);
  }
  return [];
}

/** The value part being typed: the last item of an array, or the whole scalar. */
function valuePlace(key: string, value: string, character: number, inList: boolean): CursorPlace {
  const raw = inList ? /(?:^|[,[])[ \t]*(["']?)([^,"'[\]]*)$/.exec(value) : /^(["']?)(.*)$/.exec(value);
  const prefix = raw?.[2] ?? '';
  return { kind: 'value', key, prefix, prefixStart: character - prefix.length, inList, quoted: (raw?.[1] ?? '') !== '' };
}

export function tomlCursorPlace(text: string, line: number, character: number): CursorPlace | undefined {
  const block = tomlBlock(text);
  if (block === undefined || line <= block.startLine || line >= block.endLine) return undefined;
  const lines = textLines(text);
  const before = (lines[line] ?? '').slice(0, character);
  const table = tableAbove(lines, block.startLine, line);
  const typing = KEY_TYPING.exec(before);
  if (typing) {
    // An array going on from the lines above takes items, not keys.
    for (let n = line - 1; n > block.startLine; n--) {
      const text = lines[n] ?? '';
      if (/\]\s*(#.*)?$/.test(text) || TABLE.test(text)) break;
      const m = KEY_VALUE.exec(text);
      if (m?.[1] !== undefined) {
        if (/^\[[^\]]*$/.test(m[2] ?? '')) return valuePlace([...table, ...tomlKeyParts(m[1])].join('.'), before, character, true);
        break;
      }
    }
    const scan = scanTomlFrontMatter(text);
    const siblings = (scan?.entries ?? []).filter((e) => e.keyRange.line !== line && e.parents.join('.') === table.join('.')).map((e) => e.key);
    return { kind: 'key', parents: table, prefix: typing[2] ?? '', prefixStart: typing[1]?.length ?? 0, siblings };
  }
  const m = KEY_VALUE.exec(before);
  if (m?.[1] !== undefined) {
    const key = [...table, ...tomlKeyParts(m[1])].join('.');
    const value = m[2] ?? '';
    return valuePlace(key, value, character, value.startsWith('['));
  }
  // Inside a multi-line array: the items typed so far on this line.
  for (let n = line - 1; n > block.startLine; n--) {
    const text = lines[n] ?? '';
    if (/\]\s*(#.*)?$/.test(text)) return undefined;
    const kv = KEY_VALUE.exec(text);
    if (kv?.[1] !== undefined) return /^\[[^\]]*$/.test(kv[2] ?? '') ? valuePlace([...table, ...tomlKeyParts(kv[1])].join('.'), before, character, true) : undefined;
  }
  return undefined;
}

/**
 * The cursor's place in front matter of the syntaxes the generator reads (YAML only by default; a `+++` block is
 * no front matter to Jekyll), with the syntax to write completions in.
 */
export function cursorPlaceAny(
  text: string,
  line: number,
  character: number,
  syntaxes: readonly ('yaml' | 'toml')[] = ['yaml'],
  wordKeys?: readonly string[],
): { readonly place: CursorPlace; readonly syntax: 'yaml' | 'toml' } | undefined {
  const yaml = syntaxes.includes('yaml') ? cursorPlace(text, line, character, wordKeys) : undefined;
  if (yaml !== undefined) return { place: yaml, syntax: 'yaml' };
  const toml = syntaxes.includes('toml') ? tomlCursorPlace(text, line, character) : undefined;
  return toml === undefined ? undefined : { place: toml, syntax: 'toml' };
}
