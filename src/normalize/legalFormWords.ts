import { LEGAL_FORMS } from './legalForms.data.js';
import { romanizeKey } from './romanizeKey.js';
import { splitWords } from './splitWords.js';
import { toAscii } from './transliterate.js';

// Shorter words (LTD, CO, OOO) are too close to other words for a one-letter slip to be read as them.
const MIN_LENGTH = 5;

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function buildVocabulary(): { words: Set<string>; byDeletion: Map<string, string> } {
  const words = new Set<string>();
  for (const form of LEGAL_FORMS) {
    for (const variant of form.variants) {
      for (const word of splitWords(toAscii(variant)).map(romanizeKey)) if (word.length >= MIN_LENGTH) words.add(word);
    }
  }
  const byDeletion = new Map<string, string>();
  for (const word of words) {
    for (const d of deletions(word)) {
      const seen = byDeletion.get(d);
      // Two legal-form words one slip from the same string: the slip cannot be read, so it reads as neither.
      byDeletion.set(d, seen === undefined || seen === word ? word : '');
    }
  }
  return { words, byDeletion };
}

const VOCABULARY = buildVocabulary();
const cache = new Map<string, string | undefined>();
const CACHE_LIMIT = 100_000;

const single = (found: Set<string>, first: string | undefined): string | undefined => {
  const [only, ...others] = [...found].filter((w) => w[0] === first);
  return only !== undefined && others.length === 0 ? only : undefined;
};

function lookUp(key: string): string | undefined {
  const { words, byDeletion } = VOCABULARY;
  // A letter missing or a letter too many first: they are one edit for certain. Only then a letter replaced
  // or two swapped (the words share a deletion), which is looser.
  const insertedOrDropped = new Set<string>();
  const replaced = new Set<string>();
  const direct = byDeletion.get(key);
  if (direct) insertedOrDropped.add(direct);
  for (const d of deletions(key)) {
    if (words.has(d)) insertedOrDropped.add(d);
    const w = byDeletion.get(d);
    if (w) replaced.add(w);
  }
  if (insertedOrDropped.size > 0) return single(insertedOrDropped, key[0]);
  return single(replaced, key[0]);
}

/** Forgets the readings remembered so far (see {@link forgetNormalizedWords}). */
export function forgetLegalFormWords(): void {
  cache.clear();
}

/**
 * The legal-form word a word is a one-letter slip of (LIABILIYT → liability, COMPNAY → company, ORGANICHENNUOY →
 * ogranichennoy), so that a misspelt legal form is still recognised as one and not taken for a distinctive
 * name. Only words of five letters or more, starting with the same letter, with a single reading.
 *
 * @example
 * legalFormWord('liabiliit'); // 'liabiliti'
 */
export function legalFormWord(key: string): string | undefined {
  if (key.length < MIN_LENGTH || VOCABULARY.words.has(key)) return undefined;
  if (cache.has(key)) return cache.get(key);
  const word = lookUp(key);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, word);
  return word;
}
