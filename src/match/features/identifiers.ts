import { identifierKey } from '../../model/identifier.js';
import type { ScoringFeature } from './featureTypes.js';

/**
 * The score of a party identified by an exact identifier and a similar name (name score 0.5 or more): the
 * identifier settles who it is, whatever spelling or trading name the query used.
 */
export const IDENTIFIER_MATCH_SCORE = 1;

/**
 * Identifiers: an exact match (same normalized value; same type when the query names one) is strong
 * evidence and, with a similar name, sets the score to {@link IDENTIFIER_MATCH_SCORE}. Different numbers are
 * not evidence against: people hold several passports and lists hold old ones.
 */
export const identifierFeature: ScoringFeature = (facts, entities, e) => {
  if (facts.identifiers.length === 0) return undefined;
  const first = entities.identifierStartOf(e);
  const end = entities.identifierStartOf(e + 1);
  for (const q of facts.identifiers) {
    for (let k = first; k < end; k++) {
      const type = entities.identifierTypeOf(k);
      if (q.type && q.type !== type) continue;
      if (!entities.identifierIs(k, identifierKey(type, q.value))) continue;
      const id = entities.identifierOf(k);
      return {
        effect: Number.POSITIVE_INFINITY,
        corroborates: true,
        step: {
          feature: 'identifier',
          query: q.value,
          candidate: `${id.label ?? id.type} ${id.value}`,
          note: `exact ${id.type} match`,
        },
      };
    }
  }
  return undefined;
};
