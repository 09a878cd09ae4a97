import type { Address } from '../../model/address.js';
import type { CountryCode } from '../../model/country.js';
import type { EntityInput } from '../../model/entity.js';
import type { Identifier } from '../../model/identifier.js';
import { makeName, type Name } from '../../model/name.js';
import type { PartialDate } from '../../model/partialDate.js';
import { childNodes, childText, type XmlNode } from '../shared/xmlRecords.js';
import { countryOrNote, keepProperty, type RecordNote } from './recordNotes.js';
import { unBirthDate, unDate } from './unBirthDate.js';
import { UN_ALIAS_KINDS, UN_NOT_AVAILABLE, UN_REFERENCE_PROGRAMS } from './unList.data.js';
import { unAddress, unBirthPlace, unDocument } from './unParts.js';

/** An INDIVIDUAL or ENTITY read into an entity candidate, without its list (the loader stamps `id`, `source`). */
export interface UnEntry {
  /** REFERENCE_NUMBER, or DATAID when the reference is empty; '' when both are. */
  sourceId: string;
  entity: Omit<EntityInput, 'id' | 'source'>;
  notes: RecordNote[];
}

const NAME_FIELDS = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'] as const;
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const values = (record: XmlNode, name: string) =>
  childNodes(record, name).flatMap((n) =>
    childNodes(n, 'VALUE')
      .map((v) => oneLine(v.text))
      .filter((v) => v !== ''),
  );

function notAvailable(text: string, field: string, notes: RecordNote[]): boolean {
  if (!UN_NOT_AVAILABLE.has(text.toLowerCase())) return false;
  notes.push({ severity: 'info', code: 'NOT_AVAILABLE', message: `${field} "${text}" means "not available"; ignored` });
  return true;
}

function primaryName(record: XmlNode, person: boolean, notes: RecordNote[]): Name | undefined {
  const parts = NAME_FIELDS.map((f) => oneLine(childText(record, f))).filter(
    (p, i) => p !== '' && !notAvailable(p, NAME_FIELDS[i] ?? 'name', notes),
  );
  if (parts.length === 0) return undefined;
  if (!person || parts.length === 1) return makeName(parts.join(' '), 'primary');
  const [first, ...rest] = parts;
  const last = rest.pop();
  return makeName(parts.join(' '), 'primary', { first, middle: rest.join(' '), last });
}

function readAliases(
  record: XmlNode,
  facts: { names: Name[]; birthDates: PartialDate[]; birthPlaces: string[]; remarks: string[]; notes: RecordNote[] },
) {
  const aliases = [...childNodes(record, 'INDIVIDUAL_ALIAS'), ...childNodes(record, 'ENTITY_ALIAS')];
  for (const alias of aliases) {
    const name = oneLine(childText(alias, 'ALIAS_NAME'));
    // The UN prints an empty alias element on records without aliases.
    if (name === '') continue;
    const quality = childText(alias, 'QUALITY');
    let kind = UN_ALIAS_KINDS[quality.toLowerCase()];
    if (!kind) {
      kind = 'alias';
      facts.notes.push({
        severity: 'warning',
        code: 'UNKNOWN_ALIAS_QUALITY',
        field: 'names',
        message: `alias "${name}": QUALITY "${quality}" is unknown; loaded as an alias`,
      });
    }
    if (!facts.names.some((n) => n.full.toUpperCase() === name.toUpperCase())) facts.names.push(makeName(name, kind));
    const born = unDate(childText(alias, 'DATE_OF_BIRTH'));
    if (born) facts.birthDates.push(born);
    const place = [childText(alias, 'CITY_OF_BIRTH'), childText(alias, 'COUNTRY_OF_BIRTH')].filter((p) => p).join(', ');
    if (place && !facts.birthPlaces.includes(place)) facts.birthPlaces.push(place);
    const note = oneLine(childText(alias, 'NOTE'));
    if (note) facts.remarks.push(`alias "${name}": ${note}`);
  }
}

function readBirthDates(
  record: XmlNode,
  birthDates: PartialDate[],
  properties: Record<string, string[]>,
  notes: RecordNote[],
) {
  for (const node of childNodes(record, 'INDIVIDUAL_DATE_OF_BIRTH')) {
    const read = unBirthDate(node);
    if (read.date) birthDates.push(read.date);
    if (read.note) keepProperty(properties, read.date ? 'birthDateNote' : 'birthDateText', read.note);
    if (!read.date && read.note) {
      notes.push({
        severity: 'warning',
        code: 'UNPARSED_DATE',
        field: 'birthDates',
        message: `date of birth "${read.note}" is not a date; kept as text in properties.birthDateText`,
      });
    }
  }
}

