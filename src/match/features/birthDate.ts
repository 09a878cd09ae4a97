import { differenceInCalendarYears } from 'date-fns';
import { birthDateBoundsOf } from '../scoringEntity.js';
import type { ScoringFeature } from './featureTypes.js';

/** Score change when a listed date of birth and the query's agree on the day / only on the year span. */
export const BIRTH_DATE_EFFECTS = { sameDay: 0.05, overlap: 0.02, oneYearOff: -0.05, differs: -0.15 } as const;

/**
 * Date of birth: agreement corroborates a name match, a year mismatch lowers it (−0.15; −0.05 when one
 * year off, a common transcription slip). Partial dates and ranges compare by the span they cover.
 */
export const birthDateFeature: ScoringFeature = (facts, entities, e) => {
  if (!facts.birthDate || !facts.birthDateBounds) return undefined;
  const entity = entities.list[e]!;
  if (entity.birthDates.length === 0) return undefined;
  const q = facts.birthDateBounds;
  const bounds = birthDateBoundsOf(entity);
  let bestGap = Number.POSITIVE_INFINITY;
  let sameDay = false;
  let listed = '';
  for (let k = 0; k < entity.birthDates.length; k++) {
    const d = entity.birthDates[k]!;
    const b = bounds[k]!;
    if (b.start <= q.end && q.start <= b.end) {
      const precise = !d.to && !facts.birthDate.to && d.date.length === 10 && facts.birthDate.date.length === 10;
      if (precise) sameDay = true;
      bestGap = 0;
      listed = d.date;
      if (precise) break;
      continue;
    }
    const gap = b.end < q.start ? differenceInCalendarYears(q.start, b.end) : differenceInCalendarYears(b.start, q.end);
    if (gap < bestGap) {
      bestGap = gap;
      listed = d.to ? `${d.date}–${d.to}` : d.date;
    }
  }
  if (bestGap === 0) {
    const effect = sameDay ? BIRTH_DATE_EFFECTS.sameDay : BIRTH_DATE_EFFECTS.overlap;
    return {
      effect,
      corroborates: true,
      step: {
        feature: 'birthDate',
        query: facts.birthDate.date,
        candidate: listed,
        effect,
        note: sameDay ? 'date of birth matches' : 'date of birth consistent',
      },
    };
  }
  const effect = bestGap <= 1 ? BIRTH_DATE_EFFECTS.oneYearOff : BIRTH_DATE_EFFECTS.differs;
  return {
    effect,
    corroborates: false,
    step: {
      feature: 'birthDate',
      query: facts.birthDate.date,
      candidate: listed,
      effect,
      note: `DOB year differs by ${bestGap}`,
    },
  };
};
