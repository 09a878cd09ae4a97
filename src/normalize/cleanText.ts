/**
 * Characters that render as nothing: zero-width spaces and joiners, the soft hyphen, bidirectional marks and
 * isolates, the byte-order mark, variation selectors, Hangul fillers. Evaders insert them inside a listed name
 * ("Wag\u200Bner") so that it no longer equals the list's spelling; screening must see through them.
 */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;

/** Control characters (tabs and line breaks included) become spaces: they separate words, they are not letters. */
const CONTROL = /[\p{Cc}\p{Zl}\p{Zp}]/gu;

/**
 * The first step of every comparison: drops invisible characters, turns control characters into spaces, and
 * applies Unicode NFKC so compatibility forms meet their plain letters (full-width "Ｗａｇｎｅｒ", the ligature
 * "ﬁ", superscripts). Pure and idempotent.
 *
 * @example
 * cleanText('Wag\u200Bner\u00AD'); // 'Wagner'
 */
export function cleanText(text: string): string {
  return text.replace(INVISIBLE, '').replace(CONTROL, ' ').normalize('NFKC').replace(INVISIBLE, '');
}
