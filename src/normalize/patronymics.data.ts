/**
 * Endings of patronymics (a name formed from the father's: VALERYEVICH, VIKTOROVNA, RYHOROVICH, ALIYEV OGLU),
 * as romanized from Russian, Belarusian, Ukrainian and Turkic names. Lists carry a patronymic that
 * counterparties leave out, in any position ("LUKASHENKO Alexander Ryhorovich"), so a patronymic missing from
 * the other name costs little. Tested against the words of the romanization rules' output (kh → h, y → i).
 */
export const PATRONYMIC_ENDINGS: readonly RegExp[] = [
  /.{3}(?:o|e|ie|i)vi(?:c|ch)$/,
  /.{3}(?:o|e|ie|i)vn(?:a|ia)$/,
  /.{3}ovich$/,
  /.{3}ichna$/,
];

/** Whole words that mark a patronymic in Turkic names (MAMMAD OGLU, ALI KYZY). */
export const PATRONYMIC_WORDS: ReadonlySet<string> = new Set(['oglu', 'ogli', 'ogly', 'kizi', 'kyzy', 'qizi', 'gizi']);

/** The suffix that turns a father's name into a patronymic, to find the father's name (VALERYEVICH → valer). */
export const PATRONYMIC_SUFFIX = /(?:ie|i|o|e)?vi(?:c|ch)$|(?:ie|i|o|e)?vn(?:a|ia)$|ichna$/;
