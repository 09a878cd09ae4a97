import { HOMOGLYPHS } from './homoglyphs.data.js';

const LATIN = /\p{Script=Latin}/u;
const LOOKALIKE_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const LOOKALIKE_LETTERS = /[\p{Script=Cyrillic}\p{Script=Greek}]/gu;
const LETTER = /\p{L}/gu;

function isAllLookalikes(word: string): boolean {
  for (const ch of word.match(LETTER) ?? []) {
    if (LATIN.test(ch)) continue;
    if (HOMOGLYPHS[ch] === undefined) return false;
  }
  return true;
}

/**
 * Replaces Cyrillic and Greek look-alike letters with the Latin letters they imitate, in names that are written
 * in Latin script: inside a word mixing scripts ("WАGNER" with a Cyrillic А), and in a word made only of
 * look-alikes when the rest of the name is Latin ("РМС Wagner" with Cyrillic Р, М, С). A name with no Latin
 * letter at all is left for transliteration, so "ВАГНЕР" still reads VAGNER.
 */
export function foldHomoglyphs(text: string): string {
  if (!LOOKALIKE_SCRIPT.test(text) || !LATIN.test(text)) return text;
  return text.replace(/\S+/g, (word) => {
    if (!LOOKALIKE_SCRIPT.test(word)) return word;
    if (!LATIN.test(word) && !isAllLookalikes(word)) return word;
    return word.replace(LOOKALIKE_LETTERS, (ch) => HOMOGLYPHS[ch] ?? ch);
  });
}
