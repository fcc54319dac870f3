/**
 * lodash 4.17's `kebabCase`, which Docusaurus uses for an inline tag's permalink and for a tags.yml key without
 * one: deburr Latin letters, drop apostrophes, split into words (lodash's ASCII or Unicode word rules), lower-case
 * each and join with `-`. Hangul and other scripts lodash has no case for stay as they are (`한글 태그` →
 * `한글-태그`). The regular expressions are lodash's own (MIT), composed the same way.
 */

const GROUPS =
  'ÀÁÂÃÄÅĀĂĄ=A àáâãäåāăą=a ÇĆĈĊČ=C çćĉċč=c ÐĎĐ=D ðďđ=d ÈÉÊËĒĔĖĘĚ=E èéêëēĕėęě=e ÌÍÎÏĨĪĬĮİ=I ìíîïĩīĭįı=i ' +
  'ÑŃŅŇŊ=N ñńņňŋ=n ÒÓÔÕÖØŌŎŐ=O òóôõöøōŏő=o ÙÚÛÜŨŪŬŮŰŲ=U ùúûüũūŭůűų=u ÝŶŸ=Y ýÿŷ=y Æ=Ae æ=ae Þ=Th þ=th ß=ss ' +
  'ĜĞĠĢ=G ĝğġģ=g ĤĦ=H ĥħ=h Ĵ=J ĵ=j Ķ=K ķĸ=k ĹĻĽĿŁ=L ĺļľŀł=l ŔŖŘ=R ŕŗř=r ŚŜŞŠ=S śŝşšſ=s ŢŤŦ=T ţťŧ=t Ŵ=W ' +
  "ŵ=w ŹŻŽ=Z źżž=z Ĳ=IJ ĳ=ij Œ=Oe œ=oe ŉ='n";

const DEBURRED: ReadonlyMap<string, string> = new Map(
  GROUPS.split(' ').flatMap((group) => {
    const [from = '', to = ''] = group.split('=');
    return [...from].map((ch): [string, string] => [ch, to]);
  }),
);

const reLatin = /[\xc0-\xd6\xd8-\xf6\xf8-\xff\u0100-\u017f]/g;
const rsAstralRange = '\\ud800-\\udfff';
const rsComboRange = '\\u0300-\\u036f\\ufe20-\\ufe2f\\u20d0-\\u20ff';
const rsDingbatRange = '\\u2700-\\u27bf';
const rsLowerRange = 'a-z\\xdf-\\xf6\\xf8-\\xff';
const rsBreakRange =
  '\\xac\\xb1\\xd7\\xf7' +
  '\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\xbf' +
  '\\u2000-\\u206f' +
  ' \\t\\x0b\\f\\xa0\\ufeff\\n\\r\\u2028\\u2029\\u1680\\u180e\\u2000\\u2001\\u2002\\u2003\\u2004\\u2005\\u2006\\u2007\\u2008\\u2009\\u200a\\u202f\\u205f\\u3000';
const rsUpperRange = 'A-Z\\xc0-\\xd6\\xd8-\\xde';
const rsVarRange = '\\ufe0e\\ufe0f';
const rsApos = "['\u2019]";
const rsBreak = `[${rsBreakRange}]`;
const rsCombo = `[${rsComboRange}]`;
const rsDigits = '\\d+';
const rsDingbat = `[${rsDingbatRange}]`;
const rsLower = `[${rsLowerRange}]`;
const rsMisc = `[^${rsAstralRange}${rsBreakRange}${rsDigits}${rsDingbatRange}${rsLowerRange}${rsUpperRange}]`;
const rsFitz = '\\ud83c[\\udffb-\\udfff]';
const rsModifier = `(?:${rsCombo}|${rsFitz})`;
const rsNonAstral = `[^${rsAstralRange}]`;
const rsRegional = '(?:\\ud83c[\\udde6-\\uddff]){2}';
const rsSurrPair = '[\\ud800-\\udbff][\\udc00-\\udfff]';
const rsUpper = `[${rsUpperRange}]`;
const rsZWJ = '\\u200d';
const rsMiscLower = `(?:${rsLower}|${rsMisc})`;
const rsMiscUpper = `(?:${rsUpper}|${rsMisc})`;
const rsOptContrLower = `(?:${rsApos}(?:d|ll|m|re|s|t|ve))?`;
const rsOptContrUpper = `(?:${rsApos}(?:D|LL|M|RE|S|T|VE))?`;
const reOptMod = `${rsModifier}?`;
const rsOptVar = `[${rsVarRange}]?`;
const rsOptJoin = `(?:${rsZWJ}(?:${[rsNonAstral, rsRegional, rsSurrPair].join('|')})${rsOptVar}${reOptMod})*`;
const rsOrdLower = '\\d*(?:1st|2nd|3rd|(?![123])\\dth)(?=\\b|[A-Z_])';
const rsOrdUpper = '\\d*(?:1ST|2ND|3RD|(?![123])\\dTH)(?=\\b|[a-z_])';
const rsSeq = rsOptVar + reOptMod + rsOptJoin;
const rsEmoji = `(?:${[rsDingbat, rsRegional, rsSurrPair].join('|')})${rsSeq}`;

const reApos = new RegExp(rsApos, 'g');
const reComboMark = new RegExp(rsCombo, 'g');
const reUnicodeWord = new RegExp(
  [
    `${rsUpper}?${rsLower}+${rsOptContrLower}(?=${[rsBreak, rsUpper, '$'].join('|')})`,
    `${rsMiscUpper}+${rsOptContrUpper}(?=${[rsBreak, rsUpper + rsMiscLower, '$'].join('|')})`,
    `${rsUpper}?${rsMiscLower}+${rsOptContrLower}`,
    `${rsUpper}+${rsOptContrUpper}`,
    rsOrdUpper,
    rsOrdLower,
    rsDigits,
    rsEmoji,
  ].join('|'),
  'g',
);
const reHasUnicodeWord = /[a-z][A-Z]|[A-Z]{2}[a-z]|[0-9][a-zA-Z]|[a-zA-Z][0-9]|[^a-zA-Z0-9 ]/;
// eslint-disable-next-line no-control-regex
const reAsciiWord = /[^\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+/g;

function deburr(text: string): string {
  return text.replace(reLatin, (ch) => DEBURRED.get(ch) ?? ch).replace(reComboMark, '');
}

function words(text: string): string[] {
  return (reHasUnicodeWord.test(text) ? text.match(reUnicodeWord) : text.match(reAsciiWord)) ?? [];
}

/** `_.kebabCase(text)` of lodash 4.17. */
export function lodashKebabCase(text: string): string {
  return words(deburr(text).replace(reApos, ''))
    .map((word) => word.toLowerCase())
    .join('-');
}

/** `_.capitalize(text)` of lodash 4.17: the first character upper-cased, the rest lower-cased. */
export function lodashCapitalize(text: string): string {
  const lower = text.toLowerCase();
  // lodash's upperFirst takes the first code point (astral characters are one).
  const first = lower.codePointAt(0);
  if (first === undefined) return '';
  const head = String.fromCodePoint(first);
  return head.toUpperCase() + lower.slice(head.length);
}
