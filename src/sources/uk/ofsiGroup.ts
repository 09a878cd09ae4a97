import { type Address, makeAddress } from '../../model/address.js';
import type { CountryCode } from '../../model/country.js';
import type { EntityInput, EntitySchemaName } from '../../model/entity.js';
import type { Identifier, IdentifierType } from '../../model/identifier.js';
import type { PartialDate } from '../../model/partialDate.js';
import { countryOrNote, keepProperty, type RecordNote } from '../xml/recordNotes.js';
import { ofsiDate } from './ofsiDate.js';
import { ofsiNames } from './ofsiNames.js';
import { type OfsiRow, ofsiValues } from './ofsiRow.js';
import { OFSI_GROUP_TYPES, OFSI_OTHER_INFORMATION } from './ofsiValues.data.js';

/** One designation folded from its rows, without its list (the loader stamps `id`, `sourceId` and `source`). */
export interface OfsiDesignation {
  entity: Omit<EntityInput, 'id' | 'source' | 'sourceId'>;
  notes: RecordNote[];
}

/** Collects distinct values in first-seen order. */
class Distinct<T> {
  readonly values: T[] = [];
  private readonly keys = new Set<string>();
  constructor(private readonly keyOf: (value: T) => string) {}
  add(value: T | undefined): void {
    if (value === undefined) return;
    const k = this.keyOf(value);
    if (this.keys.has(k)) return;
    this.keys.add(k);
    this.values.push(value);
  }
}

function groupSchema(rows: readonly OfsiRow[], notes: RecordNote[]): EntitySchemaName {
  const types = [...new Set(rows.map((r) => r.groupType).filter((t) => t !== ''))];
  const [type = ''] = types;
  if (types.length > 1) {
    notes.push({
      severity: 'warning',
      code: 'GROUP_TYPE_CONFLICT',
      field: 'schema',
      message: `the rows of this designation give Group Types ${types.map((t) => `"${t}"`).join(', ')}; the first is used`,
    });
  }
  const schema = OFSI_GROUP_TYPES[type.toLowerCase()];
  if (schema) return schema;
  notes.push({
    severity: 'warning',
    code: 'UNKNOWN_GROUP_TYPE',
    field: 'schema',
    message: `Group Type "${type}" is not Individual, Entity or Ship; loaded as LegalEntity`,
  });
  return 'LegalEntity';
}

function dateOrNote(
  text: string,
  field: string,
  notes: RecordNote[],
  unread: Distinct<string>,
): PartialDate | undefined {
  if (text === '') return undefined;
  const date = ofsiDate(text);
  if (!date) {
    unread.add(text);
    notes.push({ severity: 'warning', code: 'UNPARSED_DATE', field, message: `"${text}" is not a date; kept as text` });
  }
  return date;
}

function documents(number: string, details: string, type: IdentifierType, label: string): Identifier[] {
  const numbers = ofsiValues(number);
  const notes = ofsiValues(details);
  return numbers.map((value, i) => {
    const note = numbers.length === notes.length ? notes[i] : details;
    return { type, value, label, ...(note ? { note } : {}) };
  });
}

function rowAddress(row: OfsiRow, notes: RecordNote[]): { address?: Address; country?: CountryCode } {
  if (row.addressLines.length === 0 && row.postCode === '' && row.country === '') return {};
  const country = countryOrNote(row.country, 'addresses', notes);
  const full = [...row.addressLines, row.postCode, row.country].filter((p) => p !== '').join(', ');
  const address = makeAddress({
    full,
    postalCode: row.postCode,
    countryText: row.country,
    ...(country ? { country } : {}),
  });
  return { ...(address ? { address } : {}), ...(country ? { country } : {}) };
}

const dateKey = (d: PartialDate) => JSON.stringify(d);
const same = (text: string) => text;

/** What a designation's rows say, each fact once, in the order first seen. */
class GroupFacts {
  readonly birthDates = new Distinct<PartialDate>(dateKey);
  readonly listedOn = new Distinct<PartialDate>(dateKey);
  readonly unreadDates = new Distinct<string>(same);
  readonly nationalities = new Distinct<CountryCode>(same);
  readonly countries = new Distinct<CountryCode>(same);
  readonly addresses = new Distinct<Address>((a) => a.full.toUpperCase());
  readonly identifiers = new Distinct<Identifier>((i) => `${i.type}:${i.value}`);
  readonly birthPlaces = new Distinct<string>((p) => p.toUpperCase());
  readonly positions = new Distinct<string>(same);
  readonly programs = new Distinct<string>(same);
  readonly remarks = new Distinct<string>(same);
  readonly properties: Record<string, string[]> = {};

