import { HOMOGLYPHS } from './homoglyphs.data.js';

const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const GREEK = /\p{Script=Greek}/u;
const LOOKALIKE_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const LOOKALIKE_LETTERS = /[\p{Script=Cyrillic}\p{Script=Greek}]/gu;
const LATIN_LETTERS = /\p{Script=Latin}/gu;
const LETTER = /\p{L}/gu;

type LookalikeScript = 'Cyrillic' | 'Greek';

/**
 * The letter of each look-alike script that a Latin letter imitates, for names written in that script with a Latin
 * letter slipped in: the first of the table's rows for it (Е rather than Ё, І rather than Ї).
 */
const TWINS: Readonly<Record<LookalikeScript, ReadonlyMap<string, string>>> = (() => {
  const twins = { Cyrillic: new Map<string, string>(), Greek: new Map<string, string>() };
  for (const [letter, latin] of Object.entries(HOMOGLYPHS)) {
    const script = CYRILLIC.test(letter) ? twins.Cyrillic : twins.Greek;
    if (!script.has(latin)) script.set(latin, letter);
  }
  return twins;
})();

/**
 * Whether a letter belongs to its own script only: a Latin letter no Cyrillic or Greek letter imitates (G, R, D), or a
 * Cyrillic or Greek letter that imitates no Latin one (Г, Л, Я, Λ). Such a letter says which script a word is in.
 */
function isOwnLetter(letter: string): boolean {
  if (LATIN.test(letter)) return !TWINS.Cyrillic.has(letter) && !TWINS.Greek.has(letter);
  return LOOKALIKE_SCRIPT.test(letter) && HOMOGLYPHS[letter] === undefined;
}

/** How many of a text's letters are Latin, and how many of each side are letters of their own script only. */
function countLetters(text: string): { latin: number; ownLatin: number; ownOther: number } {
  let latin = 0;
  let ownLatin = 0;
  let ownOther = 0;
  for (const letter of text.match(LETTER) ?? []) {
    const isLatin = LATIN.test(letter);
    if (isLatin) latin++;
    if (isOwnLetter(letter)) {
      if (isLatin) ownLatin++;
      else ownOther++;
    }
  }
  return { latin, ownLatin, ownOther };
}

const toLatin = (word: string) => word.replace(LOOKALIKE_LETTERS, (letter) => HOMOGLYPHS[letter] ?? letter);

function toScript(word: string, script: LookalikeScript): string {
  return word.replace(LATIN_LETTERS, (letter) => TWINS[script].get(letter) ?? letter);
}

/** The look-alike script a word mixes with Latin, when it mixes only one. */
function lookalikeScriptOf(word: string): LookalikeScript | undefined {
  const cyrillic = CYRILLIC.test(word);
  if (cyrillic === GREEK.test(word)) return undefined;
  return cyrillic ? 'Cyrillic' : 'Greek';
}

/**
 * Undoes look-alike letters slipped into a name to defeat a byte comparison, in either direction. In a word that mixes
 * Latin with Cyrillic or Greek, the letters that belong to one script only decide: "WАGNER" (a Cyrillic А among G, N,
 * R) is Latin, and "ВАГНEР" (a Latin E beside Г) is Cyrillic, which transliteration then reads VAGNER, not BAGHEP. A word
 * whose letters are all look-alikes ("CМРЕ", "РМС") follows the rest of the name: Latin where the name has at least as
 * many letters of Latin's own as of the other script's ("РМС Wagner" reads PMC), else that script's ("ТОМАС ВАГНEР"
 * keeps TOMAS). A name with no Latin letter is left for transliteration, so "ВАГНЕР" still reads VAGNER.
 */
export function foldHomoglyphs(text: string): string {
  if (!LOOKALIKE_SCRIPT.test(text) || !LATIN.test(text)) return text;
  const name = countLetters(text);
  const readsLatin = name.ownLatin >= name.ownOther;
  return text.replace(/\S+/g, (word) => {
    if (!LOOKALIKE_SCRIPT.test(word)) return word;
    const letters = countLetters(word);
    if (letters.latin === 0) return letters.ownOther === 0 && readsLatin ? toLatin(word) : word;
    const script = lookalikeScriptOf(word);
    if (script === undefined || letters.ownLatin > 0) return toLatin(word);
    return letters.ownOther > 0 || !readsLatin ? toScript(word, script) : toLatin(word);
  });
}