function programsOf(listType: string, reference: string, notes: RecordNote[]): string[] {
  const fromReference = UN_REFERENCE_PROGRAMS[reference.slice(0, 2).toUpperCase()];
  if (listType && fromReference && listType !== fromReference) {
    notes.push({
      severity: 'warning',
      code: 'PROGRAM_MISMATCH',
      field: 'programs',
      message: `UN_LIST_TYPE "${listType}" differs from the regime of reference ${reference} (${fromReference}); both kept`,
    });
  }
  return [...new Set([listType, fromReference ?? ''])].filter((p) => p !== '');
}

/**
 * Reads one INDIVIDUAL or ENTITY of the UN Security Council consolidated list into an entity candidate: names
 * (FIRST…FOURTH_NAME, the original script, Good/a.k.a. aliases and Low quality weak aliases), regime, listing
 * date, gender, designations, nationalities, dates and places of birth, addresses, documents and comments.
 */
export function unEntry(record: XmlNode): UnEntry {
  const notes: RecordNote[] = [];
  const person = record.name === 'INDIVIDUAL';
  const reference = childText(record, 'REFERENCE_NUMBER');
  const dataId = childText(record, 'DATAID');
  if (!reference && dataId) {
    notes.push({
      severity: 'info',
      code: 'NO_REFERENCE_NUMBER',
      message: `no REFERENCE_NUMBER; identified by DATAID ${dataId}`,
    });
  }
  const properties: Record<string, string[]> = {};
  const names: Name[] = [];
  const primary = primaryName(record, person, notes);
  if (primary) names.push(primary);
  const original = oneLine(childText(record, 'NAME_ORIGINAL_SCRIPT'));
  if (original) names.push(makeName(original, 'alias'));
  const birthDates: PartialDate[] = [];
  const birthPlaces: string[] = [];
  const remarks: string[] = [];
  readBirthDates(record, birthDates, properties, notes);
  for (const node of childNodes(record, 'INDIVIDUAL_PLACE_OF_BIRTH')) {
    const place = unBirthPlace(node);
    if (place && !birthPlaces.includes(place)) birthPlaces.push(place);
  }
  readAliases(record, { names, birthDates, birthPlaces, remarks, notes });
  const nationalities: CountryCode[] = [];
  for (const text of values(record, 'NATIONALITY')) {
    if (notAvailable(text, 'NATIONALITY', notes)) continue;
    const country = countryOrNote(text, 'nationalities', notes, 'nationality: ');
    if (country && !nationalities.includes(country)) nationalities.push(country);
    else if (!country) keepProperty(properties, 'nationalityText', text);
  }
  const addresses = [...childNodes(record, 'INDIVIDUAL_ADDRESS'), ...childNodes(record, 'ENTITY_ADDRESS')]
    .map((node) => unAddress(node, notes))
    .filter((a): a is Address => !!a);
  const identifiers = childNodes(record, 'INDIVIDUAL_DOCUMENT')
    .map((node) => unDocument(node, properties, notes))
    .filter((i): i is Identifier => !!i);
  for (const title of values(record, 'TITLE')) keepProperty(properties, 'title', title);
  for (const day of values(record, 'LAST_DAY_UPDATED')) keepProperty(properties, 'lastUpdated', day);
  if (dataId) keepProperty(properties, 'unDataId', dataId);
  const comments = oneLine(childText(record, 'COMMENTS1'));

  const entity: UnEntry['entity'] = {
    sourceId: reference || dataId,
    schema: person ? 'Person' : 'LegalEntity',
    names,
    birthDates: birthDates.filter((d, i) => birthDates.findIndex((e) => JSON.stringify(e) === JSON.stringify(d)) === i),
    birthPlaces,
    nationalities,
    countries: [...new Set(addresses.flatMap((a) => (a.country ? [a.country] : [])))],
    addresses,
    identifiers,
    programs: programsOf(childText(record, 'UN_LIST_TYPE'), reference, notes),
    positions: values(record, 'DESIGNATION'),
    remarks: [...(comments ? [comments] : []), ...remarks],
    properties,
  };
  const listedText = childText(record, 'LISTED_ON');
  const listedOn = unDate(listedText);
  if (listedOn) entity.listedOn = listedOn;
  else if (listedText) {
    notes.push({
      severity: 'warning',
      code: 'UNPARSED_DATE',
      field: 'listedOn',
      message: `LISTED_ON "${listedText}" is not a date; kept as text`,
    });
    keepProperty(properties, 'listedOnText', listedText);
  }
  const gender = childText(record, 'GENDER').toLowerCase();
  if (gender === 'male' || gender === 'female') entity.gender = gender;
  else if (gender) keepProperty(properties, 'gender', childText(record, 'GENDER'));
  return { sourceId: reference || dataId, entity, notes };
}
