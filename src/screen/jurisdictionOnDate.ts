import { format } from 'date-fns';
import { asOfBounds } from './asOf.js';
import type { JurisdictionLevel, JurisdictionRecord } from './jurisdictions.data.js';

/** The first and last calendar day (YYYY-MM-DD) an as-of date names: a day, or every day of a month or year. */
export interface DaySpan {
  readonly first: string;
  readonly last: string;
}

// Every place of every payment asks for its date's span; a batch holds a few hundred dates, so they are remembered.
const SPAN_CACHE_SIZE = 4096;
const spans = new Map<string, DaySpan>();

/**
 * The days an as-of date (`2024-05-13`, `2024-05`, `2024`) covers, for comparing with the jurisdiction table's dates.
 * Throws an `InputError` for text that is not a date.
 */
export function daySpanOf(asOf: string): DaySpan {
  const known = spans.get(asOf);
  if (known) return known;
  const bounds = asOfBounds(asOf);
  const span = { first: format(bounds.start, 'yyyy-MM-dd'), last: format(bounds.end, 'yyyy-MM-dd') };
  if (spans.size >= SPAN_CACHE_SIZE) spans.clear();
  spans.set(asOf, span);
  return span;
}

/** How a jurisdiction stood on a date: its level then, and why when that differs from the table's current level. */
export interface JurisdictionOnDate {
  readonly level: JurisdictionLevel;
  /** Set when the date is before the measures began (`since`): the day they began. */
  readonly sanctionedFrom?: string;
  /** Set when an earlier level applied on the date: what it was and what it rested on. */
  readonly levelNote?: string;
}

const SEVERITY: Readonly<Record<JurisdictionLevel, number>> = {
  heightened: 1,
  'regional-comprehensive': 2,
  comprehensive: 3,
};

/**
 * A jurisdiction's level on a date: the current level, or an earlier one the table records (Syria, comprehensive up
 * to 30 June 2025). A date that spans a change (a month, a year) gets the stricter level, as a reviewer would want.
 * Without a date, the current level. Use it for every hit when screening a payment of a given day.
 *
 * @example
 * jurisdictionOn(syria, daySpanOf('2024-05-13')).level; // 'comprehensive'
 * jurisdictionOn(syria, daySpanOf('2025-08-01')).level; // 'heightened'
 */
export function jurisdictionOn(record: JurisdictionRecord, span: DaySpan | undefined): JurisdictionOnDate {
  if (!span) return { level: record.level };
  // Each earlier level covers the days after the previous one's `until`, up to and including its own; the current
  // level covers the days after the last of them.
  const earlier: JurisdictionOnDate[] = [];
  let previousEnd = '';
  for (const period of record.earlier ?? []) {
    if (span.first <= period.until && span.last > previousEnd) {
      earlier.push({ level: period.level, levelNote: `${period.level} until ${period.until}: ${period.basis}` });
    }
    previousEnd = period.until;
  }
  const candidates = span.last > previousEnd ? [{ level: record.level }, ...earlier] : earlier;
  let best = candidates[0] ?? { level: record.level };
  for (const candidate of candidates) if (SEVERITY[candidate.level] > SEVERITY[best.level]) best = candidate;
  return record.since !== undefined && span.last < record.since ? { ...best, sanctionedFrom: record.since } : best;
}
