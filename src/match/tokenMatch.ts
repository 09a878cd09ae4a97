import type { TokenRelation } from '../model/screening.js';
import { phoneticKey } from '../normalize/normalizeName.js';
import { isTermKey } from '../normalize/phrases.js';
import type { NameIndex } from './nameIndex.js';
import { editDistance } from './stringSimilarity.js';
import { relationCode } from './tokenMatchTable.js';

const HAS_DIGIT = /\d/;

/** Whether a key may have typo and sound-alike neighbours: words do, numbers and codes with digits do not. */
export function isFuzzyKey(key: string): boolean {
  return !HAS_DIGIT.test(key);
}

/** How well one query token meets one list key. */
export interface TokenMatch {
  similarity: number;
  relation: TokenRelation;
}

/**
 * How many letter edits a token of this length may carry and still be the same name: none for short
 * tokens (ALI / ALY, YANG / JANG, BELL / BELLA are different names), one for 5–7 letters, two from 8,
 * three from 12. Two edits in a six-letter name (MATALY / MAALIN) already make another name.
 */
export function allowedEdits(length: number): number {
  if (length <= 4) return 0;
  if (length <= 7) return 1;
  if (length <= 11) return 2;
  return 3;
}

/** Similarity of two words that differ in letters but sound alike (a weak signal on its own). */
export const PHONETIC_SIMILARITY = 0.7;

/**
 * Similarity of two words `edits` letter edits apart: each edit costs more in a short word than in a long one
 * (one edit in SALAZAR is 0.78, in KOZLOVSKY 0.82, in a 14-letter word 0.88), and a different first letter,
 * where typists rarely slip, costs a little more. Never above 0.9: a typo is never as good as the name.
 */
export function typoSimilarity(edits: number, longer: number, sameFirstLetter: boolean): number {
  const similarity = 1 - (edits * 2) / (longer + 2) - (sameFirstLetter ? 0 : 0.05);
  return Math.max(0.4, Math.min(0.9, similarity));
}

/**
 * Similarity of two romanization keys with the relation that explains it, or undefined when they are
 * different names. Equal keys are 1; typos score by edit distance relative to length; phonetic agreement
 * alone scores {@link PHONETIC_SIMILARITY}. The phonetic keys may be passed when already known.
 */
export function compareKeys(
  a: string,
  b: string,
  sameText: boolean,
  soundOfA?: string,
  soundOfB?: string,
): TokenMatch | undefined {
  const match = spellingMatch(a, b, sameText);
  if (match !== undefined || !maySoundAlike(a, b)) return match;
  return (soundOfA ?? phoneticKey(a)) === (soundOfB ?? phoneticKey(b)) ? soundsAlike() : undefined;
}

/** {@link compareKeys} by spelling alone: equal keys, or a typo; undefined for anything else. */
function spellingMatch(a: string, b: string, sameText: boolean): TokenMatch | undefined {
  if (a === b) return { similarity: 1, relation: sameText ? 'exact' : 'spelling' };
  const shorter = Math.min(a.length, b.length);
  const allowed = allowedEdits(shorter);
  if (allowed === 0) return undefined;
  const d = editDistance(a, b, allowed);
  if (d > allowed) return undefined;
  return { similarity: typoSimilarity(d, Math.max(a.length, b.length), a[0] === b[0]), relation: 'typo' };
}

/** Whether two keys no typo apart may still sound alike: a sound-alike counts from five letters, same first letter. */
function maySoundAlike(a: string, b: string): boolean {
  return Math.min(a.length, b.length) >= 5 && a[0] === b[0];
}

const soundsAlike = (): TokenMatch => ({ similarity: PHONETIC_SIMILARITY, relation: 'phonetic' });

/** What the index knows of one query word, looked up once and remembered (see {@link tokenFacts}). */
export interface TokenFacts {
  /** The word's own key id, −1 when no list name carries the key. */
  id: number;
  /** The id of the word as written among the list names' words, −1 when no list name writes it so. */
  textId: number;
  /** Every list key the word may stand for: the key itself, typos, sound-alikes. */
  matchIds: readonly number[];
  /** The similarity of each of {@link matchIds}. */
  matchSimilarities: readonly number[];
  /** The relation code (see RELATION_CODES) of each of {@link matchIds}. */
  matchRelations: readonly number[];
  /**
   * The word's rarity weight: that of its key, or for a word the lists do not carry, that of the closest listed
   * word it may be a misspelling of (a typo of a common given name is as common as the name), or the full weight
   * of an unknown word when it is close to none.
   */
  weight: number;
}

/**
 * Every list key a query word may stand for, with its similarity: the key itself, the keys of the written
 * forms within a typo of the word or of its key (found through the one-deletion neighbourhoods, then verified
 * by edit distance), and its sound-alikes; with the word's ids and weight. One look-up per word: vendor files
 * and payment streams repeat their words endlessly, and a word's neighbours never change.
 */
