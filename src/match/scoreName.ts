import type { ExplanationStep } from '../model/screening.js';
import { alignTokens } from './alignTokens.js';
import { explainAlignment } from './explainAlignment.js';
import type { IndexedName, NameIndex } from './nameIndex.js';
import type { QueryName } from './queryName.js';
import { MIDDLE_NAME_WEIGHT, ROLE_WEIGHT } from './weights.js';

export { SPELLING_SIMILARITY } from './alignTokens.js';

/** A query word met at least this well counts its full weight as evidence (see evidence.ts). */
export const EVIDENT_SIMILARITY = 0.7;

/** What two different patronymics (VALERYEVICH / ALEKSANDROVICH) take off a person's name score. */
export const PATRONYMIC_CONFLICT = 0.15;

/** The name-level score of one list name against one query, with its explanation. */
export interface NameScore {
  score: number;
  queryCoverage: number;
  candidateCoverage: number;
  /** Weight of the distinctive (name) words of the query that were matched, similarity-weighted. */
  evidence: number;
  /** Every word of both names met its counterpart letter for letter, in the same script. */
  exact: boolean;
  steps: ExplanationStep[];
}

/**
 * Scores a query against one list name: aligns tokens one to one (any order; merged pairs such as
 * ABDULRAHMAN ≈ ABDUL RAHMAN; initials), then measures how much of each side's distinctive weight is covered.
 * Persons need both sides covered (missing middle names cost little, a different patronymic costs
 * {@link PATRONYMIC_CONFLICT}); organisations are judged mainly on the query side, since lists carry long
 * formal names and counterparties use short ones.
 */
export function scoreName(
  index: NameIndex,
  query: QueryName,
  name: IndexedName,
  isPerson: boolean,
  explain = true,
): NameScore {
  const qt = query.tokens;
  const ct = name.tokens;
  const alignment = alignTokens(query, name, isPerson);
  const { qUsed, cUsed } = alignment;
  let qTotal = 0;
  let qMatched = 0;
  let evidence = 0;
  for (let i = 0; i < qt.length; i++) {
    const q = qt[i]!;
    qTotal += q.weight;
    qMatched += q.weight * qUsed[i]!;
    // A word met by a typo still points at the listed word; the typo's doubt is in the score, not in the evidence.
    if (q.role === 'name') evidence += qUsed[i]! >= EVIDENT_SIMILARITY ? q.weight : q.weight * qUsed[i]!;
  }
  let cTotal = 0;
  let cMatched = 0;
  const cWeights = new Float32Array(ct.length);
  for (let j = 0; j < ct.length; j++) {
    const c = ct[j]!;
    let w = index.weightOf(c.id) * ROLE_WEIGHT[c.role];
    if (c.position === 'middle') w *= MIDDLE_NAME_WEIGHT;
    cWeights[j] = w;
    cTotal += w;
    cMatched += w * cUsed[j]!;
  }
  const queryCoverage = qTotal > 0 ? qMatched / qTotal : 0;
  const candidateCoverage = cTotal > 0 ? cMatched / cTotal : 0;
  const alpha = isPerson ? 0.5 : 0.65;
  let score = queryCoverage ** alpha * candidateCoverage ** (1 - alpha);
  // Explanations are built only for the matches returned: screening scores dozens of candidates per name.
  const steps = explain ? explainAlignment(query, name, alignment, { qTotal, cTotal, cWeights }) : [];

  if (isPerson) {
    const theirs = ct.find((c, j) => c.patronymic && cUsed[j] === 0);
    const ours = qt.find((q, i) => q.patronymic && qUsed[i] === 0);
    if (theirs && ours) {
      score = Math.max(0, score - PATRONYMIC_CONFLICT);
      steps.push({
        feature: 'patronymic',
        query: ours.text,
        candidate: theirs.text,
        effect: -PATRONYMIC_CONFLICT,
        note: 'patronymics differ: another father, most likely another person',
      });
    }
  }
  const unmatchedName =
    qt.some((q, i) => q.role === 'name' && qUsed[i] === 0) || ct.some((c, j) => c.role === 'name' && cUsed[j] === 0);
  const exact = alignment.pairs.length > 0 && alignment.pairs.every((p) => p.relation === 'exact') && !unmatchedName;
  return { score, queryCoverage, candidateCoverage, evidence, exact, steps };
}
