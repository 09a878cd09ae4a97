import { type PartialDate, parsePartialDate } from '../../model/partialDate.js';
import { memoByText } from '../shared/memoByText.js';

// OFSI writes dd/mm/yyyy and puts "00" where the day or month is unknown ("00/00/1957", "00/05/1957").
const OFSI_DAY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function readOfsiDate(value: string): PartialDate | undefined {
  const parts = OFSI_DAY.exec(value);
  if (parts) {
    const [, day = '', month = '', year = ''] = parts;
    // An unknown month makes the day meaningless too: "12/00/1957" is known only to the year.
    if (Number(month) === 0) return parsePartialDate(year);
    if (Number(day) === 0) return parsePartialDate(`${month}/${year}`);
  }
  return parsePartialDate(value);
}

// A ConList repeats a few thousand dates over tens of thousands of rows, and parsePartialDate walks up to twenty
// formats for each; each text is parsed once.
const readOnce = memoByText(readOfsiDate);

/**
 * Parses a date as the OFSI consolidated list writes it ("24/03/2022", "00/00/1957" for a year of birth,
 * "00/05/1957" for a month) into a {@link PartialDate} with only the precision the text has, or `undefined` when the
 * text is not a date (callers keep it and say so).
 *
 * @example
 * ofsiDate('00/00/1957'); // { date: '1957' }
 */
export function ofsiDate(text: string): PartialDate | undefined {
  const value = text.trim();
  return value === '' ? undefined : readOnce(value);
}
