/**
 * Where the general transliteration (any-ascii) romanizes a script differently from the way sanctions lists
 * spell names from it, the list's convention, applied before any-ascii. Keys are exact strings of the source
 * script; longer keys are tried first; a value padded with spaces stands as a word of its own. Reviewed as data, one block per script.
 */
export const SCRIPT_OVERRIDES: Readonly<Record<string, string>> = {
  // Greek: lists follow ELOT 743 ("Papadopoulos"), any-ascii spells ου as "oy" and μπ/ντ letter by letter.
  ου: 'ou',
  Ου: 'Ou',
  ΟΥ: 'OU',
  ού: 'ou',
  Ού: 'Ou',
  ΟΎ: 'OU',
  Μπ: 'B',
  ΜΠ: 'B',
  Ντ: 'D',
  ΝΤ: 'D',
  γγ: 'ng',
  γκ: 'gk',
  // Ukrainian Є and Ї as the national romanization writes them at the start of a word (YEHOR, YIZHAK).
  Є: 'Ye',
  Ї: 'Yi',
  // Korean: syllables as lists write them (McCune–Reischauer for the DPRK), not Revised Romanization; one word
  // each, like the other syllables.
  김: ' Kim ',
  리: ' Ri ',
  이: ' Ri ',
  박: ' Pak ',
  최: ' Choe ',
  정: ' Jong ',
  강: ' Kang ',
  조: ' Jo ',
  윤: ' Yun ',
  장: ' Jang ',
  한: ' Han ',
  은: ' Un ',
  일: ' Il ',
  성: ' Song ',
};
