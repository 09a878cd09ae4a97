import type { NameIndex } from './nameIndex.js';
import { similarityList, type TokenFacts } from './tokenMatch.js';
import { relationCode } from './tokenMatchTable.js';

/**
 * Similarity of a word written in Arabic script to a listed word with its consonants (see consonantSkeleton), by
 * how many consonants they share: a likely reading, not a spelling, since the script leaves vowels out (HASSAN and
 * HUSSEIN read alike), and the fewer the consonants, the more listed words read alike: 0.7 for one, 0.78 for two
 * (two names of two consonants each stay below the default threshold: ELENA and VITALIY are LN and TL), 0.85 for
 * three, 0.9 from four. Chosen on the UN list's names in Arabic script and the 5,734 Persian and Arabic names of
 * the batch bench's vendor file: with 0.75 and 0.8 for one and two consonants, 56.5% of the UN names and 0.9% of
 * the vendor names alerted; with these, 50.6% and 0.7% (0.8% since the ʿayn is romanized as A).
 */
export function skeletonSimilarity(consonants: number): number {
  return consonants >= 4 ? 0.9 : consonants === 3 ? 0.85 : consonants === 2 ? 0.78 : 0.7;
}

/** A one-consonant skeleton (علي ALI, العزاوي AL-AZZAWI) stands for listed words of at most this many letters. */
const SHORT_KEY = 5;

const TRANSLITERATION = relationCode('transliteration');

/**
 * A word of a name written in Arabic script, by its consonants (`skeleton`, see consonantSkeleton: محمد → MHMD),
 * with the listed words of the same consonants added to what its key matches (MUHAMMAD, MOHAMED, MAHMUD), each at
 * its {@link skeletonSimilarity}. A word no list carries weighs as the most common of them: a reading of several
 * names is only as distinctive as the most common one.
 */
export function withSkeletonMatches(index: NameIndex, skeleton: string, facts: TokenFacts): TokenFacts {
  const ids = skeleton === '' ? undefined : index.keysWithSkeleton(skeleton);
  if (ids === undefined) return facts;
  const similarity = skeletonSimilarity(skeleton.length);
  const matchIds = [...facts.matchIds];
  const matchSimilarities = similarityList(...facts.matchSimilarities);
  const matchRelations = [...facts.matchRelations];
  let weight = facts.id >= 0 || facts.matchIds.length > 0 ? facts.weight : Number.POSITIVE_INFINITY;
  for (const id of ids) {
    if (skeleton.length === 1 && index.keyOf(id).length > SHORT_KEY) continue;
    const at = matchIds.indexOf(id);
    if (at >= 0 && matchSimilarities[at]! >= similarity) continue;
    // A key the word's own look-up found less close (TKRITI, a typo of TIKRITI) is read as the transliteration.
    if (at >= 0) {
      matchSimilarities[at] = similarity;
      matchRelations[at] = TRANSLITERATION;
    } else {
      matchIds.push(id);
      matchSimilarities.push(similarity);
      matchRelations.push(TRANSLITERATION);
    }
    if (facts.id < 0) weight = Math.min(weight, index.weightOf(id));
  }
  if (weight === Number.POSITIVE_INFINITY) weight = facts.weight;
  // Laid out as the word's own facts are (the same properties in the same order): the analysis reads one kind of
  // object, and V8's code for it is not undone by the first name in Arabic script.
  return { id: facts.id, textId: facts.textId, matchIds, matchSimilarities, matchRelations, weight };
}
