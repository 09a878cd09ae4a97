import { type Address, makeAddress } from '../../model/address.js';
import { toCountryCode } from '../../model/country.js';
import type { EntityInput, EntitySchemaName, SourceRef, VesselInfo } from '../../model/entity.js';
import { type Identifier, identifierKey } from '../../model/identifier.js';
import { makeName, type Name, type NameParts } from '../../model/name.js';
import { type PartialDate, parsePartialDate } from '../../model/partialDate.js';
import type { FtmRecord } from './ftmRecord.js';
import {
  FTM_COUNTRY_PROPERTIES,
  FTM_IDENTIFIER_PROPERTIES,
  FTM_NAME_PART_PROPERTIES,
  FTM_NAME_PROPERTIES,
  FTM_VESSEL_PROPERTIES,
} from './properties.data.js';

/** Something about an FtM record that was loaded but not as it was (an unknown country, a missing address). */
export interface FtmWarning {
  code: string;
  message: string;
  field: string;
}

/** An FtM party as an entity candidate, with what could not be taken as it was. */
export interface FtmParty {
  entity: EntityInput;
  warnings: FtmWarning[];
}

// Properties read into entity fields; every other property is kept under its FtM name in `properties`.
const CONSUMED = new Set([
  ...Object.keys(FTM_NAME_PROPERTIES),
  ...Object.keys(FTM_NAME_PART_PROPERTIES),
  ...Object.keys(FTM_IDENTIFIER_PROPERTIES),
  ...Object.keys(FTM_COUNTRY_PROPERTIES),
  ...['birthDate', 'birthPlace', 'gender', 'address', 'addressEntity', 'programId', 'notes', 'position'],
]);
const CRAFT_PROPERTIES = new Set([...Object.keys(FTM_VESSEL_PROPERTIES), 'flag']);

/** An FtM Address entity as an {@link Address}; its country is mapped when it can be. */
export function ftmAddress(record: FtmRecord): Address | undefined {
  const p = (key: string) => record.properties[key]?.[0];
  const countryText = p('country');
  const country = toCountryCode(countryText);
  const street = [p('street'), p('street2'), p('postOfficeBox')].filter(Boolean).join(', ');
  return makeAddress({
    ...(p('full') ? { full: p('full') } : {}),
    ...(street ? { street } : {}),
    ...(p('city') ? { city: p('city') } : {}),
    ...(p('region') ? { region: p('region') } : {}),
    ...(p('postalCode') ? { postalCode: p('postalCode') } : {}),
    ...(country ? { country } : countryText ? { countryText } : {}),
  });
}

/**
 * The name parts a full name spells: FtM gives each part as a list (one value per script or spelling), so take
 * the values this name contains, keeping the parts of one name consistent ("Alexander" with "ZAKHAROV").
 */
function partsOf(full: string, props: Record<string, string[]>): NameParts | undefined {
  const text = full.toLowerCase();
  const pick = (prop: string) => props[prop]?.find((v) => text.includes(v.toLowerCase()));
  const parts: NameParts = {};
  for (const [prop, part] of Object.entries(FTM_NAME_PART_PROPERTIES)) {
    const value = pick(prop);
    if (value) parts[part] = value;
  }
  if (!parts.first || !parts.last) return undefined;
  // OpenSanctions often repeats a patronymic as the middle name; one copy is enough.
  if (parts.middle && parts.middle === parts.patronymic) delete parts.middle;
  return parts;
}

function names(record: FtmRecord, schema: EntitySchemaName): Name[] {
  const result: Name[] = [];
  const seen = new Set<string>();
  let partsPlaced = schema !== 'Person';
  const push = (full: string, kind: Name['kind']) => {
    const key = `${kind}\u0000${full}`;
    if (seen.has(key) || full.trim() === '') return;
    seen.add(key);
    const parts = !partsPlaced && kind === 'primary' ? partsOf(full, record.properties) : undefined;
    if (parts) partsPlaced = true;
    result.push(makeName(full, kind, parts));
  };
  // The caption is OpenSanctions' chosen display name: put it first so `primaryName` shows it.
  const primaries = record.properties.name ?? [];
  if (record.caption && (primaries.includes(record.caption) || primaries.length === 0)) push(record.caption, 'primary');
  for (const [prop, kind] of Object.entries(FTM_NAME_PROPERTIES)) {
    for (const full of record.properties[prop] ?? []) push(full, kind);
  }
  return result;
}

function identifiers(record: FtmRecord): Identifier[] {
  const result: Identifier[] = [];
  // The table lists specific codes (INN, OGRN) before generic ones (taxNumber, registrationNumber), which
  // OpenSanctions fills with the same numbers: keep each number once, under its most specific label.
  const seen = new Set<string>();
  for (const [prop, meaning] of Object.entries(FTM_IDENTIFIER_PROPERTIES)) {
    for (const value of record.properties[prop] ?? []) {
      const key = identifierKey('other', value);
      if (seen.has(key)) continue;
      seen.add(key);
      const id: Identifier = { type: meaning.type, value, label: meaning.label };
      if (meaning.country) id.country = meaning.country;
      result.push(id);
    }
  }
  return result;
}

