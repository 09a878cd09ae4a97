import type { ExplanationStep } from '../model/screening.js';
import type { NameScore } from './scoreName.js';

/**
 * A name alone may alert only when its matched words would, by chance, be carried together by fewer than this
 * many listed parties. Token weights are inverse document frequencies on a log scale (weight w ⇔ about
 * (N+1)^(1−w) parties carry the word), so the rule reads as a minimum total weight that depends on the size of
 * the lists: {@link minimumEvidence}.
 */
export const MAX_CHANCE_MATCHES = 5;

/**
 * The total weight the matched distinctive words must carry for `entityCount` listed parties: 0.83 for the
 * OFAC and UN lists together (16,000 parties: one word carried by at most 5 of them, or two common ones like
 * IVANOV and ALEKSANDR), 0.59 for a 51-entity watchlist. Below it the name rests on common words ("UNITED",
 * "FEDERAL", "MOHAMMED ALI").
 */
export function minimumEvidence(entityCount: number): number {
  const required = 1 - Math.log(MAX_CHANCE_MATCHES) / Math.log(Math.max(2, entityCount) + 1);
  return Math.min(0.9, Math.max(0.3, required));
}

/** The score a name resting on common words is held at: below the default threshold, visible for review. */
export const LOW_EVIDENCE_CAP = 0.75;

/** A name score this high means the whole name matched: the common words are then the listed name itself. */
export const NEAR_EXACT = 0.97;

/**
 * Holds a score that rests on common words below the default threshold, unless the name matched nearly whole
 * or other evidence corroborates it; says so in the explanation, when one is being written (screening scores
 * most candidates without one).
 */
export function applyEvidenceRule(
  name: Pick<NameScore, 'score' | 'evidence'>,
  score: number,
  corroborated: boolean,
  minEvidence: number,
  explanation: ExplanationStep[] | undefined,
): number {
  if (name.evidence >= minEvidence || name.score >= NEAR_EXACT || corroborated || score <= LOW_EVIDENCE_CAP) {
    return score;
  }
  if (explanation === undefined) return LOW_EVIDENCE_CAP;
  const round = (x: number) => Math.round(x * 100) / 100;
  explanation.push({
    feature: 'evidence',
    effect: -round(score - LOW_EVIDENCE_CAP),
    note: `only common words match (distinctive weight ${round(name.evidence)} < ${round(minEvidence)}) and no date of birth or identifier corroborates them; held at ${LOW_EVIDENCE_CAP}`,
  });
  return LOW_EVIDENCE_CAP;
}
