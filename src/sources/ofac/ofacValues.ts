import { format, isExists } from 'date-fns';
import { type CountryCode, toCountryCode } from '../../model/country.js';
import { type PartialDate, parsePartialDate } from '../../model/partialDate.js';
import { ownString } from '../shared/ownStrings.js';

// An SDN set repeats a few hundred country spellings tens of thousands of times, and toCountryCode walks the ISO
// name list for each; looking each text up once takes a sixth off a full load. Both functions are pure, so the memo cannot change a result; it
// is emptied when it grows past MEMO_LIMIT so that it stays small across loads.
const MEMO_LIMIT = 50_000;
const countries = new Map<string, CountryCode | null>();
const dates = new Map<string, PartialDate | null>();

// OFAC writes its dates in three shapes: "10 Dec 1948", "Mar 1945", "1970". Reading their parts with one regex and
// checking them with date-fns `isExists` is five times faster than date-fns `parse`, which walks a generic tokenizer;
// at some 10,000 dates a load that is most of the remarks' parsing time. Other text goes to parsePartialDate.
const OFAC_DATE = /^(?:(?:(\d{2}) )?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) )?([12]\d{3})$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const CIRCA = /^circa\s+/i;
const RANGE = /^(.+?)\s+to\s+(.+)$/;
const YEAR_SPAN = /\b(\d{4})-(\d{4})\b/;

function remember<T>(memo: Map<string, T | null>, key: string, compute: () => T | undefined): T | undefined {
  let value = memo.get(key);
  if (value === undefined) {
    value = compute() ?? null;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(ownString(key), value);
  }
  return value ?? undefined;
}

function ofacShapedDate(text: string): string | undefined {
  const parts = OFAC_DATE.exec(text);
  if (!parts) return undefined;
  const [, day, month, year] = parts;
  if (!month) return year;
  const y = Number(year);
  const m = MONTHS.indexOf(month);
  const d = day ? Number(day) : 1;
  if (!isExists(y, m, d)) return undefined;
  return format(new Date(y, m, d), day ? 'yyyy-MM-dd' : 'yyyy-MM');
}

function readOfacDate(text: string): PartialDate | undefined {
  const circa = CIRCA.test(text);
  const body = circa ? text.replace(CIRCA, '') : text;
  const range = RANGE.exec(body);
  const from = ofacShapedDate(range?.[1] ?? body);
  const to = range?.[2] ? ofacShapedDate(range[2]) : undefined;
  if (from && (!range || (to && from <= to))) {
    const date: PartialDate = { date: from };
    if (to) date.to = to;
    if (circa) date.circa = true;
    return date;
  }
  return parsePartialDate(text.replace(YEAR_SPAN, '$1 to $2'));
}

/** The ISO code of a country as OFAC writes it ("Russia", "Korea, North"), via {@link toCountryCode}. */
export function ofacCountry(text: string): CountryCode | undefined {
  return text === '' ? undefined : remember(countries, text, () => toCountryCode(text));
}

/**
 * Reads a date as OFAC writes it ("10 Dec 1948", "Mar 1945", "circa 1951", "1965 to 1968", "circa 1955-1958") into
 * a {@link PartialDate} with date-fns; undefined when it is not a date.
 */
export function parseOfacDate(text: string): PartialDate | undefined {
  const date = remember(dates, text, () => readOfacDate(text.trim()));
  return date ? { ...date } : undefined;
}
