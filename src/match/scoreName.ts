import type { ExplanationStep } from '../model/screening.js';
import { Aligner } from './alignTokens.js';
import { explainAlignment } from './explainAlignment.js';
import type { NameIndex } from './nameIndex.js';
import {
  NAME_COUNTS,
  NAME_HEADER,
  NAME_ROLE,
  PATRONYMIC,
  TOKEN_FIELDS,
  TOKEN_META,
  TOKEN_TEXT,
  TOKEN_WEIGHT,
} from './packedNames.js';
import type { QueryName } from './queryName.js';
import { skeletonSimilarity } from './skeletonMatches.js';
import { listTokenWeight } from './weights.js';

export { SPELLING_SIMILARITY } from './alignTokens.js';

/** A query word met at least this well counts its full weight as evidence (see evidence.ts). */
export const EVIDENT_SIMILARITY = 0.7;

/** What two different patronymics (VALERYEVICH / ALEKSANDROVICH) take off a person's name score. */
export const PATRONYMIC_CONFLICT = 0.15;

/** How much of an organisation's name score the query's coverage decides (a person's is an even 0.5). */
const ORGANISATION_QUERY_SIDE = 0.65;

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
 * What a person's name in Arabic script gains when its words and the listed name's correspond one to one, in the
 * same order, across scripts (see QueryName.mayCorrespond). Each word's reading is a guess capped by its consonants
 * (see skeletonSimilarity), but three words or more all meeting the listed name's, in order, are more than the sum
 * of their guesses. Chosen on the UN list's 395 names in Arabic script (50.6% alerted without it, 57.5% with it)
 * against 1,500 innocent names in Arabic script and the batch bench's 5,749 distinct Persian and Arabic vendor names,
 * on which no name alerts that did not before (with two words enough, 9 of the vendor names more did).
 */
export const CORRESPONDENCE_BONUS = 0.05;

/** No name in Arabic script scores above this by correspondence: a word's best reading (see skeletonSimilarity). */
const CORRESPONDENCE_CAP = skeletonSimilarity(Number.POSITIVE_INFINITY);

// The steps of a name scored without its explanation: none, and never added to.
const NO_STEPS: ExplanationStep[] = [];

// What a name scored without its explanation returns: one object, refilled by every such call.
const SCRATCH: NameScore = {
  score: 0,
  queryCoverage: 0,
  candidateCoverage: 0,
  evidence: 0,
  exact: false,
  steps: NO_STEPS,
};

// Screening is synchronous, so one aligner serves every call: its scratch arrays are reused, never shared
// between two calls in flight.
const aligner = new Aligner();

/**
 * A name score from how much of each side's weight is met: persons weigh both sides alike, organisations mainly
 * the query's (see {@link scoreName}). Rising in both coverages, so coverages that can only be too high give a
 * score no lower than the name's (see CandidateFinder).
 */
export function coverageScore(queryCoverage: number, candidateCoverage: number, isPerson: boolean): number {
  // The square root is the 0.5th power, exactly and faster.
  return isPerson
    ? Math.sqrt(queryCoverage) * Math.sqrt(candidateCoverage)
    : queryCoverage ** ORGANISATION_QUERY_SIDE * candidateCoverage ** (1 - ORGANISATION_QUERY_SIDE);
}

/**
 * Scores a query against list name `n` of the index: aligns tokens one to one (any order; merged pairs such as
 * ABDULRAHMAN ≈ ABDUL RAHMAN; initials), then measures how much of each side's distinctive weight is covered.
 * Persons need both sides covered (missing middle names cost little, a different patronymic costs
 * {@link PATRONYMIC_CONFLICT}); organisations are judged mainly on the query side, since lists carry long
 * formal names and counterparties use short ones. Without `explain`, the result is one object refilled by the
 * next such call: screening scores dozens of candidates a query and keeps a few numbers of each.
 */
