import { deletionHashes, equalsWithout, wordHash } from './deletionHashes.js';
import { LEGAL_FORMS } from './legalForms.data.js';
import { romanizeKey } from './romanizeKey.js';
import { splitWords } from './splitWords.js';
import { StringFilter } from './stringFilter.js';
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
  /**
   * Every hash of either table: most words of a list are near no legal-form word, and their deletions' hashes are
   * turned away by a bit (8 KB, in cache) instead of a Map look-up each (a fifth of normalizing the OFAC set's names).
   */
  hashes: StringFilter;
}

/** The vocabulary of the legal forms' words, each read by `read` (to its key, or as written). */
function buildVocabulary(read: (word: string) => string): Vocabulary {
  const words = new Set<string>();
  for (const form of LEGAL_FORMS) {
    for (const variant of form.variants) {
      for (const word of splitWords(toAscii(variant)).map(read)) if (word.length >= MIN_LENGTH) words.add(word);
    }
  }
  const byDeletion = new Map<string, string>();
  for (const word of words) {
    for (const d of deletions(word)) {
      const seen = byDeletion.get(d);
      byDeletion.set(d, seen === undefined || seen === word ? word : '');
    }
  }
  const hashes = new StringFilter(16);
  const wordsByHash: ByHash<string> = new Map();
  for (const word of words) {
    const hash = wordHash(word);
    addByHash(wordsByHash, hash, word);
    hashes.addHash(hash);
  }
  const deletionsByHash: Vocabulary['deletionsByHash'] = new Map();
  for (const [deletion, word] of byDeletion) {
    const hash = wordHash(deletion);
    addByHash(deletionsByHash, hash, { deletion, word });
    hashes.addHash(hash);
  }
  return { words, wordsByHash, deletionsByHash, hashes };
}

const KEYS = buildVocabulary(romanizeKey);
/**
 * The words as written: a slip can make a key two edits away (LIITED has the key "lited", LIMITED "limited"; LIABILIY
 * "liabili", LIABILITY "liabiliti"), while the written words stay one apart.
 */
const WRITTEN = buildVocabulary((word) => word);

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

/** `list` with `word` added: a list is made only for a word's first reading (most words have none). */
function adding(list: string[] | undefined, word: string): string[] {
  if (list === undefined) return [word];
  list.push(word);
  return list;
}

// A word's hash and its deletions' (see deletionHashes), made for each look-up.
let probe = new Int32Array(32);

// A word's deletions are probed by hash (see deletionHashes): most words are near no legal-form word, and a look-up
// that builds no string allocates nothing but its answer.
function lookUp(vocabulary: Vocabulary, key: string): string | undefined {
  const { wordsByHash, deletionsByHash, hashes } = vocabulary;
  // A letter missing or a letter too many first: they are one edit for certain. Only then a letter replaced
  // or two swapped (the words share a deletion), which is looser.
  let insertedOrDropped: string[] | undefined;
  let replaced: string[] | undefined;
  probe = deletionHashes(key, probe);
  const hash = probe[0]!;
  if (hashes.mayHaveHash(hash)) {
    for (const { deletion, word } of deletionsByHash.get(hash) ?? []) {
      if (word && deletion === key) insertedOrDropped = adding(insertedOrDropped, word);
    }
  }
  for (let i = 0; i < key.length; i++) {
    const without = probe[i + 1]!;
    if (!hashes.mayHaveHash(without)) continue;
    for (const word of wordsByHash.get(without) ?? []) {
      if (equalsWithout(key, i, word)) insertedOrDropped = adding(insertedOrDropped, word);
    }
    for (const { deletion, word } of deletionsByHash.get(without) ?? []) {
      if (word && equalsWithout(key, i, deletion)) replaced = adding(replaced, word);
    }
  }
  const found = insertedOrDropped ?? replaced;
  return found === undefined ? undefined : single(found, key.charCodeAt(0));
}

/**
 * The key of the legal-form word a word is a one-letter slip of (LIABILIYT → liability, COMPNAY → company,
 * ORGANICHENNUOY → ogranichennoy), so that a misspelt legal form is still recognised as one and not taken for a
 * distinctive name: by its key, else as `written` (lower case). Only words of five letters or more, starting with the
 * same letter, with a single reading. Not remembered here: a word's reading is remembered with the rest of its facts
 * (see wordFacts).
 *
 * @example
 * legalFormWord('liabiliit'); // 'liabiliti'
 * legalFormWord('lited', 'liited'); // 'limited'
 */
export function legalFormWord(key: string, written = key): string | undefined {
  if (key.length < MIN_LENGTH || KEYS.words.has(key)) return undefined;
  const byKey = lookUp(KEYS, key);
  if (byKey !== undefined || written === key || written.length < MIN_LENGTH || WRITTEN.words.has(written)) return byKey;
  const word = lookUp(WRITTEN, written);
  return word === undefined ? undefined : romanizeKey(word);
}
