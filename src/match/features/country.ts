import type { Entity } from '../../model/entity.js';
import type { ScoringFeature } from './featureTypes.js';

/** Score change when the query's country is / is not among the entity's countries. */
export const COUNTRY_EFFECTS = { same: 0.03, differs: -0.05 } as const;

/** Every country an entity is tied to: nationality, country, addresses, identifier issuers, vessel flag. */
export function entityCountries(entity: Entity): Set<string> {
  const all = new Set<string>([...entity.nationalities, ...entity.countries]);
  for (const a of entity.addresses) if (a.country) all.add(a.country);
  for (const i of entity.identifiers) if (i.country) all.add(i.country);
  if (entity.vessel?.flag) all.add(entity.vessel.flag);
  return all;
}

/**
 * Country or nationality: a weak signal both ways, since lists record only some of a party's countries. It
 * nudges the score but never corroborates a weak alias or a name of common words: a country is shared by
 * millions.
 */
export const countryFeature: ScoringFeature = (facts, entity) => {
  if (!facts.country) return undefined;
  const countries = entityCountries(entity);
  if (countries.size === 0) return undefined;
  if (countries.has(facts.country)) {
    return {
      effect: COUNTRY_EFFECTS.same,
      corroborates: false,
      step: {
        feature: 'country',
        query: facts.country,
        candidate: facts.country,
        effect: COUNTRY_EFFECTS.same,
        note: 'country matches',
      },
    };
  }
  return {
    effect: COUNTRY_EFFECTS.differs,
    corroborates: false,
    step: {
      feature: 'country',
      query: facts.country,
      candidate: [...countries].join(','),
      effect: COUNTRY_EFFECTS.differs,
      note: 'country differs',
    },
  };
};
