/**
 * Jekyll's rules for the file an include names (lib/jekyll/tags/include.rb, 4.3): the name may hold only ASCII
 * word characters and `/ . - ( ) + ~ # @`, and never two of `.` and `/` in a row (so no `..`, `./` or `//`);
 * `include_relative` reads from the folder of the page being rendered (an include inside an include still reads
 * from the page's folder), joined as Ruby's File.join does, so a leading "/" stays inside that folder.
 */

const VALID_CHARS = /^[A-Za-z0-9_/.\-()+~#@]+$/;
const INVALID_SEQUENCE = /[./]{2,}/;

/** Whether Jekyll accepts `name` as an include's file (it stops the build otherwise). */
export function isValidIncludeName(name: string): boolean {
  return VALID_CHARS.test(name) && !INVALID_SEQUENCE.test(name);
}

/** Site path that `{% include_relative name %}` reads on the page at `pageSitePath` (a valid name). */
export function includeRelativePath(pageSitePath: string, name: string): string {
  const slash = pageSitePath.lastIndexOf('/');
  const dir = slash < 0 ? '' : pageSitePath.slice(0, slash);
  const file = name.replace(/^\/+/, '');
  return dir === '' ? file : `${dir}/${file}`;
}
