/**
 * The English text of every reason the preview gives on a placeholder (a Liquid tag or a Hugo shortcode it cannot
 * show), with `{0}`-style arguments. The preview looks the same template up in its l10n bundle, so the Korean text
 * lives there.
 */
export const PLACEHOLDER_MESSAGES = {
  nestedTooDeep: 'Includes nested deeper than {0}',
  refusedName: '{0} file "{1}": Jekyll refuses this name (only ASCII letters, digits and _/.-()+~#@, no ".." or "./")',
  includeMissing: '{0} file "{1}" not found',
  includeFailed: 'Error in {0}: {1}',
  noPost: 'No post named "{0}"',
  noFile: 'No file "{0}" in the site',
  unknownTag: 'Liquid tag "{0}" is not known to the preview',
  liquidError: 'Liquid: {0}',
  shortcodeByHugo: 'shortcode {0}: rendered by Hugo',
  shortcodeError: 'Hugo cannot read this shortcode: {0}',
  shortcodeInCode: 'Line {0}: Hugo runs the shortcode "{1}" even inside code; comment it out with /* */ inside its delimiters to show it as text',
  refNotFound: '{0} "{1}": no page of the site there',
  paramNotFound: 'Param "{0}" is neither in the front matter nor in the site params',
  embedNotLoaded: '{0}: Hugo embeds it from the web; the preview loads nothing from the web',
  rawHtmlOmitted: 'Raw HTML left out: Hugo renders it only with markup.goldmark.renderer.unsafe = true',
  tagPluginByHexo: 'tag plugin {0}: rendered by Hexo',
  mdxByDocusaurus: '{0}: rendered by Docusaurus (MDX)',
  mdxByAstro: '{0}: rendered by Astro (MDX)',
  truncateMarker: 'Truncate marker: the blog list shows the post up to here',
  imagePathVariable: 'Line {0}: the image path uses {1}, which this post does not set; Jekyll writes nothing there, so the image does not load',
  templateByEleventy: '{0} template: rendered by Eleventy, not by the preview',
} as const;

export type PlaceholderMessage = (typeof PLACEHOLDER_MESSAGES)[keyof typeof PLACEHOLDER_MESSAGES];

/** Fills a template's `{0}`, `{1}` … in the UI language; the core's default keeps the English. */
export type Localize = (template: PlaceholderMessage, ...args: (string | number)[]) => string;
