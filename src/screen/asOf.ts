import { isAfter } from 'date-fns';
import { InputError } from '../errors.js';
import type { Entity } from '../model/entity.js';
import { type DateBounds, type PartialDate, parsePartialDate, partialDateBounds } from '../model/partialDate.js';

/** Whether a listing was in force on a date: `listed`, `not-yet-listed` (listed later) or `delisted` (on or before it). */
export type ListingState = 'listed' | 'not-yet-listed' | 'delisted';

/**
 * A list entity's listing as it stood on a date, with the dates that decided it. `uncertain` explains a judgement a
 * partial date forced ("listed in 2023, day unknown: treated as listed on 2023-06-01").
 */
export interface ListingOnDate {
  readonly state: ListingState;
  readonly asOf: string;
  readonly listedOn?: PartialDate;
  readonly delistedOn?: PartialDate;
  readonly uncertain?: string;
}

/**
 * The span of the day (or month, or year) an as-of date names. Throws an `InputError` for text that is not a date,
 * so a CLI `--as-of` typo is reported, not read as "today".
 */
export function asOfBounds(asOf: string): DateBounds {
  const parsed = parsePartialDate(asOf);
  if (!parsed) throw new InputError('asOf', `"${asOf}" is not a date; give the date as YYYY-MM-DD, e.g. 2024-03-15`);
  return partialDateBounds(parsed);
}

const describe = (date: PartialDate) => (date.to ? `${date.date} to ${date.to}` : date.date);

/**
 * Judges a list entity against what was listed on a date (a transaction's value date): an entity listed after the
 * date, or delisted on or before it, was not listed then. Unknown listing dates count as listed. A partial date
 * that spans the day ("2023" for a payment of 2023-06-01) is read conservatively: listed, and delisted only once
 * the whole span has passed; `uncertain` says so. Use it for every entity a transaction is matched to.
 *
 * @example
 * listingOn({ listedOn: { date: '2023-04-12' } }, '2023-03-01').state; // 'not-yet-listed'
 * listingOn({ listedOn: { date: '2023' } }, '2023-06-01'); // { state: 'listed', uncertain: 'listed in 2023 …' }
 */
export function listingOn(entity: Pick<Entity, 'listedOn' | 'delistedOn'>, asOf: string): ListingOnDate {
  const day = asOfBounds(asOf);
  const dates = {
    asOf,
    ...(entity.listedOn ? { listedOn: entity.listedOn } : {}),
    ...(entity.delistedOn ? { delistedOn: entity.delistedOn } : {}),
  };
  const notes: string[] = [];
  if (entity.listedOn) {
    const listed = partialDateBounds(entity.listedOn);
    if (isAfter(listed.start, day.end)) return { state: 'not-yet-listed', ...dates };
    if (isAfter(listed.end, day.end)) {
      notes.push(
        `listed in ${describe(entity.listedOn)} (exact day unknown): the listing may not yet have been in force on ${asOf}; treated as listed`,
      );
    }
  }
  if (entity.delistedOn) {
    const delisted = partialDateBounds(entity.delistedOn);
    if (!isAfter(delisted.end, day.end)) return { state: 'delisted', ...dates };
    if (!isAfter(delisted.start, day.end)) {
      notes.push(
        `delisted in ${describe(entity.delistedOn)} (exact day unknown): the listing may already have ended on ${asOf}; treated as listed`,
      );
    }
  }
  return notes.length > 0 ? { state: 'listed', ...dates, uncertain: notes.join('; ') } : { state: 'listed', ...dates };
}
