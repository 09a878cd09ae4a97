import { type PartialDate, parsePartialDate } from '../../model/partialDate.js';
import { childText, type XmlNode } from '../shared/xmlRecords.js';
import { isoCalendarDay } from './isoCalendarDay.js';

/** A UN date of birth as read: the date when it is one, and the NOTE text when it says more than the date. */
export interface UnBirthDate {
  date?: PartialDate;
  /** A NOTE that is not (only) the date: "from false passport", "30-35 years old". */
  note?: string;
}

// The UN abbreviates months with a period ("Nov. 1973", "Sep."); date-fns reads "Nov 1973".
const MONTH_PERIOD = /\b([A-Z][a-z]{2,3})\./g;
const APPROXIMATE = /^approx(?:imately|\.)?$/i;

const YEAR = /^[12]\d{3}$/;

// Most UN dates are a bare year; taking it as it is spares date-fns a walk through every format.
const readDate = (text: string): PartialDate | undefined =>
  YEAR.test(text) ? { date: text } : parsePartialDate(text.replace(MONTH_PERIOD, '$1'));

/**
 * Reads one INDIVIDUAL_DATE_OF_BIRTH (or an alias's DATE_OF_BIRTH text): TYPE_OF_DATE EXACT with DATE or YEAR,
 * APPROXIMATELY (circa), BETWEEN with FROM_YEAR and TO_YEAR; a NOTE alone ("August 1961") is read as the date,
 * a NOTE beside a YEAR ("Sep.") completes it, and a NOTE "Approximately" makes the date circa.
 */
export function unBirthDate(node: XmlNode): UnBirthDate {
  const type = childText(node, 'TYPE_OF_DATE').toUpperCase();
  const note = childText(node, 'NOTE').replace(/\s+/g, ' ');
  const exact = childText(node, 'DATE');
  const year = childText(node, 'YEAR');
  const from = childText(node, 'FROM_YEAR');
  const to = childText(node, 'TO_YEAR');
  const circa = type === 'APPROXIMATELY' || APPROXIMATE.test(note);
  const noteUsed = APPROXIMATE.test(note);
  let date: PartialDate | undefined;
  let noteIsDate = false;
  if (exact) date = unDate(exact);
  else if (from && to) date = readDate(`${from} to ${to}`);
  else if (year) {
    const withNote = note && !noteUsed ? readDate(`${note} ${year}`) : undefined;
    noteIsDate = withNote !== undefined;
    date = withNote ?? readDate(year);
  } else if (note) {
    date = readDate(note);
    noteIsDate = date !== undefined;
  }
  const result: UnBirthDate = {};
  if (date) result.date = circa ? { ...date, circa: true } : date;
  if (note && !noteUsed && !noteIsDate) result.note = note;
  return result;
}

/**
 * Reads a plain date the UN writes in a listing, alias or document: `1958-02-22`, an XML Schema date with its
 * zone (`2015-04-07-04:00`, the day as written), or `21 Aug. 2005`.
 */
export function unDate(text: string): PartialDate | undefined {
  if (text === '') return undefined;
  const day = isoCalendarDay(text);
  return day ? { date: day } : readDate(text);
}
