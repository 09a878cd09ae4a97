import type { Entity } from '../../model/entity.js';
import type { PartialDate } from '../../model/partialDate.js';
import type { ExplanationStep } from '../../model/screening.js';

/** The secondary attributes of a screened party, parsed once per query. */
export interface QueryFacts {
  birthDate?: PartialDate;
  country?: string;
  identifiers: Array<{ type?: string; key: string; value: string }>;
}

/** What a feature found: a score adjustment with its explanation, and whether it corroborates the name. */
export interface FeatureResult {
  effect: number;
  corroborates: boolean;
  step: ExplanationStep;
}

/**
 * A scoring feature: one kind of evidence besides the name (date of birth, country, identifiers). Returns
 * undefined when it has nothing to say (the query or the entity lacks the attribute): missing data is neutral.
 */
export type ScoringFeature = (facts: QueryFacts, entity: Entity) => FeatureResult | undefined;