export function tokenFacts(index: NameIndex, key: string, text = key): TokenFacts {
  const recent = index.recentLookups.get(text, key);
  if (recent) return recent;
  const cacheKey = text === key ? key : `${key}\u0000${text}`;
  const cached = index.lookups.get(cacheKey);
  if (cached) {
    index.recentLookups.set(text, cached, key);
    return cached;
  }
  const id = index.keyIdOf(key) ?? -1;
  const found = findNeighbours(index, key, text, id);
  let weight = index.unknownWeight;
  if (id >= 0) weight = index.weightOf(id);
  else {
    // Unknown here: the weight of the closest listed word it may stand for (the first, among equals).
    let best = -1;
    for (let k = 0; k < found.ids.length; k++) {
      if (best < 0 || found.similarities[k]! > found.similarities[best]!) best = k;
    }
    if (best >= 0) weight = index.weightOf(found.ids[best]);
  }
  const facts: TokenFacts = {
    id,
    textId: index.textIdOf(text) ?? -1,
    matchIds: remembered(found.ids),
    matchSimilarities: remembered(found.similarities),
    matchRelations: remembered(found.relations),
    weight,
  };
  index.lookups.set(cacheKey, facts);
  index.recentLookups.set(text, facts, key);
  return facts;
}

// A word with no neighbour (a third of a vendor file's words) shares one empty list.
const NONE: readonly number[] = Object.freeze([]);

/**
 * A list of similarities (numbers from 0 to 1) that V8 keeps as doubles however they are written: a list of 1s
 * alone (an exact key) would otherwise be laid out as small integers and a list with a 0.78 (a typo) as doubles, two
 * layouts, and the optimized code reading one was thrown away at the first list of the other.
 */
export function similarityList(...values: readonly number[]): number[] {
  const list = [0.5];
  list.length = 0;
  for (const v of values) list.push(v);
  return list;
}

/**
 * `list` as the look-up memory keeps it: an array grown by push holds room for 16 numbers, so the memory keeps an
 * exact copy instead (a million vendor rows meet ~37,000 distinct words; with three lists each, that room was
 * most of the memory's size).
 */
function remembered(list: number[]): readonly number[] {
  return list.length === 0 ? NONE : list.slice();
}

/**
 * Word look-ups an index remembers (see RecentMemory): the words still in use stay, the rest are looked up again.
 * A million vendor rows meet ~37,000 distinct words; a memory smaller than that looks many up again (a worker
 * screened 19% slower with 16,000 than with 50,000, alternating slices of 400,000 rows in one process). Kept as
 * exact-size lists, 40,000 look-ups cost a batch run ~8 MB of peak against 16,000 (0.474–0.477 against 0.467 GB).
 */
export const LOOKUP_CACHE_LIMIT = 40_000;

/** The list keys a word may stand for, in the order found, each once with its best match. */
interface Neighbours {
  ids: number[];
  similarities: number[];
  relations: number[];
}

// A word has a few neighbours (two on average): a linear search finds one faster than a Map is built.
function keep(found: Neighbours, id: number, match: TokenMatch): void {
  const at = found.ids.indexOf(id);
  if (at < 0) {
    found.ids.push(id);
    found.similarities.push(match.similarity);
    found.relations.push(relationCode(match.relation));
  } else if (match.similarity > found.similarities[at]!) {
    found.similarities[at] = match.similarity;
    found.relations[at] = relationCode(match.relation);
  }
}

/** The neighbours of a word: its key's own id `exact` (−1 when the lists lack the key), typos, sound-alikes. */
function findNeighbours(index: NameIndex, key: string, text: string, exact: number): Neighbours {
  const found: Neighbours = { ids: [], similarities: similarityList(), relations: [] };
  if (exact >= 0) keep(found, exact, { similarity: 1, relation: 'spelling' });
  // Numbers are not spelt: the 223rd and the 224th flight units are two listed parties, not a typo.
  if (!isFuzzyKey(key)) return found;
  const { forms } = index;
  // A business term's key names its group, not a word: GAS is "energy", and ENERGO, a slip of ENERGY, is not a
  // slip of GAS. Its typos and sound-alikes are looked for from the word as written only.
  const spelled = isTermKey(key) && text !== key ? text : key;
  const probes = spelled === key && text !== key && !text.includes(' ') ? [key, text] : [spelled];
  for (const probe of probes) {
    let sound: string | undefined;
    const count = forms.neighbours(probe);
    const candidates = forms.found;
    for (let c = 0; c < count; c++) {
      const formId = candidates[c]!;
      // Forms live packed in shared memory: each candidate is decoded once, and its sound made from that text.
      const form = forms.formOf(formId);
      let match = spellingMatch(probe, form, false);
      if (match === undefined && maySoundAlike(probe, form)) {
        sound ??= phoneticKey(probe);
        if (forms.soundOf(formId, form) === sound) match = soundsAlike();
      }
      if (match === undefined) continue;
      for (let k = forms.keyStart(formId); k < forms.keyStart(formId + 1); k++) {
        const id = forms.keyAt(k);
        if (id !== exact) keep(found, id, match);
      }
    }
  }
  // A sound-alike is a match from five letters only (see compareKeys): a shorter key's list is not read.
  if (spelled.length >= 5 && !spelled.includes(' ')) {
    const sound = phoneticKey(spelled);
    const list = index.soundList(sound);
    const from = list < 0 ? 0 : index.soundListStart(list);
    const to = list < 0 ? 0 : index.soundListStart(list + 1);
    if (to - from <= 200) {
      // Every key of the list sounds like this one: that is how the list is made.
      for (let at = from; at < to; at++) {
        const id = index.soundKeyAt(at);
        if (found.ids.includes(id) || !index.mayResemble(spelled, at)) continue;
        const match = compareKeys(spelled, index.keyOf(id), false, sound, sound);
        if (match) keep(found, id, match);
      }
    }
  }
  return found;
}
