import { format, isExists } from 'date-fns';
import type { PartialDate } from '../../model/partialDate.js';
import { parsePartialDate } from '../../model/partialDate.js';
import { childNodes, type XmlNode } from '../shared/xmlRecords.js';
import { EU_UNKNOWN_COUNTRY } from './euList.data.js';
import { isoCalendarDay } from './isoCalendarDay.js';
import { keepProperty, type RecordNote } from './recordNotes.js';

/** The birth facts of a sanctionEntity: dates and places, from its Gregorian birthdate elements. */
export interface EuBirths {
  dates: PartialDate[];
  places: string[];
}

const attr = (node: XmlNode, name: string) => (node.attrs[name] ?? '').replace(/\s+/g, ' ').trim();
const YEAR = /^\d{4}$/;

/** The date of one birthdate element: `birthdate`, else a year range, else year with month and day when given. */
function dateOf(node: XmlNode): PartialDate | undefined {
  const circa = attr(node, 'circa') === 'true' ? { circa: true } : {};
  const day = isoCalendarDay(attr(node, 'birthdate'));
  if (day) return { date: day, ...circa };
  const from = attr(node, 'yearRangeFrom');
  const to = attr(node, 'yearRangeTo');
  if (YEAR.test(from) && YEAR.test(to)) {
    const range = parsePartialDate(`${from} to ${to}`);
    return range ? { ...range, ...circa } : undefined;
  }
  const year = attr(node, 'year');
  if (!YEAR.test(year)) return undefined;
  const month = Number(attr(node, 'monthOfYear'));
  const dayOfMonth = Number(attr(node, 'dayOfMonth'));
  const y = Number(year);
  if (month >= 1 && isExists(y, month - 1, dayOfMonth || 1)) {
    const date = new Date(y, month - 1, dayOfMonth || 1);
    return { date: format(date, dayOfMonth ? 'yyyy-MM-dd' : 'yyyy-MM'), ...circa };
  }
  return { date: year, ...circa };
}

/** The birth place of one birthdate element as one line ("Tripoli, Libya"), or '' when it names none. */
function placeOf(node: XmlNode): string {
  const country = attr(node, 'countryDescription');
  return [attr(node, 'place'), attr(node, 'city'), attr(node, 'zipCode'), attr(node, 'region')]
    .concat(EU_UNKNOWN_COUNTRY.has(country) ? [] : [country])
    .filter((p) => p !== '')
    .join(', ');
}

/** The text of a birthdate element as written, for notes ("1393", "1393-05-12", "1390 to 1392"). */
function writtenDate(node: XmlNode): string {
  const range = [attr(node, 'yearRangeFrom'), attr(node, 'yearRangeTo')].filter((p) => p).join(' to ');
  return (
    attr(node, 'birthdate') ||
    range ||
    [attr(node, 'year'), attr(node, 'monthOfYear'), attr(node, 'dayOfMonth')].filter((p) => p).join('-')
  );
}

/**
 * Reads the birthdate elements of a sanctionEntity. An ISLAMIC calendar entry that sits beside a Gregorian one
 * repeats it in the Hijri calendar: it is skipped, with an info note. One that stands alone is kept as text in
 * `properties.birthDateIslamic`, with a warning, since it cannot be compared with Gregorian dates.
 */
export function euBirths(entity: XmlNode, properties: Record<string, string[]>, notes: RecordNote[]): EuBirths {
  const births: EuBirths = { dates: [], places: [] };
  const nodes = childNodes(entity, 'birthdate');
  const islamic = (node: XmlNode) => attr(node, 'calendarType').toUpperCase() === 'ISLAMIC';
  const hasGregorian = nodes.some((node) => !islamic(node) && dateOf(node));
  for (const node of nodes) {
    const place = placeOf(node);
    if (place && !births.places.includes(place)) births.places.push(place);
    if (islamic(node)) {
      const written = writtenDate(node);
      if (hasGregorian) {
        notes.push({
          severity: 'info',
          code: 'ISLAMIC_DATE_SKIPPED',
          message: `Islamic calendar birth date ${written} repeats a Gregorian one; skipped`,
        });
      } else if (written) {
        keepProperty(properties, 'birthDateIslamic', written);
        notes.push({
          severity: 'warning',
          code: 'ISLAMIC_DATE_ONLY',
          field: 'birthDates',
          message: `birth date ${written} is in the Islamic calendar only; kept as text in properties.birthDateIslamic`,
        });
      }
      continue;
    }
    const date = dateOf(node);
    if (date) births.dates.push(date);
    else if (writtenDate(node)) {
      keepProperty(properties, 'birthDateText', writtenDate(node));
      notes.push({
        severity: 'warning',
        code: 'UNPARSED_DATE',
        field: 'birthDates',
        message: `birth date "${writtenDate(node)}" is not a date; kept as text`,
      });
    }
  }
  return births;
}
