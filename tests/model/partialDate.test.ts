import {
  endOfDay,
  endOfMonth,
  endOfYear,
  format as formatDate,
  isValid,
  parse,
  startOfDay,
  startOfMonth,
  startOfYear,
} from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excelSerialToPartialDate, parsePartialDate, partialDateBounds } from '../../src/model/partialDate.js';

describe('partial dates as lists write them', () => {
  it('reads an OFAC day-month-year date of birth ("12 Jan 1962")', () => {
    expect(parsePartialDate('12 Jan 1962')).toEqual({ date: '1962-01-12' });
  });

  it('keeps only the precision the list gives: a year, or a month', () => {
    expect(parsePartialDate('1962')).toEqual({ date: '1962' });
    expect(parsePartialDate('Jan 1962')).toEqual({ date: '1962-01' });
    expect(parsePartialDate('1962-01')).toEqual({ date: '1962-01' });
  });

  it('marks "circa" and "approximately" dates', () => {
    expect(parsePartialDate('circa 1958')).toEqual({ date: '1958', circa: true });
    expect(parsePartialDate('Approximately 1957')).toEqual({ date: '1957', circa: true });
  });

  it('reads OFAC ranges such as "1965 to 1968"', () => {
    expect(parsePartialDate('1965 to 1968')).toEqual({ date: '1965', to: '1968' });
  });

  it('reads day-first numeric dates, and month-first ones only when asked (OFAC XML Publish_Date)', () => {
    expect(parsePartialDate('01/08/2026')).toEqual({ date: '2026-08-01' });
    expect(parsePartialDate('01/08/2026', { monthFirst: true })).toEqual({ date: '2026-01-08' });
    // Month-first reads slashes only: with dashes the day comes first whatever the source.
    expect(parsePartialDate('01-08-2026', { monthFirst: true })).toEqual({ date: '2026-08-01' });
  });

  it('reads ISO timestamps by their calendar date', () => {
    expect(parsePartialDate('2022-02-24T00:00:00')).toEqual({ date: '2022-02-24' });
  });

  it('refuses impossible dates and text that is not a date', () => {
    expect(parsePartialDate('31 Feb 1962')).toBeUndefined();
    expect(parsePartialDate('unknown')).toBeUndefined();
    expect(parsePartialDate('')).toBeUndefined();
  });

  it('spans a whole year for a year-only date and a whole range for a range', () => {
    const year = partialDateBounds({ date: '1962' });
    expect(year.start.getMonth()).toBe(0);
    expect(year.end.getMonth()).toBe(11);
    const range = partialDateBounds({ date: '1965', to: '1968' });
    expect(range.start.getFullYear()).toBe(1965);
    expect(range.end.getFullYear()).toBe(1968);
  });

  it('converts a DFAT Excel serial control date (45607 is 11 Nov 2024)', () => {
    expect(excelSerialToPartialDate(45607)).toEqual({ date: '2024-11-11' });
  });

  it('reads the common shapes (1962, 1962-01, 12 Jan 1962, 24-02-2022, …) as date-fns reads their formats', () => {
    const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const shapes: Array<[string, (y: string, m: number, d: number) => string, string]> = [
      ['yyyy', (y) => y, 'yyyy'],
      ['yyyy-MM', (y, m) => `${y}-${String(m).padStart(2, '0')}`, 'yyyy-MM'],
      ['yyyy-MM-dd', (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, 'yyyy-MM-dd'],
      ['d MMM yyyy', (y, m, d) => `${d} ${MONTHS[(m + 11) % 12]} ${y}`, 'yyyy-MM-dd'],
      ['dd MMM yyyy', (y, m, d) => `${String(d).padStart(2, '0')} ${MONTHS[(m + 11) % 12]} ${y}`, 'yyyy-MM-dd'],
      ['dd/MM/yyyy', (y, m, d) => `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`, 'yyyy-MM-dd'],
      ['d/M/yyyy', (y, m, d) => `${d}/${m}/${y}`, 'yyyy-MM-dd'],
      ['dd-MM-yyyy', (y, m, d) => `${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}-${y}`, 'yyyy-MM-dd'],
    ];
    const year = fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, '0'));
    fc.assert(
      fc.property(
        fc.constantFrom(...shapes),
        year,
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (shape, y, m, d) => {
          const [format, write, output] = shape;
          const text = write(y, m, d);
          const read = parse(text, format, new Date(2000, 0, 1));
          const expected = isValid(read) && read.getFullYear() >= 1000 && read.getFullYear() <= 2999;
          if (expected) expect(parsePartialDate(text)).toEqual({ date: formatDate(read, output) });
          else expect(parsePartialDate(text)).toBeUndefined();
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('never throws on any text, and what it returns round-trips', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parsePartialDate(text);
        if (parsed) expect(parsePartialDate(parsed.date)?.date).toBe(parsed.date);
      }),
    );
  });
});

describe('the span of days a partial date stands for', () => {
  // What date-fns works out from the same text: the reference the hand-read bounds must equal.
  const reference = (iso: string) => {
    const [format, start, end] =
      iso.length === 4
        ? (['yyyy', startOfYear, endOfYear] as const)
        : iso.length === 7
          ? (['yyyy-MM', startOfMonth, endOfMonth] as const)
          : (['yyyy-MM-dd', startOfDay, endOfDay] as const);
    const d = parse(iso, format, new Date(2000, 0, 1));
    return { start: start(d).getTime(), end: end(d).getTime() };
  };
  const digits = (n: number) => fc.integer({ min: 0, max: 10 ** n - 1 }).map((v) => String(v).padStart(n, '0'));
  const partialIso = fc.oneof(
    digits(4),
    fc.tuple(digits(4), digits(2)).map(([y, m]) => `${y}-${m}`),
    fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
    fc
      .date({ min: new Date(1900, 0, 1), max: new Date(2030, 11, 31), noInvalidDate: true })
      .map((d) =>
        [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((v, i) => String(v).padStart(i ? 2 : 4, '0')).join('-'),
      ),
  );

  it('spans a whole year, month or day, as date-fns reads the same text, and nothing for 1962-02-30', () => {
    fc.assert(
      fc.property(partialIso, (iso) => {
        const bounds = partialDateBounds({ date: iso });
        expect({ start: bounds.start.getTime(), end: bounds.end.getTime() }).toStrictEqual(reference(iso));
      }),
      { numRuns: 2000 },
    );
    expect(Number.isNaN(partialDateBounds({ date: '1962-02-30' }).start.getTime())).toBe(true);
    expect(partialDateBounds({ date: '1961', to: '1962-06' }).end).toStrictEqual(
      new Date(1962, 5, 30, 23, 59, 59, 999),
    );
  });
});
