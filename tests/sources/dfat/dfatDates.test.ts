import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseControlDate, parseDfatBirthDates } from '../../../src/sources/dfat/dfatDates.js';

describe('DFAT date readers', () => {
  it.each([
    ['1957', [{ date: '1957' }]],
    ['01/02/1960', [{ date: '1960-02-01' }]],
    ['Approximately 1970', [{ date: '1970', circa: true }]],
    ['Between 1975 and 1976', [{ date: '1975', to: '1976' }]],
    ['1940-1941', [{ date: '1940', to: '1941' }]],
    ['a) 8 February 1938; b) 8 February 1939', [{ date: '1938-02-08' }, { date: '1939-02-08' }]],
    ['01/10/1983,15/10/1983, 01/01/1980', [{ date: '1983-10-01' }, { date: '1983-10-15' }, { date: '1980-01-01' }]],
    ['1965 or 1966', [{ date: '1965' }, { date: '1966' }]],
    ['1 Nov. 1975', [{ date: '1975-11-01' }]],
    ['March 16, 1972', [{ date: '1972-03-16' }]],
    ['21/09/1964; alt DOB: 1962', [{ date: '1964-09-21' }, { date: '1962' }]],
    ['a) 09/10/1954; b) 09/11/ 1954 ', [{ date: '1954-10-09' }, { date: '1954-11-09' }]],
    ['11/10/1953  10/11/1953', [{ date: '1953-10-11' }, { date: '1953-11-10' }]],
  ])('reads the date of birth "%s"', (text, dates) => {
    expect(parseDfatBirthDates(text)).toEqual({ dates, unparsed: [] });
  });

  it('returns what is not a date instead of guessing: a Hijri date, a 2-digit year', () => {
    expect(parseDfatBirthDates('a) 19 Apr. 1982 b) 24/06/1402 (Hijri Calendar)')).toEqual({
      dates: [{ date: '1982-04-19' }],
      unparsed: ['24/06/1402 (Hijri Calendar)'],
    });
    expect(parseDfatBirthDates('23-Apr-68').unparsed).toEqual(['23-Apr-68']);
  });

  it('reads a Control Date from an Excel serial or an ISO date', () => {
    expect(parseControlDate('45607')).toEqual({ date: '2024-11-11' });
    expect(parseControlDate('2022-05-18')).toEqual({ date: '2022-05-18' });
    expect(parseControlDate('not a date')).toBeUndefined();
  });

  it('never throws on any date of birth text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const read = parseDfatBirthDates(text);
        return Array.isArray(read.dates) && Array.isArray(read.unparsed);
      }),
    );
  });
});
