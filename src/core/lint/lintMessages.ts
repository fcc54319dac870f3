/**
 * The English text of every lint finding and fix, by stable code, with `{0}`-style arguments. The editor
 * looks the same template up in its l10n bundle (so the Korean text lives there); the CLI prints the English.
 */
export const LINT_MESSAGES = {
  'frontMatter.yaml': 'YAML error in the front matter: {0}',
  'frontMatter.unclosed': 'The front matter is never closed: add a line with --- after it',
  'frontMatter.language': 'Front matter in "{0}" is code, which Postcraft never runs',
  'frontMatter.notMapping': 'The front matter must be a mapping of "key: value" lines',
  'frontMatter.duplicateKey': 'Duplicate key "{0}": Jekyll keeps only the last value',
  'post.date': 'Invalid date "{0}": Jekyll stops the whole build on it',
  'post.dateMismatch': 'The date {0} differs from the date in the file name ({1}); Jekyll uses {0}, in the URL too',
  'post.future': 'Dated in the future ({0}): Jekyll skips this post until then unless _config.yml sets future: true',
  'post.imagePathVariable': '{0} is not set for this post (in its front matter or defaults): Jekyll writes nothing there, so the image path is broken',
  'post.layoutUnknown': 'Unknown layout "{0}": it is not in _layouts nor in the theme; Jekyll renders the post without a layout',
  'tag.comma': 'Tag "{0}" contains a comma: Jekyll splits tags on spaces, not on commas',
  'category.comma': 'Category "{0}" contains a comma: Jekyll splits categories on spaces, not on commas',
  'tag.variant': 'Tag "{0}" is written "{1}" elsewhere on this site (posts: {2}); Jekyll treats them as different tags',
  'category.variant': 'Category "{0}" is written "{1}" elsewhere on this site (posts: {2}); Jekyll treats them as different categories',
  'text.nfd': 'Decomposed (NFD) Korean: the generator reads it as different text from the same words typed normally (NFC)',
  'file.nfd': 'The file name is decomposed (NFD) Korean, as macOS sometimes writes it; links and URLs to it can break elsewhere',
  'yaml.bool11': '"{0}" means {1} to Jekyll (YAML 1.1) but the text "{0}" to YAML 1.2 tools; write {1}',
  'frontMatter.syntax': '{0} error in the front matter: {1}',
  'hugo.dateUnreadable': 'Hugo cannot read "{1}" as a date and ignores {0} without a word: the date falls back along [frontmatter], or to none (0001-01-01)',
  'hugo.taxonomyUndeclared': '"{0}" is not a taxonomy of this site ([taxonomies] does not declare it): Hugo keeps it as a page parameter and makes no term pages',
  'hugo.taxonomySingular': '"{0}" is the singular name of the taxonomy "{1}": Hugo reads terms from "{1}" only and keeps "{0}" as a page parameter',
  'hugo.termNotString': 'A term of "{0}" is not a string: Hugo files the page under the term "{1}"',
  'hugo.termDropped': 'A term of "{0}" is a list or a mapping: Hugo drops it',
  'hugo.termsMapping': '"{0}" is a mapping, not a list of terms: Hugo files the page under no term of it',
  'hugo.termComma': '"{0}" is a single term to Hugo, which never splits a string: write a list to file the page under several terms',
  'hugo.boolUnreadable': '{0} is "{1}", which Hugo cannot read as true or false: it takes false',
  'hugo.boolText': '{0} is "{1}", not a boolean: Hugo reads it as {2}; write {2}',
  'hugo.refNotFound': 'REF_NOT_FOUND: ref "{0}" names no page of the site, and hugo stops the build on it',
  'hugo.refNotBuilt': 'REF_NOT_FOUND: ref "{0}" names {1}, which hugo does not build (a draft, future or expired page), and hugo stops the build on it',
  'hugo.shortcodeNotFound': 'template for shortcode "{0}" not found: neither Hugo nor the site\'s layouts/shortcodes (or its theme\'s) has it, and hugo stops the build on it',
  'hugo.urlConflict': 'Duplicate target path: {0} is also where {1} is written; hugo writes one over the other without a word (hugo --printPathWarnings lists it)',
  'image.missing': 'The site has no image {0}: readers see a broken image (the build lets it through)',
  'image.noAlt': 'This image has no alt text: screen readers, and readers whose images do not load, get nothing in its place',
  'image.frontMatterMissing': '{0} names the image {1}, which the site does not have: the theme shows a broken image',
  'link.pageMissing': 'No post or page of the site is at {0}: readers who follow this link get a page that is not there (the build lets it through)',
  'link.fileMissing': 'The site has no file {0}: readers who follow this link get a page that is not there (the build lets it through)',
  'jekyll.postUrlMissing': 'Could not find post "{0}" in tag \'post_url\': no post of the site has that date and name, and Jekyll stops the build on it',
  'jekyll.postUrlNotBuilt': 'Could not find post "{0}" in tag \'post_url\': it names {1}, which Jekyll does not build now (a draft, future or unpublished post), and Jekyll stops the build on it',
  'jekyll.postUrlInvalid': 'Could not parse name of post "{0}" in tag \'post_url\': it must read YYYY-MM-DD-title, and Jekyll stops the build on it',
  'jekyll.includeMissing': 'Could not locate the included file \'{0}\' in {1}: Jekyll stops the build on it',
  'jekyll.linkMissing': 'Could not find document \'{0}\' in tag \'link\': the site has no such file, and Jekyll stops the build on it',
  'jekyll.linkNotBuilt': 'Could not find document \'{0}\' in tag \'link\': Jekyll does not build it now (a draft, future or unpublished post), and stops the build on it',
  'jekyll.liquidUnknownTag': 'Liquid syntax error: Unknown tag \'{0}\'; Jekyll stops the build on it',
  'jekyll.liquidUnexpectedOuter': 'Liquid syntax error: Unexpected outer \'{0}\' tag; Jekyll stops the build on it',
  'jekyll.liquidUnexpectedElse': 'Liquid syntax error: {0} tag does not expect \'else\' tag; Jekyll stops the build on it',
  'jekyll.liquidInvalidDelimiter': 'Liquid syntax error: \'{0}\' is not a valid delimiter for {1} tags. use {2}; Jekyll stops the build on it',
  'jekyll.liquidNeverClosed': 'Liquid syntax error: \'{0}\' tag was never closed; Jekyll stops the build on it, naming line {1}',
  'jekyll.liquidTagUnterminated': 'Liquid syntax error: Tag \'{0}\' was not properly terminated with %}; Jekyll stops the build on it',
  'jekyll.liquidVariableUnterminated': 'Liquid syntax error: Variable \'{0}\' was not properly terminated with }}; Jekyll stops the build on it',
  'jekyll.liquidHighlightSyntax': 'Liquid syntax error: Syntax Error in tag \'highlight\' while parsing the following markup: {0}. Valid syntax: highlight <lang> [linenos]; Jekyll stops the build on it',
  'jekyll.urlConflict': 'Conflict: {0} is also the destination of {1}; Jekyll writes one of them over the other',
  'jekyll.liquidUndefinedFilter': 'Liquid error: undefined filter {0}; with liquid: strict_filters in _config.yml, Jekyll stops the build on it',
  'jekyll.liquidRawArguments': 'Liquid syntax error: Syntax Error in \'raw\' - Valid syntax: raw; Jekyll stops the build on it',
  'hexo.postLinkMissing': 'Post not found: post_link {0}. No post or draft of the site has that slug or title, and Hexo stops the build on it',
  'hexo.postLinkEmpty': 'Post not found: post_link names no post, and Hexo stops the build on it',
  'docusaurus.brokenMarkdownLink': "Markdown link with URL {0} couldn't be resolved: no post of the blog is that file (Docusaurus rewrites .md links to the blog's own posts only), and docusaurus build reports it as onBrokenMarkdownLinks says",
  'docusaurus.brokenMarkdownImage': "Markdown image with URL {0} couldn't be resolved to an existing local image file: docusaurus build reports it as onBrokenMarkdownImages says (by default, the build fails)",
  'hugo.shortcodeUnclosed': 'shortcode "{0}" must be closed or self-closed: Hugo\'s own template reads its inner text, and hugo stops the build on it',
  'hugo.shortcodeNoInner': 'shortcode "{0}" does not evaluate .Inner or .InnerDeindent, yet a closing tag was provided: hugo stops the build on it',
  'jekyll.includeParams': "Invalid syntax for include tag: {0} Valid syntax: {% include file.ext param='value' param2='value' %}; Jekyll stops the build on it",
  'jekyll.includeFileName': "Invalid syntax for include tag. File contains invalid characters or sequences: {0} Valid syntax: {% include file.ext param='value' param2='value' %}; Jekyll stops the build on it",
} as const;

