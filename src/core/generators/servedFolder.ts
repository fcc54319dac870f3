/**
 * The one folder a generator copies to the site's root (Astro's `publicDir`, Docusaurus's `staticDirectories`), as
 * the config's literal value names it, or the default: undefined when the config sets it in a way not read here.
 */
export function configuredServedFolders(value: unknown, fallback: string): string[] | undefined {
  const list = value === undefined ? [fallback] : typeof value === 'string' ? [value] : Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value) : undefined;
  if (list === undefined || list.some((d) => d.startsWith('/') || d.includes('..') || /^[a-z]:/i.test(d))) return undefined;
  return list.map((d) => d.replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.').join('/'));
}
