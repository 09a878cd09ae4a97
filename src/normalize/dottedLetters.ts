import { NAME_PARTICLES, STOP_WORDS } from './stopWords.data.js';

/**
 * Three or more single letters, each but the last followed by a dot, all of them by a space or none: L.T.D., P.M.C,
 * J. R. R. (so that L.T.D. S.T.I. is two abbreviations). Two are left apart, as initials (V.V. TARASOV) and two-letter
 * legal forms (S.A., N.V.) are written either way.
 */
const DOTTED_LETTERS = /\b[A-Za-z](?:(?:\.[A-Za-z]\b){2,}|(?:\. [A-Za-z]\b){2,})\.?/g;

/**
 * An organisation's romanized name with its abbreviations spelt letter by letter written as one word: "P.M.C. Wagner"
 * reads PMC WAGNER, "A.Z.U. International L.T.D. S.T.I." AZU INTERNATIONAL LTD STI. Split at the dots, their letters
 * were words of one letter each, none of which met the listed name's words: "P.M.C. Wagner" found nothing. Runs of
 * two stay apart (see DOTTED_LETTERS), letters without dots too ("P M C"), and persons' names keep their initials.
 */
export function joinDottedLetters(romanized: string): string {
  return romanized.includes('.') ? romanized.replace(DOTTED_LETTERS, joined) : romanized;
}

/**
 * The letters of a dotted run as one word, unless they spell a word that joins the words of a name: D.E.S. is an
 * abbreviation, not the French DES, which weighs nothing (read so, D.E.S. DEFENSE ENGINEERING SOLUTIONS LTD met
 * every "Defense Engineering" at 0.88).
 */
function joined(run: string): string {
  const letters = run.replace(/[.\s]/g, '');
  const word = letters.toLowerCase();
  return STOP_WORDS.has(word) || NAME_PARTICLES.has(word) ? run : `${letters} `;
}

/**
 * Every way a phrase's runs of one-letter words may be written, dotted or spaced: "s a de c v" is also SA DE CV, SA DE
 * C V and S A DE CV (S.A. de C.V.), so that a legal form spelt letter by letter is read however its dots fall.
 */
export function letterRunSpellings(words: readonly string[]): string[][] {
  let spellings: string[][] = [[]];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const joinable = word.length === 1 && i > 0 && words[i - 1]!.length === 1;
    spellings = spellings.flatMap((s) => {
      const apart = [...s, word];
      return joinable ? [apart, [...s.slice(0, -1), s.at(-1)! + word]] : [apart];
    });
  }
  return spellings;
}