export const FIX_MESSAGES = {
  'fix.split': 'Split into {0}',
  'fix.useSpelling': 'Use "{0}"',
  'fix.nfc': 'Normalise to composed Korean (NFC)',
  'fix.renameNfc': 'Rename the file to composed Korean (NFC)',
  'fix.bool': 'Write {0}',
  'fix.quote': 'Keep it as text: "{0}"',
  'fix.dateFromName': 'Use the file name\'s date ({0})',
  'fix.layout': 'Use layout "{0}"',
  'fix.renameKey': 'Rename the key to "{0}"',
  'fix.postUrl': 'Use post "{0}"',
  'fix.image': 'Use "{0}"',
} as const;

export type LintCode = keyof typeof LINT_MESSAGES;
export type FixCode = keyof typeof FIX_MESSAGES;

/** `{0}`, `{1}`… replaced by the arguments, as vscode.l10n.t does. */
export function formatMessage(template: string, args: readonly string[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, i: string) => args[Number(i)] ?? whole);
}

export function lintMessage(code: LintCode, args: readonly string[]): string {
  return formatMessage(LINT_MESSAGES[code], args);
}

export function isLintCode(code: string): code is LintCode {
  return Object.prototype.hasOwnProperty.call(LINT_MESSAGES, code);
}
