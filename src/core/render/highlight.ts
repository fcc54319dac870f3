/**
 * Code highlighting with highlight.js core and a set of common languages (the full build is ten times
 * larger). Aliases Jekyll writers use with Rouge map onto these. Unknown languages are escaped, not guessed.
 */
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import c from 'highlight.js/lib/languages/c';
import cpp from 'highlight.js/lib/languages/cpp';
import csharp from 'highlight.js/lib/languages/csharp';
import css from 'highlight.js/lib/languages/css';
import diff from 'highlight.js/lib/languages/diff';
import dockerfile from 'highlight.js/lib/languages/dockerfile';
import go from 'highlight.js/lib/languages/go';
import ini from 'highlight.js/lib/languages/ini';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import kotlin from 'highlight.js/lib/languages/kotlin';
import markdown from 'highlight.js/lib/languages/markdown';
import plaintext from 'highlight.js/lib/languages/plaintext';
import python from 'highlight.js/lib/languages/python';
import ruby from 'highlight.js/lib/languages/ruby';
import rust from 'highlight.js/lib/languages/rust';
import scss from 'highlight.js/lib/languages/scss';
import shell from 'highlight.js/lib/languages/shell';
import sql from 'highlight.js/lib/languages/sql';
import swift from 'highlight.js/lib/languages/swift';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';
import yaml from 'highlight.js/lib/languages/yaml';
import { escapeHtml } from './escape';

const LANGUAGES = {
  bash, c, cpp, csharp, css, diff, dockerfile, go, ini, java, javascript, json, kotlin, markdown,
  plaintext, python, ruby, rust, scss, shell, sql, swift, typescript, xml, yaml,
};

// hljs is a module-level registry; registering is idempotent, so doing it at load time is safe.
for (const [name, language] of Object.entries(LANGUAGES)) hljs.registerLanguage(name, language);
hljs.registerAliases(['liquid', 'html', 'erb', 'svg'], { languageName: 'xml' });
hljs.registerAliases(['console', 'sh', 'zsh', 'terminal'], { languageName: 'bash' });
hljs.registerAliases(['text', 'txt', 'plain'], { languageName: 'plaintext' });
hljs.registerAliases(['toml'], { languageName: 'ini' });

/** Highlighted HTML (hljs classes) of `code`, or the escaped code when the language is not known. */
export function highlightCode(code: string, lang: string): string {
  const name = lang.trim().toLowerCase();
  if (name !== '' && hljs.getLanguage(name) !== undefined) {
    try {
      return hljs.highlight(code, { language: name, ignoreIllegals: true }).value;
    } catch {
      // fall through to plain text
    }
  }
  return escapeHtml(code);
}

export type Highlighter = (code: string, lang: string) => string;

/**
 * A highlighter that remembers its last `maxEntries` results. While a writer types, the preview renders the same
 * post again and again and nearly every code block is unchanged: highlighting is most of a render's time.
 */
export function cachedHighlighter(maxEntries = 512): Highlighter {
  const cache = new Map<string, string>();
  return (code, lang) => {
    const key = `${lang}\u0000${code}`;
    const hit = cache.get(key);
    if (hit !== undefined) {
      // Map keeps insertion order: moving a hit to the end makes the first entry the least recently used.
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const html = highlightCode(code, lang);
    cache.set(key, html);
    if (cache.size > maxEntries) {
      const oldest = cache.keys().next().value;
      if (oldest !== undefined) cache.delete(oldest);
    }
    return html;
  };
}
