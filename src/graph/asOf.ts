import { endOfDay, isValid, startOfDay } from 'date-fns';
import { InputError } from '../errors.js';
import type { Entity } from '../model/entity.js';
import { type PartialDate, parsePartialDate, partialDateBounds } from '../model/partialDate.js';

/**
 * The date a graph question is asked for: a `Date` (its local calendar day) or a date as text
 * (`2023-06-01`, `2023-06`, `2023`). Pass it to judge listings and relationships as they stood then.
 */
export type AsOf = Date | string;

/** The first and last instant (epoch milliseconds) of the day, month or year an {@link AsOf} names. */
export interface AsOfSpan {
  start: number;
  end: number;
}

/**
 * Turns an {@link AsOf} into the span of time it names; throws an `InputError` for text that is not a date.
 * Use it once per query, then compare with {@link wasListedOn} and {@link isActiveOn}.
 */
export function asOfSpan(asOf: AsOf): AsOfSpan {
  if (asOf instanceof Date) {
    if (!isValid(asOf))
      throw new InputError('asOf', 'the date is invalid; give a valid Date or a date such as 2023-06-01');
    return { start: startOfDay(asOf).getTime(), end: endOfDay(asOf).getTime() };
  }
  const parsed = parsePartialDate(asOf);
  if (!parsed) throw new InputError('asOf', `"${asOf}" is not a date; give a date such as 2023-06-01`);
  const bounds = partialDateBounds(parsed);
  return { start: bounds.start.getTime(), end: bounds.end.getTime() };
}

const earliest = (date: PartialDate | undefined) => (date ? partialDateBounds(date).start.getTime() : undefined);
const latest = (date: PartialDate | undefined) => (date ? partialDateBounds(date).end.getTime() : undefined);

/**
 * True when a list entity was listed on the date: designated no later than that date (a listing with no date counts
 * as listed) and not surely delisted by then. Partial dates are read in the cautious direction: "listed 2023" counts
 * from 1 January 2023, "delisted 2024" only from 31 December 2024.
 */
export function wasListedOn(entity: Pick<Entity, 'listedOn' | 'delistedOn'>, span: AsOfSpan): boolean {
  const listedFrom = earliest(entity.listedOn);
  if (listedFrom !== undefined && listedFrom > span.end) return false;
  const delistedBy = latest(entity.delistedOn);
  return delistedBy === undefined || delistedBy > span.end;
}

/** Epoch-millisecond bounds of a relationship's `since` / `until`, open when unknown; precomputed per edge. */
export interface ActiveSpan {
  activeFrom: number;
  activeTo: number;
}

/** The span a relationship may have held, from the start of `since` to the end of `until` (unknown = open). */
export function activeSpan(since: PartialDate | undefined, until: PartialDate | undefined): ActiveSpan {
  return {
    activeFrom: earliest(since) ?? Number.NEGATIVE_INFINITY,
    activeTo: latest(until) ?? Number.POSITIVE_INFINITY,
  };
}

/** True when a relationship may have held during the span (it began by its end and had not ended before its start). */
export function isActiveOn(edge: ActiveSpan, span: AsOfSpan): boolean {
  return edge.activeFrom <= span.end && edge.activeTo >= span.start;
}
