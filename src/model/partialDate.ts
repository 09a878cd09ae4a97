import { addDays, format, isValid, parse, parseISO } from 'date-fns';
import { z } from 'zod';

const PARTIAL_ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A date known to the year (`1962`), the month (`1962-01`) or the day (`1962-01-12`), as lists publish them. */
export const PartialIsoDateSchema = z.string().regex(PARTIAL_ISO, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * A birth, listing or delisting date as precise as the source gives it: a single partial date, a range
 * (`date`..`to`, e.g. OFAC "1965 to 1968"), and a `circa` flag for "circa" / "approximately".
 */
export const PartialDateSchema = z.object({
  /** The date, or the start of a range. */
  date: PartialIsoDateSchema,
  /** End of a range, inclusive. */
  to: PartialIsoDateSchema.optional(),
  /** The source says the date is approximate. */
  circa: z.boolean().optional(),
});

/** A partial date or date range; see {@link PartialDateSchema}. */
export type PartialDate = z.infer<typeof PartialDateSchema>;

/** The first and last instants a partial date can stand for. */
export interface DateBounds {
  start: Date;
  end: Date;
}

// A fixed reference keeps parsing free of the clock; only missing fields would be taken from it and
// every format below names the fields it accepts.
const REFERENCE = new Date(2000, 0, 1);

type Precision = 'year' | 'month' | 'day';
const OUTPUT_FORMAT: Record<Precision, string> = { year: 'yyyy', month: 'yyyy-MM', day: 'yyyy-MM-dd' };

// Formats seen in the official lists, most specific first. Day-first before month-first: every list here
// except OFAC XML (handled with `monthFirst`) writes the day first.
const DAY_FORMATS: Array<[string, Precision]> = [
  ['yyyy-MM-dd', 'day'],
  ['dd MMM yyyy', 'day'],
  ['d MMM yyyy', 'day'],
  ['dd MMMM yyyy', 'day'],
  ['d MMMM yyyy', 'day'],
  ['dd/MM/yyyy', 'day'],
  ['d/M/yyyy', 'day'],
  ['dd.MM.yyyy', 'day'],
  ['d.M.yyyy', 'day'],
  ['dd-MM-yyyy', 'day'],
  ['dd-MMM-yyyy', 'day'],
  ['yyyy/MM/dd', 'day'],
  ['MMM dd, yyyy', 'day'],
  ['yyyy-MM', 'month'],
  ['MMM yyyy', 'month'],
  ['MMMM yyyy', 'month'],
  ['MM/yyyy', 'month'],
  ['MM.yyyy', 'month'],
  ['yyyy', 'year'],
];
const MONTH_FIRST_FORMATS: Array<[string, Precision]> = [
  ['MM/dd/yyyy', 'day'],
  ['M/d/yyyy', 'day'],
];

type ParsedDate = { iso: string; precision: Precision };

const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const YEAR = /^\d{4}$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const DAY_MONTH_NAME_YEAR = new RegExp(`^(\\d{1,2}) (${MONTH_ABBREVIATIONS.join('|')}) (\\d{4})$`);
const DAY_MONTH_YEAR_SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DAY_MONTH_YEAR_DASHED = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const inYearRange = (year: number) => year >= 1000 && year <= 2999;
const THIRTY_DAYS = new Set([4, 6, 9, 11]);
/** Whether day `day` of month `month` (1–12) of `year` exists (the proleptic Gregorian calendar, as date-fns). */
function dayExists(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : THIRTY_DAYS.has(month) ? 30 : 31;
  return day <= days;
}

/**
 * The shapes most list dates take (1962, 1962-01-12, 1962-01, 12 Jan 1962, 24-02-2022, 24/02/2022 unless
 * month-first), read by hand: date-fns tries the formats in turn, some 10 µs a try, and a bare year is the last of
 * nineteen (all lists in ../shared hold some 40,000 dates, read every time they are loaded). Each shape gives what
 * the first format that reads it gives; anything else, or a date that does not exist, is left to the formats.
 */
function commonShape(text: string, monthFirst: boolean): ParsedDate | undefined {
  if (YEAR.test(text)) return inYearRange(Number(text)) ? { iso: text, precision: 'year' } : undefined;
  let m = ISO_DAY.exec(text);
  if (m) {
    const year = Number(m[1]);
    return inYearRange(year) && dayExists(year, Number(m[2]), Number(m[3]))
      ? { iso: text, precision: 'day' }
      : undefined;
  }
  m = ISO_MONTH.exec(text);
  if (m) {
    const month = Number(m[2]);
    return inYearRange(Number(m[1])) && month >= 1 && month <= 12 ? { iso: text, precision: 'month' } : undefined;
  }
  m =
    DAY_MONTH_NAME_YEAR.exec(text) ??
    DAY_MONTH_YEAR_DASHED.exec(text) ??
    (monthFirst ? null : DAY_MONTH_YEAR_SLASHED.exec(text));
  if (m) {
    const year = Number(m[3]);
    const month = m[2]!.length === 3 ? MONTH_ABBREVIATIONS.indexOf(m[2]!) + 1 : Number(m[2]);
    const day = Number(m[1]);
    if (!inYearRange(year) || !dayExists(year, month, day)) return undefined;
    return { iso: `${year}-${pad2(month)}-${pad2(day)}`, precision: 'day' };
  }
  return undefined;
}

function parseOne(text: string, monthFirst: boolean): ParsedDate | undefined {
  const cleaned = text.trim().replace(/\s+/g, ' ').replace(/\.$/, '');
  if (cleaned === '') return undefined;
  const common = commonShape(cleaned, monthFirst);
  if (common) return common;
  // Full ISO timestamps (UN, Canada: "2022-02-24T00:00:00") carry the date in their first part.
  if (/^\d{4}-\d{2}-\d{2}T/.test(cleaned)) {
    const d = parseISO(cleaned);
    if (isValid(d)) return { iso: format(d, OUTPUT_FORMAT.day), precision: 'day' };
  }
  const formats = monthFirst ? [...MONTH_FIRST_FORMATS, ...DAY_FORMATS] : DAY_FORMATS;
  for (const [fmt, precision] of formats) {
    const d = parse(cleaned, fmt, REFERENCE);
    if (!isValid(d)) continue;
    const year = d.getFullYear();
    if (year < 1000 || year > 2999) continue;
    return { iso: format(d, OUTPUT_FORMAT[precision]), precision };
  }
  return undefined;
}

const CIRCA = /^(?:circa|ca\.?|c\.|approximately|approx\.?|about|around)\s+/i;
const RANGE = /^(?:between\s+)?(.+?)\s+(?:to|and|-|–|until)\s+(.+)$/i;

/**
 * Parses a date as lists write it ("12 Jan 1962", "circa 1958", "1965 to 1968", "1962-01", "24/02/2022")
 * into a {@link PartialDate}, keeping only the precision the text has. Returns `undefined` for text that is
 * not a date; callers report it rather than guess.
 *
 * @param monthFirst read `01/02/2024` as January 2 (OFAC XML), not 1 February (everyone else).
 * @example
 * parsePartialDate('circa 1958'); // { date: '1958', circa: true }
 * parsePartialDate('1965 to 1968'); // { date: '1965', to: '1968' }
 */
export function parsePartialDate(text: string, options: { monthFirst?: boolean } = {}): PartialDate | undefined {
  const monthFirst = options.monthFirst ?? false;
  let rest = text.trim();
  let circa = false;
  if (CIRCA.test(rest)) {
    circa = true;
    rest = rest.replace(CIRCA, '');
  }
  const single = parseOne(rest, monthFirst);
  if (single) return circa ? { date: single.iso, circa } : { date: single.iso };
  const range = RANGE.exec(rest);
  if (range?.[1] && range[2]) {
    const from = parseOne(range[1], monthFirst);
    const to = parseOne(range[2], monthFirst);
    if (from && to && from.iso <= to.iso) {
      return circa ? { date: from.iso, to: to.iso, circa } : { date: from.iso, to: to.iso };
    }
  }
  return undefined;
}

const INVALID: DateBounds = Object.freeze({ start: new Date(Number.NaN), end: new Date(Number.NaN) });

/**
 * The first and last instant (local time) of a partial ISO date. Read by hand, not with date-fns `parse`: a
 * screener works out the bounds of every listed date of birth when it is built (some 10,000 on the OFAC list),
 * and `parse` took 15 µs each. A month or day that does not exist gives invalid dates, as `parse` does.
 */
function boundsOfIso(iso: string): DateBounds {
  const year = Number(iso.slice(0, 4));
  const month = iso.length >= 7 ? Number(iso.slice(5, 7)) - 1 : 0;
  const day = iso.length >= 10 ? Number(iso.slice(8, 10)) : 1;
  // date-fns has no year 0 either; a month or day that does not exist rolls over, and is refused.
  if (year === 0) return INVALID;
  const start = localDate(year, month, day, 0, 0, 0, 0);
  if (start.getMonth() !== month || start.getDate() !== day) return INVALID;
  // Day 0 of the next month is the last day of this one.
  const end =
    iso.length >= 10
      ? localDate(year, month, day, 23, 59, 59, 999)
      : localDate(year, iso.length >= 7 ? month + 1 : 12, 0, 23, 59, 59, 999);
  return { start, end };
}

/** `new Date(…)` in local time, for years before 100 too (which the constructor reads as 19xx). */
function localDate(year: number, month: number, day: number, h: number, m: number, s: number, ms: number): Date {
  const date = new Date(year, month, day, h, m, s, ms);
  if (year < 100) date.setFullYear(year, month, day);
  return date;
}

/**
 * The earliest and latest instants a partial date or range can mean: "1962" spans the whole year,
 * "1965 to 1968" spans 1 Jan 1965 to 31 Dec 1968. Used to judge "was this listed on that day?".
 */
export function partialDateBounds(value: PartialDate): DateBounds {
  const first = boundsOfIso(value.date);
  const last = value.to ? boundsOfIso(value.to) : first;
  return { start: first.start, end: last.end };
}

/** The precision of a partial ISO date: `year`, `month` or `day`. */
export function partialDatePrecision(iso: string): Precision {
  const parts = iso.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/**
 * Converts an Excel serial day number (as in the DFAT "Control Date" column) to a day-precision date.
 * Excel counts from 30 Dec 1899 (its 1900 leap-year bug included).
 */
export function excelSerialToPartialDate(serial: number): PartialDate | undefined {
  if (!Number.isFinite(serial) || serial < 1) return undefined;
  const d = addDays(new Date(1899, 11, 30), Math.floor(serial));
  return isValid(d) ? { date: format(d, OUTPUT_FORMAT.day) } : undefined;
}

/** Formats a JavaScript date as a day-precision partial date (local calendar day). */
export function toPartialDate(date: Date): PartialDate {
  return { date: format(date, OUTPUT_FORMAT.day) };
}
