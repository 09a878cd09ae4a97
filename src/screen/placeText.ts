import anyAscii from 'any-ascii';

/** One word of a place text, with where it sits in the original string and its comparable forms. */
export interface PlaceToken {
  /** The word as written. */
  text: string;
  /** Offset of the word in the original string. */
  start: number;
  /** Offset just after the word. */
  end: number;
  /** Folded form: NFKC, lower case, apostrophes and diacritics removed; Latin letters reduced to ASCII. */
  key: string;
  /** Latin form: the transliteration for Cyrillic words, `key` for every other script. */
  latinKey: string;
  /** The word is written in Cyrillic. */
  cyrillic: boolean;
}

// A word is letters, digits and combining marks, and may hold apostrophes ("P'yŏngyang", "Donets'k").
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’ʼ`ʻ][\p{L}\p{N}\p{M}]+)*/gu;
const APOSTROPHES = /['’ʼ`ʻ]/g;
const MARKS = /\p{M}/gu;
const LATIN_WORD = /^[\p{Script=Latin}\p{N}\p{M}]+$/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

function asciiKey(text: string): string {
  return anyAscii(text)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The folded form of one word, so spellings meet: "Téhéran" → "teheran", "Qırım" → "qirim", "Севастополь" stays
 * Cyrillic ("севастополь"), Hangul and Arabic stay in their script without vowel marks.
 */
export function foldPlaceWord(word: string): string {
  const lower = word.normalize('NFKC').toLowerCase().replace(APOSTROPHES, '');
  if (LATIN_WORD.test(lower)) return asciiKey(lower);
  return lower.normalize('NFD').replace(MARKS, '').normalize('NFC');
}

/**
 * Splits a place text (an address line, a city, free text) into words with their folded and transliterated
 * forms. Punctuation and spaces separate words; nothing inside a word is dropped.
 */
export function tokenizePlaceText(text: string): PlaceToken[] {
  const tokens: PlaceToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index ?? 0;
    const key = foldPlaceWord(word);
    if (key === '') continue;
    const cyrillic = CYRILLIC.test(word);
    const latinKey = cyrillic ? asciiKey(word.normalize('NFKC')) || key : key;
    tokens.push({ text: word, start, end: start + word.length, key, latinKey, cyrillic });
  }
  return tokens;
}
