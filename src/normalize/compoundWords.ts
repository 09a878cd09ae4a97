import { COMPOUND_ARTICLES, COMPOUND_HEADS } from './stopWords.data.js';

// Every head with every article after it, as one word writes them: abdal, abdul, abdur, …
const WRITTEN_TOGETHER = Object.keys(COMPOUND_HEADS).flatMap((head) => [...COMPOUND_ARTICLES].map((a) => head + a));

/**
 * Whether a word writes a compound head, its article and at least two letters of the name after them as one word
 * (عبدالرحمان, romanized abdalrhman): the compound a list may write as one word (ABDULRAHMAN) or as two (ABDUL
 * REHMAN). See COMPOUND_HEADS and COMPOUND_ARTICLES.
 *
 * @example
 * writesCompound('abdalrhman'); // true
 * writesCompound('abdal'); // false: no name after the article
 */
export function writesCompound(word: string): boolean {
  for (const start of WRITTEN_TOGETHER) if (word.length >= start.length + 2 && word.startsWith(start)) return true;
  return false;
}
