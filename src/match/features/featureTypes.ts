import type { DateBounds, PartialDate } from '../../model/partialDate.js';
import type { ExplanationStep } from '../../model/screening.js';
import type { ScoringEntities } from '../scoringEntities.js';

/** The secondary attributes of a screened party, parsed once per query. */
export interface QueryFacts {
  birthDate?: PartialDate;
  /** The first and last instants {@link birthDate} can stand for. */
  birthDateBounds?: DateBounds;
  country?: string;
  /** {@link country} as a number (see countryNumber). */
  countryCode?: number;
  identifiers: Array<{ type?: string; key: string; value: string }>;
}

/**
 * What a feature found: a score adjustment, whether it corroborates the name, and the explanation step (only
 * when asked for: screening judges dozens of candidates per name and explains a few).
 */
export interface FeatureResult {
  effect: number;
  corroborates: boolean;
  step?: ExplanationStep;
}

/**
 * A scoring feature: one kind of evidence besides the name (date of birth, country, identifiers), judged for
 * entity `e` of `entities`. Returns undefined when it has nothing to say (the query or the entity lacks the
 * attribute): missing data is neutral. The step is built only when `explain` is set.
 */
export type ScoringFeature = (
  facts: QueryFacts,
  entities: ScoringEntities,
  e: number,
  explain: boolean,
) => FeatureResult | undefined;