export function scoreName(index: NameIndex, query: QueryName, n: number, isPerson: boolean, explain = true): NameScore {
  const qt = query.tokens;
  const { names, nameFloats } = index;
  const t0 = index.nameOffset[n]! + NAME_HEADER;
  const ct = names[t0 - NAME_HEADER + NAME_COUNTS]! & 0xffff;
  aligner.align(index, query, n, isPerson);
  const { qUsed, cUsed } = aligner;
  let qTotal = 0;
  let qMatched = 0;
  let evidence = 0;
  let unmatchedName = false;
  let oursUnmatched = -1;
  for (let i = 0; i < qt.length; i++) {
    const q = qt[i]!;
    const used = qUsed[i]!;
    qTotal += q.weight;
    qMatched += q.weight * used;
    if (q.role === 'name') {
      // A word met by a typo still points at the listed word; the typo's doubt is in the score, not in the evidence.
      evidence += used >= EVIDENT_SIMILARITY ? q.weight : q.weight * used;
      if (used === 0) unmatchedName = true;
    }
    if (oursUnmatched < 0 && q.patronymic && used === 0) oursUnmatched = i;
  }
  let cTotal = 0;
  let cMatched = 0;
  let theirsUnmatched = -1;
  const cWeights = explain ? new Float32Array(ct) : undefined;
  for (let j = 0, t = t0; j < ct; j++, t += TOKEN_FIELDS) {
    const meta = names[t + TOKEN_META]!;
    const w = listTokenWeight(nameFloats[t + TOKEN_WEIGHT]!, meta);
    if (cWeights) cWeights[j] = w;
    const used = cUsed[j]!;
    cTotal += w;
    cMatched += w * used;
    if (used === 0) {
      if ((meta & 0xff) === NAME_ROLE) unmatchedName = true;
      if (theirsUnmatched < 0 && (meta >>> 8) & PATRONYMIC) theirsUnmatched = j;
    }
  }
  const queryCoverage = qTotal > 0 ? qMatched / qTotal : 0;
  const candidateCoverage = cTotal > 0 ? cMatched / cTotal : 0;
  let score = coverageScore(queryCoverage, candidateCoverage, isPerson);
  const exact = aligner.allExact() && !unmatchedName;
  // Explanations are built only for the matches returned: screening scores dozens of candidates per name.
  const steps: ExplanationStep[] = explain ? [] : NO_STEPS;
  if (cWeights) {
    const alignment = aligner.alignment(qt.length, ct);
    steps.push(...explainAlignment(query, index.view(n), alignment, { qTotal, cTotal, cWeights }));
  }
  // Every word of both names met, in the same order, the listed name in another script.
  if (isPerson && query.mayCorrespond && !unmatchedName && !aligner.sameScript && aligner.inOrder(qt.length)) {
    const raised = Math.min(CORRESPONDENCE_CAP, score + CORRESPONDENCE_BONUS);
    if (raised > score) {
      if (explain) {
        steps.push({
          feature: 'correspondence',
          effect: raised - score,
          note: 'every word of both names met, in the same order, across scripts',
        });
      }
      score = raised;
    }
  }
  if (isPerson && theirsUnmatched >= 0 && oursUnmatched >= 0) {
    score = Math.max(0, score - PATRONYMIC_CONFLICT);
    if (explain) {
      steps.push({
        feature: 'patronymic',
        query: qt[oursUnmatched]!.text,
        candidate: index.wordOf(names[t0 + theirsUnmatched * TOKEN_FIELDS + TOKEN_TEXT]!),
        effect: -PATRONYMIC_CONFLICT,
        note: 'patronymics differ: another father, most likely another person',
      });
    }
  }
  if (!explain) {
    SCRATCH.score = score;
    SCRATCH.queryCoverage = queryCoverage;
    SCRATCH.candidateCoverage = candidateCoverage;
    SCRATCH.evidence = evidence;
    SCRATCH.exact = exact;
    return SCRATCH;
  }
  return { score, queryCoverage, candidateCoverage, evidence, exact, steps };
}
