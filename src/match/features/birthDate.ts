import { differenceInCalendarYears } from 'date-fns';
import type { FeatureResult, ScoringFeature } from './featureTypes.js';

/** Score change when a listed date of birth and the query's agree on the day / only on the year span. */
export const BIRTH_DATE_EFFECTS = { sameDay: 0.05, overlap: 0.02, oneYearOff: -0.05, differs: -0.15 } as const;

// The results without explanation, one per effect, shared: a date that agrees corroborates the name.
const RESULTS = new Map<number, FeatureResult>(
  Object.values(BIRTH_DATE_EFFECTS).map((effect) => [effect, Object.freeze({ effect, corroborates: effect > 0 })]),
);

/**
 * Date of birth: agreement corroborates a name match, a year mismatch lowers it (−0.15; −0.05 when one
 * year off, a common transcription slip). Partial dates and ranges compare by the span they cover.
 */
export const birthDateFeature: ScoringFeature = (facts, entities, e, explain) => {
  if (!facts.birthDate || !facts.birthDateBounds) return undefined;
  const first = entities.birthStartOf(e);
  const end = entities.birthStartOf(e + 1);
  if (first === end) return undefined;
  const queryFrom = facts.birthDateBounds.start.getTime();
  const queryTo = facts.birthDateBounds.end.getTime();
  const queryExact = !facts.birthDate.to && facts.birthDate.date.length === 10;
  let bestGap = Number.POSITIVE_INFINITY;
  let sameDay = false;
  let listed = first;
  for (let k = first; k < end; k++) {
    const from = entities.birthFrom(k);
    const to = entities.birthTo(k);
    if (from <= queryTo && queryFrom <= to) {
      const exact = queryExact && entities.birthIsExact(k);
      if (exact) sameDay = true;
      bestGap = 0;
      listed = k;
      if (exact) break;
      continue;
    }
    const gap = to < queryFrom ? differenceInCalendarYears(queryFrom, to) : differenceInCalendarYears(from, queryTo);
    if (gap < bestGap) {
      bestGap = gap;
      listed = k;
    }
  }
  const agrees = bestGap === 0;
  const effect = agrees
    ? sameDay
      ? BIRTH_DATE_EFFECTS.sameDay
      : BIRTH_DATE_EFFECTS.overlap
    : bestGap <= 1
      ? BIRTH_DATE_EFFECTS.oneYearOff
      : BIRTH_DATE_EFFECTS.differs;
  if (!explain) return RESULTS.get(effect);
  const d = entities.birthDateOf(listed);
  return {
    effect,
    corroborates: agrees,
    step: {
      feature: 'birthDate',
      query: facts.birthDate.date,
      candidate: agrees || !d.to ? d.date : `${d.date}–${d.to}`,
      effect,
      note: agrees
        ? sameDay
          ? 'date of birth matches'
          : 'date of birth consistent'
        : `DOB year differs by ${bestGap}`,
    },
  };
};
