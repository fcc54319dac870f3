/**
 * The folders a Hugo 0.111 site draws on besides its content, as far as they can be known here: its templates
 * (the site's and its themes' `layouts`) and its static files (`static`, the themes'). Which shortcode names it has
 * templates for: Hugo's embedded ones and `layouts/shortcodes/NAME.*`. Hugo fails the build on a call to any other name ("template for shortcode … not
 * found") when it reads a page it builds. Where the templates cannot all be known (a theme that is not on the
 * machine, Hugo modules, a moved layouts folder, files not listed), nothing is said.
 */
import type { SiteFiles } from '../../lint/lintTypes';
import type { HugoSettings } from './hugoSettings';

/**
 * The shortcodes embedded in Hugo 0.111 (tpl/tplimpl/embedded/templates/shortcodes, as the binary holds them;
 * test/conformance/hugo/hugoShortcodeChecks.test.ts asks hugo that each builds and that nothing else does).
 */
export const HUGO_BUILTIN_SHORTCODES: ReadonlySet<string> = new Set([
  'figure', 'gist', 'highlight', 'instagram', 'instagram_simple', 'param', 'ref', 'relref',
  'tweet', 'twitter', 'twitter_simple', 'vimeo', 'vimeo_simple', 'youtube',
]);

/** Whether a shortcode name has a template on this site. */
export type ShortcodeLookup = (name: string) => boolean;

/**
 * The template roots Hugo looks in (the site's `layouts`, then each theme's), or undefined when unknowable. Theme
 * components named in a theme's own config are not followed (their text is not at hand here).
 */
function layoutRoots(settings: HugoSettings, files: SiteFiles): string[] | undefined {
  const raw = settings.raw;
  // Modules and mounts bring templates from elsewhere; a moved layouts folder is not modelled.
  if (raw['module'] !== undefined || raw['layoutdir'] !== undefined) return undefined;
  const themesDir = typeof raw['themesdir'] === 'string' ? raw['themesdir'].replace(/^\.\/|\/+$/g, '') : 'themes';
  const roots = ['layouts'];
  for (const theme of settings.theme) {
    // A theme named by a module path, or whose folder holds no file here (an unchecked-out submodule): unknown.
    if (theme.includes('/') || theme.includes('\\') || themesDir.startsWith('/') || themesDir.includes('..')) return undefined;
    const dir = `${themesDir}/${theme}`;
    if (!files.folders.has(dir)) return undefined;
    roots.push(`${dir}/layouts`);
  }
  return roots;
}

/**
 * The folders whose files `hugo` copies to the site's root: `staticDir` (`static`), then each theme's `static`;
 * undefined when they cannot all be known (the same cases as the templates, above).
 */
export function hugoStaticFolders(settings: HugoSettings, files: SiteFiles): string[] | undefined {
  const roots = layoutRoots(settings, files);
  if (roots === undefined) return undefined;
  const configured = settings.raw['staticdir'];
  const own = configured === undefined ? ['static'] : typeof configured === 'string' ? [configured] : undefined;
  if (own === undefined || own.some((d) => d.startsWith('/') || d.includes('..'))) return undefined;
  return [...own.map((d) => d.replace(/^\.\/|\/+$/g, '')), ...roots.slice(1).map((r) => r.replace(/\/layouts$/, '/static'))];
}

/** A lookup for the site, or undefined when the site's shortcode templates cannot all be known. */
export function shortcodeLookup(settings: HugoSettings, files: SiteFiles | undefined): ShortcodeLookup | undefined {
  if (files === undefined) return undefined;
  const roots = layoutRoots(settings, files);
  if (roots === undefined) return undefined;
  const answers = new Map<string, boolean>();
  const has = (name: string): boolean => {
    if (HUGO_BUILTIN_SHORTCODES.has(name)) return true;
    if (roots.some((r) => files.paths.has(`${r}/shortcodes/${name}.html`))) return true;
    // Variants by language or output format (`name.en.html`, `name.amp.html`, `name.json`): rarely needed, so the
    // listing is scanned only for a name not found above, once per name.
    const prefixes = roots.map((r) => `${r}/shortcodes/${name}.`);
    for (const p of files.paths) if (prefixes.some((prefix) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/'))) return true;
    return false;
  };
  return (name) => {
    let known = answers.get(name);
    if (known === undefined) answers.set(name, (known = has(name)));
    return known;
  };
}

/**
 * The embedded shortcodes whose template reads `.Inner` in Hugo 0.111, which must then be closed (`{{< /name >}}`)
 * or self-closed (`{{< name />}}`); test/conformance/hugo/hugoShortcodeChecks.test.ts asks hugo which they are.
 */
export const HUGO_INNER_SHORTCODES: ReadonlySet<string> = new Set(['highlight']);

/**
 * Whether Hugo renders a name with its embedded template (the site and its themes have none of that name), or
 * undefined when the site's templates cannot all be known.
 */
export function embeddedShortcodeLookup(settings: HugoSettings, files: SiteFiles | undefined): ShortcodeLookup | undefined {
  if (files === undefined) return undefined;
  const roots = layoutRoots(settings, files);
  if (roots === undefined) return undefined;
  const answers = new Map<string, boolean>();
  const embedded = (name: string): boolean => {
    if (!HUGO_BUILTIN_SHORTCODES.has(name)) return false;
    const prefixes = roots.map((r) => `${r}/shortcodes/${name}.`);
    for (const p of files.paths) if (prefixes.some((prefix) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/'))) return false;
    return true;
  };
  // The listing is scanned once per name, however often the name is called.
  return (name) => {
    let answer = answers.get(name);
    if (answer === undefined) answers.set(name, (answer = embedded(name)));
    return answer;
  };
}
