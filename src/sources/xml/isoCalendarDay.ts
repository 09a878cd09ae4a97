import { isExists } from 'date-fns';

// An ISO day, alone or opening a timestamp ("…T00:00:09.554Z") or an XML Schema date with its zone ("-04:00").
const DAY_OF_STAMP = /^(\d{4})-(\d{2})-(\d{2})(?:T.*|Z|[+-]\d{2}:\d{2})?$/;

/**
 * The calendar day of an ISO date or timestamp as the publisher wrote it ("2026-02-27T00:00:09.554Z" and
 * "2015-04-07-04:00" give "2026-02-27" and "2015-04-07"), or undefined when the text is not one or names a day
 * that does not exist. The day is taken as written, not converted to the reader's time zone: west of UTC,
 * "2026-02-27T00:00Z" would otherwise become the 26th. Checked with date-fns `isExists` rather than parsed
 * with `parsePartialDate`, which walks twenty formats: lists hold thousands of these.
 */
export function isoCalendarDay(stamp: string | undefined): string | undefined {
  const parts = DAY_OF_STAMP.exec((stamp ?? '').trim());
  if (!parts) return undefined;
  const [, year = '', month = '', day = ''] = parts;
  return isExists(Number(year), Number(month) - 1, Number(day)) ? `${year}-${month}-${day}` : undefined;
}
