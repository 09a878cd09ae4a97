import type { EntityInput, EntitySchemaName } from '../../model/entity.js';
import { makeName, type Name } from '../../model/name.js';
import { type PartialDate, parsePartialDate } from '../../model/partialDate.js';
import { memoByText } from '../shared/memoByText.js';
import { childText, type XmlNode } from '../shared/xmlRecords.js';
import { keepProperty, type RecordNote } from '../xml/recordNotes.js';
import { canadaRegime, scheduleKey } from './canadaRegime.js';

/** A SEMA `record` read into an entity candidate, without its list (the loader stamps `id` and `source`). */
export interface CanadaEntry {
  /** Regime key, schedule and item (`russia-1-2-88`); '' when the record has no Item or no Country. */
  sourceId: string;
  entity: Omit<EntityInput, 'id' | 'source' | 'sourceId'>;
  notes: RecordNote[];
}

// Dates are "1972", "1965-04-29", or alternatives ("1963 or 1964", "1965-07-15 OR 1969-09-28"); one record writes a
// span as "1963-1964", which is rewritten to the "1963 to 1964" that parsePartialDate reads as a range.
const ALTERNATIVES = /\s+or\s+/i;
const YEAR_SPAN = /^(\d{4})-(\d{4})$/;

// The list repeats a few hundred listing dates across its records, and parsePartialDate walks twenty formats for
// each; each text is parsed once.
const partialDate = memoByText((text) => parsePartialDate(text.replace(YEAR_SPAN, '$1 to $2')));

function readDates(text: string, field: string, notes: RecordNote[], unread: string[]): PartialDate[] {
  const dates: PartialDate[] = [];
  for (const part of text.split(ALTERNATIVES)) {
    const value = part.trim();
    if (value === '') continue;
    const date = partialDate(value);
    if (date) dates.push(date);
    else {
      unread.push(value);
      notes.push({
        severity: 'warning',
        code: 'UNPARSED_DATE',
        field,
        message: `"${value}" is not a date; kept as text`,
      });
    }
  }
  return dates;
}

function aliasNames(text: string, taken: readonly Name[]): Name[] {
  const seen = new Set(taken.map((n) => n.full.toUpperCase()));
  const names: Name[] = [];
  for (const part of text.split(';')) {
    const name = makeName(part, 'alias');
    if (name.full === '' || seen.has(name.full.toUpperCase())) continue;
    seen.add(name.full.toUpperCase());
    names.push(name);
  }
  return names;
}

/** Which kind of party a record is, from which name fields it fills (the list has no type column). */
function schemaOf(fields: { person: boolean; entityName: string; title: string; imo: string }): EntitySchemaName {
  if (fields.imo) return 'Vessel';
  if (fields.entityName) {
    // TitleOrShip holds a person's title or a ship's type; on a record named by EntityOrShip it is a ship type.
    return fields.title && !fields.person ? 'Vessel' : 'LegalEntity';
  }
  return fields.person ? 'Person' : 'LegalEntity';
}

function readNames(
  fields: { given: string; last: string; entityName: string; title: string; aliases: string },
  schema: EntitySchemaName,
  notes: RecordNote[],
): Name[] {
  const { given, last, entityName, title } = fields;
  const names: Name[] = [];
  const personName = given || last ? makeName(`${given} ${last}`, 'primary', { title, first: given, last }) : undefined;
  if (entityName) {
    names.push(makeName(entityName, 'primary'));
    if (personName) {
      names.push({ ...personName, kind: 'alias' });
      notes.push({
        severity: 'warning',
        code: 'MIXED_NAME_FIELDS',
        field: 'names',
        message: `the record has both EntityOrShip "${entityName}" and a person's name "${personName.full}"; loaded as ${schema} with the person's name as an alias`,
      });
    }
  } else if (personName) names.push(personName);
  names.push(...aliasNames(fields.aliases, names));
  return names;
}

/**
 * Reads one `record` of Canada's consolidated autonomous sanctions list. GivenName/LastName make a Person,
 * EntityOrShip a LegalEntity (the list does not say whether an organisation is a company), or a Vessel when the
 * record has a ShipIMONumber or a ship type in TitleOrShip; the IMO number becomes an `imo` identifier and the date
 * field a vessel's build date. Aliases are split on ";" and kept as written otherwise (the list also separates some
 * with commas, "or" and language labels, which cannot be split safely: commas occur inside names). The regime
 * becomes `programs` and `countries`; Schedule and Item are kept as properties.
 */
export function canadaEntry(record: XmlNode): CanadaEntry {
  const notes: RecordNote[] = [];
  const properties: Record<string, string[]> = {};
  const text = (name: string) => childText(record, name).replace(/\s+/g, ' ').trim();
  const fields = {
    given: text('GivenName'),
    last: text('LastName'),
    entityName: text('EntityOrShip'),
    title: text('TitleOrShip'),
    aliases: childText(record, 'Aliases'),
  };
  const imo = text('ShipIMONumber');
  const schema = schemaOf({ person: !!(fields.given || fields.last), ...fields, imo });
  const entity: CanadaEntry['entity'] = { schema, names: readNames(fields, schema, notes), properties };

  const dateText = text('DateOfBirthOrShipBuildDate');
  const unreadDates: string[] = [];
  const dated = readDates(dateText, 'birthDates', notes, unreadDates);
  if (schema === 'Person') {
    entity.birthDates = dated;
    for (const value of unreadDates) keepProperty(properties, 'birthDateText', value);
    if (fields.title) keepProperty(properties, 'title', fields.title);
  } else if (schema === 'Vessel') {
    entity.vessel = { ...(fields.title ? { type: fields.title } : {}), ...(dated[0] ? { buildDate: dated[0] } : {}) };
    // A vessel has one build date; alternatives or unreadable text stay as written.
    if (dated.length !== 1) keepProperty(properties, 'buildDateText', dateText);
  } else {
    keepProperty(properties, 'dateText', dateText);
  }
  if (imo) entity.identifiers = [{ type: 'imo', value: imo, label: 'IMO number' }];

  const listed = text('DateOfListing');
  if (listed) {
    const [listedOn] = readDates(listed, 'listedOn', notes, []);
    if (listedOn) entity.listedOn = listedOn;
    else keepProperty(properties, 'listedOnText', listed);
  }

  const regime = canadaRegime(childText(record, 'Country'), notes);
  if (regime) {
    entity.programs = [regime.program];
    if (regime.country) entity.countries = [regime.country];
    keepProperty(properties, 'regime', regime.text);
  }
  const schedule = text('Schedule');
  const item = text('Item');
  keepProperty(properties, 'schedule', schedule);
  keepProperty(properties, 'item', item);

  const sourceId =
    regime && item ? [regime.key, scheduleKey(schedule), item.replace(/[^\w.]+/g, '-')].filter(Boolean).join('-') : '';
  return { sourceId, entity, notes };
}
