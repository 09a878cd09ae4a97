import type { FeatureResult, ScoringFeature } from './featureTypes.js';

/** Score change when the query's country is / is not among the entity's countries. */
export const COUNTRY_EFFECTS = { same: 0.03, differs: -0.05 } as const;

// Every candidate of a query with a country is scored with it: the two results without explanation are shared.
const SAME: FeatureResult = Object.freeze({ effect: COUNTRY_EFFECTS.same, corroborates: false });
const DIFFERS: FeatureResult = Object.freeze({ effect: COUNTRY_EFFECTS.differs, corroborates: false });

/**
 * Country or nationality: a weak signal both ways, since lists record only some of a party's countries. It
 * nudges the score but never corroborates a weak alias or a name of common words: a country is shared by
 * millions.
 */
export const countryFeature: ScoringFeature = (facts, entities, e, explain) => {
  if (facts.country === undefined || facts.countryCode === undefined) return undefined;
  if (entities.countryCount(e) === 0) return undefined;
  const same = entities.hasCountry(e, facts.countryCode);
  const effect = same ? COUNTRY_EFFECTS.same : COUNTRY_EFFECTS.differs;
  if (!explain) return same ? SAME : DIFFERS;
  return {
    effect,
    corroborates: false,
    step: {
      feature: 'country',
      query: facts.country,
      candidate: same ? facts.country : entities.countriesOf(e).join(','),
      effect,
      note: same ? 'country matches' : 'country differs',
    },
  };
};
