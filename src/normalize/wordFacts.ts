import { legalFormWord } from './legalFormWords.js';
import { type Phrase, phrasesStartingWith } from './phrases.js';
import { RecentCache } from './recentCache.js';
import { romanizeKey } from './romanizeKey.js';
import { COMPOUND_ARTICLES, COMPOUND_HEADS, HONORIFICS, NAME_PARTICLES, STOP_WORDS } from './stopWords.data.js';

/** What the normalization tables say about one lower-case ASCII word, looked up once and remembered. */
export interface WordFacts {
  /** The comparison key (see romanizeKey). */
  key: string;
  /** The key with a one-letter slip of a legal-form word corrected (see legalFormWord), for organisations. */
  formKey: string;
  /** Legal forms and organisation terms that start with this word (by {@link formKey}), longest first. */
  phrases: readonly Phrase[] | undefined;
  honorific: boolean;
  /** A particle inside person names (AL, BIN, VON). */
  particle: boolean;
  stopWord: boolean;
  /** The key of the compound this word heads with an article after it (ABD AL-RAHMAN), if any. */
  compoundHead: string | undefined;
  /** An assimilated Arabic article that may follow a compound head (AL, UR, AS). */
  compoundArticle: boolean;
}

// The same few thousand words are normalized over and over (every list name at build time, every screened name
// after); what the tables say of a word never changes, so it is looked up once. Bounded so that a stream of
// random input cannot grow it without limit.
const CACHE_LIMIT = 200_000;
const cache = new Map<string, WordFacts>();
const recent = new RecentCache<WordFacts>();
// A Map, not the record itself: looking a fresh string up as an object property first interns it, a look-up in
// the engine's table of every string.
const COMPOUND_HEAD = new Map(Object.entries(COMPOUND_HEADS));

function lookUp(word: string): WordFacts {
  const key = romanizeKey(word);
  const formKey = legalFormWord(key, word) ?? key;
  const head = COMPOUND_HEAD.get(word);
  return {
    key,
    formKey,
    phrases: phrasesStartingWith(formKey),
    honorific: HONORIFICS.has(word),
    particle: NAME_PARTICLES.has(word),
    stopWord: STOP_WORDS.has(word),
    compoundHead: head === undefined ? undefined : romanizeKey(head),
    compoundArticle: COMPOUND_ARTICLES.has(word),
  };
}

/**
 * Everything the normalization tables say about one word (its comparison key, legal-form reading, whether it is
 * a title, particle, stop word or compound head), in one look-up.
 *
 * @example
 * wordFacts('ooo').phrases?.[0]?.compare; // 'llc'
 */
export function wordFacts(word: string): WordFacts {
  let facts = recent.get(word);
  if (facts !== undefined) return facts;
  facts = cache.get(word);
  if (facts === undefined) {
    facts = lookUp(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, facts);
  }
  recent.set(word, facts);
  return facts;
}

/**
 * Forgets every word the normalization tables were asked about (its facts: comparison key, legal-form reading, …):
 * for a thread that normalized a whole list once and will normalize little more, such as a batch run's calling
 * thread once its workers hold the index (some 60,000 words on every list of ../shared, several MB). Results never
 * change: a word asked about again is looked up again.
 */
export function forgetNormalizedWords(): void {
  cache.clear();
  recent.clear();
}
