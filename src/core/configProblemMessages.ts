/**
 * The English text of the config problems that have a fixed wording, by stable code. Whoever shows them in the
 * editor looks the same text up in its l10n bundle (so the Korean lives there); the CLI prints the English. A
 * problem whose code is not here (a parser's message, say) is shown as its own message.
 */
export const CONFIG_PROBLEM_MESSAGES = {
  'config.eleventy.dir': 'A folder of `dir` is set by code in the config: Postcraft uses Eleventy\'s default for it, having never run the config',
  'config.eleventy.pathPrefix': '`pathPrefix` is set by code in the config: Postcraft uses Eleventy\'s default (/), having never run the config',
  'config.eleventy.markdownTemplateEngine': '`markdownTemplateEngine` is set by code in the config: Postcraft uses Eleventy\'s default (liquid), having never run the config',
  'config.eleventy.dateParsing': 'The config changes how dates are read (`addDateParsing`): Postcraft shows the dates Eleventy gives without it',
  'config.eleventy.frontMatterParsing': 'The config changes how front matter is parsed (`setFrontMatterParsingOptions`): Postcraft reads it as Eleventy does by default',
  'config.eleventy.codeData': 'This data file is code, which Postcraft never runs: only the plain literal values it holds are read',
} as const;

export type ConfigProblemCode = keyof typeof CONFIG_PROBLEM_MESSAGES;

/** The fixed English text of a config problem's code, or undefined when its message is its own. */
export function configProblemMessage(code: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(CONFIG_PROBLEM_MESSAGES, code) ? CONFIG_PROBLEM_MESSAGES[code as ConfigProblemCode] : undefined;
}