  constructor(
    private readonly schema: EntitySchemaName,
    private readonly notes: RecordNote[],
  ) {}

  private date(text: string, field: string): PartialDate | undefined {
    return dateOrNote(text, field, this.notes, this.unreadDates);
  }

  add(row: OfsiRow): void {
    const { notes, properties } = this;
    for (const dob of ofsiValues(row.dob)) this.birthDates.add(this.date(dob, 'birthDates'));
    for (const n of ofsiValues(row.nationality)) this.nationalities.add(countryOrNote(n, 'nationalities', notes));
    this.birthPlaces.add([row.townOfBirth, row.countryOfBirth].filter((p) => p !== '').join(', ') || undefined);
    const ids = [
      ...documents(row.passportNumber, row.passportDetails, 'passport', 'Passport Number'),
      ...documents(row.nationalIdNumber, row.nationalIdDetails, 'nationalId', 'National Identification Number'),
    ];
    for (const id of ids) this.identifiers.add(id);
    for (const position of ofsiValues(row.position)) this.positions.add(position);
    const { address, country } = rowAddress(row, notes);
    this.addresses.add(address);
    this.countries.add(country);
    if (row.regime) this.programs.add(row.regime);
    this.listedOn.add(this.date(row.listedOn, 'listedOn'));
    const designated = this.date(row.designatedOn, 'properties.designatedOn');
    if (designated) keepProperty(properties, 'designatedOn', designated.date);
    const updated = this.date(row.lastUpdated, 'properties.lastUpdated');
    if (updated) keepProperty(properties, 'lastUpdated', updated.date);
    if (row.title) keepProperty(properties, 'title', row.title);
    if (row.otherInformation) this.otherInformation(row.otherInformation);
  }

  private otherInformation(text: string): void {
    this.remarks.add(text);
    const ref = OFSI_OTHER_INFORMATION.ukSanctionsListRef.exec(text)?.[1];
    if (ref) keepProperty(this.properties, 'ukSanctionsListRef', ref.toUpperCase());
    const imo = this.schema === 'Vessel' ? OFSI_OTHER_INFORMATION.imo.exec(text)?.[1] : undefined;
    if (imo) this.identifiers.add({ type: 'imo', value: imo, label: 'IMO number' });
  }
}

/**
 * Folds the rows of one OFSI Group ID (one row per name, repeated per address or date of birth) into one
 * designation: names from {@link ofsiNames}, and every other field gathered once across rows — dates of birth
 * (with "00" for an unknown day or month), nationalities, birth places, passports and national ids, positions,
 * addresses (whose countries become `countries`), the regime as `programs`, Listed On as `listedOn`, and Other
 * Information as remarks, from which the UK Sanctions List reference and a ship's IMO number are taken.
 */
export function foldOfsiGroup(rows: readonly OfsiRow[]): OfsiDesignation {
  const notes: RecordNote[] = [];
  const schema = groupSchema(rows, notes);
  const names = ofsiNames(rows, schema, notes);
  const facts = new GroupFacts(schema, notes);
  for (const row of rows) facts.add(row);
  const { properties } = facts;
  for (const value of facts.unreadDates.values) keepProperty(properties, 'dateText', value);
  const [listed, ...laterListings] = facts.listedOn.values;
  for (const other of laterListings) keepProperty(properties, 'alsoListedOn', other.date);
  const designatedOn = properties.designatedOn?.[0];
  const entity: OfsiDesignation['entity'] = {
    schema,
    names,
    birthDates: facts.birthDates.values,
    birthPlaces: facts.birthPlaces.values,
    nationalities: facts.nationalities.values,
    countries: facts.countries.values,
    addresses: facts.addresses.values,
    identifiers: facts.identifiers.values,
    programs: facts.programs.values,
    positions: facts.positions.values,
    remarks: facts.remarks.values,
    properties,
  };
  // Without "Listed On", the UK designation date is the listing (it is for UK-only designations).
  if (listed) entity.listedOn = listed;
  else if (designatedOn) entity.listedOn = { date: designatedOn };
  return { entity, notes: dedupeNotes(notes) };
}

/** Rows repeat the same field, so the same note can arise once per row; keep each once. */
function dedupeNotes(notes: readonly RecordNote[]): RecordNote[] {
  const seen = new Set<string>();
  return notes.filter((n) => {
    const k = `${n.code}\u0000${n.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
