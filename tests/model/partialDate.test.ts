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

  it('never throws on any text, and what it returns round-trips', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parsePartialDate(text);
        if (parsed) expect(parsePartialDate(parsed.date)?.date).toBe(parsed.date);
      }),
    );
  });
});