/**
 * Maps an FtM party (Person, Company, Organization, …) to an entity candidate: names with parts, birth data,
 * countries, addresses (its `address` texts and the Address entities it points to), identifiers, programs,
 * notes, positions, and every other property kept under its FtM name. Links and sanctions are added later.
 */
export function ftmParty(
  record: FtmRecord,
  schema: EntitySchemaName,
  source: SourceRef,
  addressById: ReadonlyMap<string, FtmRecord>,
): FtmParty {
  const warnings: FtmWarning[] = [];
  const props = record.properties;
  const properties: Record<string, string[]> = {};
  const keep = (key: string, values: readonly string[]) => {
    if (values.length > 0) properties[key] = [...(properties[key] ?? []), ...values];
  };
  const craft = schema === 'Vessel' || schema === 'Airplane';
  for (const [prop, values] of Object.entries(props)) {
    if (!CONSUMED.has(prop) && !(craft && CRAFT_PROPERTIES.has(prop))) keep(prop, values);
  }
  keep('datasets', record.datasets);
  keep('referents', record.referents);
  if (record.target !== undefined) keep('target', [String(record.target)]);
  if (record.firstSeen) keep('firstSeen', [record.firstSeen]);
  if (record.lastSeen) keep('lastSeen', [record.lastSeen]);
  if (record.lastChange) keep('lastChange', [record.lastChange]);

  const countryFields: Record<'countries' | 'nationalities', Set<string>> = {
    countries: new Set(),
    nationalities: new Set(),
  };
  for (const [prop, target] of Object.entries(FTM_COUNTRY_PROPERTIES)) {
    for (const value of props[prop] ?? []) {
      const code = toCountryCode(value);
      if (code) countryFields[target].add(code);
      else {
        keep('countryText', [value]);
        warnings.push({
          code: 'UNKNOWN_COUNTRY',
          field: prop,
          message: `${prop} "${value}" is not an ISO country; kept as text`,
        });
      }
    }
  }
  const birthDates: PartialDate[] = [];
  for (const text of props.birthDate ?? []) {
    const date = parsePartialDate(text);
    if (date) birthDates.push(date);
    else {
      keep('birthDateText', [text]);
      warnings.push({
        code: 'UNPARSED_DATE',
        field: 'birthDate',
        message: `birthDate "${text}" is not a date; kept as text`,
      });
    }
  }
  const addresses: Address[] = [];
  const seenAddresses = new Set<string>();
  const addAddress = (address: Address | undefined) => {
    const key = address?.full.toLowerCase().replace(/\s+/g, ' ');
    if (!address || !key || seenAddresses.has(key)) return;
    seenAddresses.add(key);
    addresses.push(address);
  };
  for (const full of props.address ?? []) addAddress(makeAddress({ full }));
  for (const ref of props.addressEntity ?? []) {
    const found = addressById.get(ref);
    if (found) addAddress(ftmAddress(found));
    else {
      warnings.push({
        code: 'MISSING_REFERENCE',
        field: 'addressEntity',
        message: `address entity ${ref} is not in the file; that address is missing from this entity`,
      });
    }
  }
  const entity: EntityInput = {
    id: `${source.list}:${record.id}`,
    sourceId: record.id,
    source,
    schema,
    names: names(record, schema),
    birthDates,
    birthPlaces: props.birthPlace ?? [],
    nationalities: [...countryFields.nationalities],
    countries: [...countryFields.countries],
    addresses,
    identifiers: identifiers(record),
    programs: [...new Set(props.programId ?? [])],
    positions: [...(props.position ?? [])],
    remarks: [...(props.notes ?? [])],
    relationships: [],
    properties,
  };
  const gender = props.gender?.[0]?.toLowerCase();
  if (gender === 'male' || gender === 'female' || gender === 'other') entity.gender = gender;
  const vessel = craft ? vesselInfo(props) : undefined;
  if (vessel) entity.vessel = vessel;
  return { entity, warnings };
}

function vesselInfo(props: Record<string, string[]>): VesselInfo | undefined {
  const vessel: VesselInfo = {};
  for (const [prop, field] of Object.entries(FTM_VESSEL_PROPERTIES)) {
    const value = props[prop]?.[0];
    if (value) vessel[field] = value;
  }
  const flag = props.flag?.[0];
  if (flag) {
    const code = toCountryCode(flag);
    if (code) vessel.flag = code;
    else vessel.flagText = flag;
  }
  return Object.keys(vessel).length > 0 ? vessel : undefined;
}
