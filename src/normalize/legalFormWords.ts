import { equalsWithout, fnv1a, hashWithout } from './fnv1a.js';
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

/** Entries of a table by hash: a hash collision only adds an entry that the look-up's comparison rejects. */
type ByHash<T> = Map<number, T[]>;

function addByHash<T>(table: ByHash<T>, hash: number, entry: T): void {
  const entries = table.get(hash);
  if (entries === undefined) table.set(hash, [entry]);
  else entries.push(entry);
}

interface Vocabulary {
  words: Set<string>;
  /** The legal-form words, by hash. */
  wordsByHash: ByHash<string>;
  /**
   * Each one-letter deletion of a legal-form word, by hash, with the word it comes from; '' when two words share
   * it (the slip cannot be read, so it reads as neither).
   */
  deletionsByHash: ByHash<{ deletion: string; word: string }>;
}

function buildVocabulary(): Vocabulary {
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
      byDeletion.set(d, seen === undefined || seen === word ? word : '');
    }
  }
  const wordsByHash: ByHash<string> = new Map();
  for (const word of words) addByHash(wordsByHash, fnv1a(word), word);
  const deletionsByHash: Vocabulary['deletionsByHash'] = new Map();
  for (const [deletion, word] of byDeletion) addByHash(deletionsByHash, fnv1a(deletion), { deletion, word });
  return { words, wordsByHash, deletionsByHash };
}

const VOCABULARY = buildVocabulary();

/** The only word of `found` starting with `first`, if there is exactly one. */
function single(found: readonly string[], first: number): string | undefined {
  let only: string | undefined;
  for (const word of found) {
    if (word.charCodeAt(0) !== first || word === only) continue;
    if (only !== undefined) return undefined;
    only = word;
  }
  return only;
}

// A word's deletions are probed by hash (see hashWithout): most words are near no legal-form word, and a look-up
// that builds no string allocates nothing but its answer.
function lookUp(key: string): string | undefined {
  const { wordsByHash, deletionsByHash } = VOCABULARY;
  // A letter missing or a letter too many first: they are one edit for certain. Only then a letter replaced
  // or two swapped (the words share a deletion), which is looser.
  const insertedOrDropped: string[] = [];
  const replaced: string[] = [];
  for (const { deletion, word } of deletionsByHash.get(fnv1a(key)) ?? []) {
    if (word && deletion === key) insertedOrDropped.push(word);
  }
  for (let i = 0; i < key.length; i++) {
    const hash = hashWithout(key, i);
    for (const word of wordsByHash.get(hash) ?? []) if (equalsWithout(key, i, word)) insertedOrDropped.push(word);
    for (const { deletion, word } of deletionsByHash.get(hash) ?? []) {
      if (word && equalsWithout(key, i, deletion)) replaced.push(word);
    }
  }
  return single(insertedOrDropped.length > 0 ? insertedOrDropped : replaced, key.charCodeAt(0));
}

/**
 * The legal-form word a word is a one-letter slip of (LIABILIYT → liability, COMPNAY → company, ORGANICHENNUOY →
 * ogranichennoy), so that a misspelt legal form is still recognised as one and not taken for a distinctive
 * name. Only words of five letters or more, starting with the same letter, with a single reading. Not remembered
 * here: a word's reading is remembered with the rest of its facts (see wordFacts).
 *
 * @example
 * legalFormWord('liabiliit'); // 'liabiliti'
 */
export function legalFormWord(key: string): string | undefined {
  if (key.length < MIN_LENGTH || VOCABULARY.words.has(key)) return undefined;
  return lookUp(key);
}
