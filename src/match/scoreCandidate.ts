import type { ExplanationStep } from '../model/screening.js';
import { applyEvidenceRule } from './evidence.js';
import { BIRTH_DATE_EFFECTS, birthDateFeature } from './features/birthDate.js';
import { COUNTRY_EFFECTS, countryFeature } from './features/country.js';
import type { QueryFacts, ScoringFeature } from './features/featureTypes.js';
import { IDENTIFIER_MATCH_SCORE, identifierFeature } from './features/identifiers.js';
import type { NameIndex } from './nameIndex.js';
import type { QueryName } from './queryName.js';
import { type NameScore, scoreName } from './scoreName.js';
import type { ScoringEntities } from './scoringEntities.js';

/** A weak alias alone is multiplied by this and cannot alert without corroboration. */
export const WEAK_ALIAS_FACTOR = 0.85;

/** A name this similar or more is a name match; below it, no other evidence makes an alert. */
export const MIN_NAME_SCORE = 0.5;

/**
 * The score of an exact identifier (tax number, registration, IMO, passport…) under a dissimilar name: it
 * alerts at the default threshold, because a listed party's own number under another name is what a front
 * company or an unlisted alias looks like. The explanation says the name differs.
 */
export const IDENTIFIER_ONLY_SCORE = 0.85;

const FEATURES: readonly ScoringFeature[] = [birthDateFeature, countryFeature, identifierFeature];

/** The most the features other than an identifier can add to a name score: a date of birth and a country that agree. */
export const MAX_FEATURE_GAIN = BIRTH_DATE_EFFECTS.sameDay + COUNTRY_EFFECTS.same;

// The explanation of a candidate scored without one: empty, shared, never added to.
const NO_STEPS: ExplanationStep[] = [];

const NO_NAME: NameScore = { score: 0, steps: [], queryCoverage: 0, candidateCoverage: 0, evidence: 0, exact: false };

/** One list name (or, for an identifier-only hit, the entity) scored against a query with all evidence. */
export interface CandidateScore {
  score: number;
  nameScore: number;
  /** Below the threshold this is never an alert; true when every other condition for an alert holds. */
  alertable: boolean;
  identified: boolean;
  exact: boolean;
  explanation: ExplanationStep[];
}

// What a candidate scored without its explanation returns: one object, refilled by every such call.
const SCRATCH: CandidateScore = {
  score: 0,
  nameScore: 0,
  alertable: false,
  identified: false,
  exact: false,
  explanation: NO_STEPS,
};

/**
 * Scores one candidate: the name score, then each feature's effect (date of birth, country), an exact
 * identifier (which settles identity when the name is similar), the evidence rule (a name resting on common
 * words needs corroboration) and the weak-alias rule: a weak alias is discounted and cannot alert unless a
 * date of birth or an identifier corroborates it. Without `explain`, the result is one object refilled by the
 * next such call, and a candidate that can neither alert nor reach `floor` is left at its name score.
 */
export function scoreCandidate(
  index: NameIndex,
  query: QueryName | undefined,
  facts: QueryFacts,
  entities: ScoringEntities,
  entityIndex: number,
  isPerson: boolean,
  nameIndex: number | undefined,
  nameGiven: boolean,
  explain = true,
  floor = 0,
): CandidateScore {
  const ns = nameIndex !== undefined && query ? scoreName(index, query, nameIndex, isPerson, explain) : NO_NAME;
  let score = ns.score;
  if (!explain && ns.score < MIN_NAME_SCORE && ns.score + MAX_FEATURE_GAIN < floor && facts.identifiers.length === 0) {
    // Neither an alert (the name is too far) nor worth reporting, whatever the date of birth and country say:
    // most candidates of a query end here, before the listed party's own facts are read.
    SCRATCH.score = ns.score;
    SCRATCH.nameScore = ns.score;
    SCRATCH.alertable = false;
    SCRATCH.identified = false;
    SCRATCH.exact = ns.exact;
    return SCRATCH;
  }
  // Without explanations no step is made at all: the scores are the same either way.
  const explanation = explain ? [...ns.steps] : undefined;
  let corroborated = false;
  let identified = false;
  for (const feature of FEATURES) {
    const r = feature(facts, entities, entityIndex, explain);
    if (!r) continue;
    if (r.step) explanation?.push(r.step);
    corroborated ||= r.corroborates;
    if (r.effect === Number.POSITIVE_INFINITY) identified = true;
    else score += r.effect;
  }
  score = applyEvidenceRule(ns, score, corroborated, index.minEvidence, explanation);
  const weak = nameIndex !== undefined && index.isWeakAlias(nameIndex);
  if (weak) score *= WEAK_ALIAS_FACTOR;
  if (weak && explanation) {
    explanation.push({
      feature: 'weakAlias',
      candidate: index.textOf(nameIndex),
      effect: WEAK_ALIAS_FACTOR - 1,
      note: corroborated
        ? 'weak alias, corroborated by other evidence'
        : 'weak alias: cannot alert without corroborating evidence',
    });
  }
  if (identified) score = ns.score >= MIN_NAME_SCORE ? IDENTIFIER_MATCH_SCORE : Math.max(score, IDENTIFIER_ONLY_SCORE);
  score = Math.min(1, Math.max(0, score));
  if (identified && ns.score < MIN_NAME_SCORE && nameGiven) {
    explanation?.push({
      feature: 'identifier',
      note: 'the identifier matches but the name does not: check for a front or an unlisted alias',
    });
  }
  const alertable = identified || ((!weak || corroborated) && ns.score >= MIN_NAME_SCORE);
  if (!explanation) {
    SCRATCH.score = score;
    SCRATCH.nameScore = ns.score;
    SCRATCH.alertable = alertable;
    SCRATCH.identified = identified;
    SCRATCH.exact = ns.exact;
    return SCRATCH;
  }
  return {
    score,
    nameScore: ns.score,
    alertable,
    identified,
    exact: ns.exact,
    explanation,
  };
}
