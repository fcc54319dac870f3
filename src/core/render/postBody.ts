/** The body of a post from file line `line` on (a BOM at the file's start dropped), with "\n" line ends. */
export function bodyFrom(text: string, line: number): string {
  let at = 0;
  for (let i = 0; i < line && at >= 0; i++) at = text.indexOf('\n', at) + 1 || -1;
  const body = at < 0 ? '' : text.slice(at);
  return (line === 0 ? body.replace(/^\uFEFF/, '') : body).replace(/\r\n?/g, '\n');
}
