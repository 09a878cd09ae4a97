/**
 * Words that join the parts of a name and identify no one: articles, prepositions, conjunctions in the
 * languages of the lists. Dropped before comparison ("BANK OF THE NORTH" = "NORTH BANK" apart from word order).
 */
// biome-ignore format: a reviewed table reads best one entry a line
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an', 'by', 'with',
  've', 'ile', 'und', 'et', 'de', 'des', 'du', 'la', 'le', 'les', 'del', 'der', 'die', 'das', 'dem',
  'da', 'do', 'dos', 'di', 'per', 'pour', 'fur',
]);

/**
 * Particles inside person names that lists write or omit at will: the Arabic article and kinship words
 * (AL-ZAWAHIRI / ZAWAHIRI, USAMA BIN LADIN / USAMA LADIN), Dutch and German nobiliary particles.
 */
// biome-ignore format: a reviewed table reads best one entry a line
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'bin', 'ibn', 'bint', 'ben', 'ould', 'van', 'von', 'de', 'del', 'della', 'dos', 'da', 'di',
]);

/**
 * Titles and honorifics written before a name (Mr, Dr, Sheikh, Haji, Mullah, General): they describe a person,
 * they do not identify one. Recognised only at the start of a name. Words that are also given or family names
 * somewhere (Amir, Syed, Tan, King, Major) are deliberately not here.
 */
// biome-ignore format: a reviewed table reads best one entry a line
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mister', 'madam', 'dr', 'doctor', 'prof', 'professor', 'sir', 'dame', 'lord', 'hon', 'rev',
  'sheikh', 'shaikh', 'shaykh', 'sheik', 'haji', 'hajji', 'hadji', 'alhaji', 'mullah', 'mulla', 'maulavi', 'mawlawi', 'maulvi',
  'maulana', 'qari', 'mufti',
  'general', 'gen', 'colonel', 'col', 'lieutenant', 'lt', 'maj', 'captain', 'capt', 'admiral', 'adm', 'brigadier',
  'brig', 'commander', 'cdr', 'sergeant', 'sgt', 'marshal', 'eng', 'engineer', 'dato', 'datuk', 'gospodin',
]);

/**
 * Arabic name elements that form one name with the article after them: ʿAbd al-Rahman is written "ABD AL
 * RAHMAN", "ABDUL RAHMAN", "ABDEL RAHMAN" and "ABDULRAHMAN". The head and its article are read as one word,
 * compared as the value given here.
 */
// biome-ignore format: a reviewed table reads best one entry a line
export const COMPOUND_HEADS: Readonly<Record<string, string>> = { abd: 'abdul' };

/**
 * Arabic names that close a compound with the article before them (SHIHAB AL-DIN, AZIZ AL-RAHMAN, ZIA AL-HAQ, SAIF
 * AL-ISLAM), which lists also write as one word, the article assimilated or kept (SHAHABUDDIN, AZIZIRAHMAN, ZIAULHAQ,
 * SAIFULISLAM).
 */
// biome-ignore format: a reviewed table reads best one entry a line
export const COMPOUND_TAILS: ReadonlySet<string> = new Set(['din', 'rahman', 'haq', 'islam']);

/** The assimilated forms of the Arabic article that follow a compound head (ABD AL-, ABD UR-, ABD AS-). */
// biome-ignore format: a reviewed table reads best one entry a line
export const COMPOUND_ARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ul', 'il', 'ur', 'ar', 'er', 'as', 'us', 'ad', 'an', 'at', 'az', 'ash', 'ush']);
