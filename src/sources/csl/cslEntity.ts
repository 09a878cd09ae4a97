import type { Address } from '../../model/address.js';
import { makeAddress } from '../../model/address.js';
import { toCountryCode } from '../../model/country.js';
import type { EntityInput, EntitySchemaName, SourceRef, VesselInfo } from '../../model/entity.js';
import { makeName, type Name } from '../../model/name.js';
import { type PartialDate, parsePartialDate } from '../../model/partialDate.js';
import { readCslIds } from './cslIds.js';
import type { CslAddress, CslRecord } from './cslRecord.js';
import { type CslSourceListRef, cslSourceList } from './cslSourceList.js';

/** A field of a CSL record that was loaded but could not be taken as it was. */
export interface CslFieldWarning {
  code: string;
  message: string;
  field: string;
}

/** A CSL record as an entity candidate, the source list it belongs to, and what was dropped or kept as text. */
export interface CslMapped {
  entity: EntityInput;
  list: CslSourceListRef;
  /** True when the record has no `type` (BIS and State lists do not type their parties). */
  untyped: boolean;
  warnings: CslFieldWarning[];
}

// The CSL's own `type` values; an untyped party is a LegalEntity, FtM's "some person or organisation".
const SCHEMA_BY_TYPE: Readonly<Record<string, EntitySchemaName>> = {
  individual: 'Person',
  entity: 'LegalEntity',
  vessel: 'Vessel',
  aircraft: 'Airplane',
};

/**
 * The source id of each record: its `_id` (or entity number), qualified with the source-list code when the same
 * number is listed by several CSL lists (OFAC prints an SSI entry again as NS-MBS: `17014@SSI`, `17014@MBS`), so
 * that both listings stay distinct entities whatever order the file has.
 */
export function cslSourceIds(records: readonly Pick<CslRecord, 'id' | 'entityNumber' | 'source'>[]): string[] {
  const base = records.map((r) => r.id.trim() || r.entityNumber.trim());
  const listsById = new Map<string, Set<string>>();
  records.forEach((r, i) => {
    const id = base[i] ?? '';
    if (id === '') return;
    const lists = listsById.get(id) ?? new Set<string>();
    lists.add(cslSourceList(r.source).code);
    listsById.set(id, lists);
  });
  return records.map((r, i) => {
    const id = base[i] ?? '';
    if (id === '' || (listsById.get(id)?.size ?? 0) < 2) return id;
    return `${id}@${cslSourceList(r.source).code}`;
  });
}

function splitOfacName(name: string, schema: EntitySchemaName): Name {
  // OFAC-derived lists print people as "SURNAME, Given Names"; keep the parts so a query "Gloria Duran" meets it.
  const comma = schema === 'Person' ? /^([^,]+),\s*([^,]+)$/.exec(name) : null;
  return comma ? makeName(name, 'primary', { last: comma[1], first: comma[2] }) : makeName(name, 'primary');
}

function toAddress(raw: CslAddress, warnings: CslFieldWarning[]): Address | undefined {
  let full = raw.full?.trim();
  let countryText = raw.country?.trim();
  if (full && !countryText) {
    // CSV lines end with the country, nearly always as its ISO code: "…, Beijing, 100033, CN", "…, Hong Kong".
    const last = full.split(',').pop()?.trim() ?? '';
    if (toCountryCode(last)) countryText = last;
  }
  const country = toCountryCode(countryText);
  if (countryText && !country) {
    warnings.push({
      code: 'UNKNOWN_COUNTRY',
      field: 'addresses',
      message: `address country "${countryText}" is not a known country; kept as text`,
    });
  }
  if (!full) full = [raw.street, raw.city, raw.state, raw.postalCode, countryText].filter((p) => p?.trim()).join(', ');
  const parts: Parameters<typeof makeAddress>[0] = { full };
  if (raw.street) parts.street = raw.street;
  if (raw.city) parts.city = raw.city;
  if (raw.state) parts.region = raw.state;
  if (raw.postalCode) parts.postalCode = raw.postalCode;
  if (country) parts.country = country;
  else if (countryText) parts.countryText = countryText;
  return makeAddress(parts);
}

function date(text: string, field: string, warnings: CslFieldWarning[]): PartialDate | undefined {
  if (text.trim() === '') return undefined;
  const parsed = parsePartialDate(text);
  if (!parsed) warnings.push({ code: 'UNPARSED_DATE', field, message: `"${text}" is not a date; kept as text` });
  return parsed;
}

/** Country codes of the values, and the values that are no known country (kept as text by the caller). */
function countries(values: readonly string[], field: string, warnings: CslFieldWarning[]): [string[], string[]] {
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const value of values) {
    const code = toCountryCode(value);
    if (code) codes.push(code);
    else {
      unknown.push(value);
      warnings.push({ code: 'UNKNOWN_COUNTRY', field, message: `"${value}" is not a known country; kept as text` });
    }
  }
  return [[...new Set(codes)], unknown];
}

function vesselInfo(record: CslRecord, warnings: CslFieldWarning[]): VesselInfo | undefined {
  const vessel: VesselInfo = {};
  const flag = record.vesselFlag.trim();
  if (flag) {
    const code = toCountryCode(flag);
    if (code) vessel.flag = code;
    else {
      vessel.flagText = flag;
      warnings.push({ code: 'UNKNOWN_COUNTRY', field: 'vessel_flag', message: `flag "${flag}" kept as text` });
    }
  }
  if (record.callSign.trim()) vessel.callSign = record.callSign.trim();
  if (record.vesselType.trim()) vessel.type = record.vesselType.trim();
  if (record.grossTonnage.trim()) vessel.tonnage = record.grossTonnage.trim();
  if (record.grossRegisteredTonnage.trim()) vessel.grossRegisteredTonnage = record.grossRegisteredTonnage.trim();
  if (record.vesselOwner.trim()) vessel.owner = record.vesselOwner.trim();
  return Object.keys(vessel).length > 0 ? vessel : undefined;
}

/**
 * Maps one CSL record (from the CSV or the JSON) to an entity candidate of the `us-csl` list. The CSL source
 * list is kept in the entity's source name and in `properties.cslList` / `properties.cslSource`, so an Entity
 * List hit can be told from an SDN hit.
 */
export function cslEntity(record: CslRecord, sourceId: string, base: SourceRef): CslMapped {
  const warnings: CslFieldWarning[] = [];
  const list = cslSourceList(record.source);
  const typeKey = record.type.trim().toLowerCase();
  const schema = SCHEMA_BY_TYPE[typeKey] ?? 'LegalEntity';
  if (typeKey !== '' && !SCHEMA_BY_TYPE[typeKey]) {
    warnings.push({
      code: 'UNKNOWN_TYPE',
      field: 'type',
      message: `type "${record.type}" is unknown; loaded as LegalEntity`,
    });
  }
  const ids = readCslIds(record.ids);
  const properties: Record<string, string[]> = { cslList: [list.code], cslSource: [list.source], ...ids.properties };
  const keep = (key: string, value: string) => {
    if (value.trim()) properties[key] = [...(properties[key] ?? []), value.trim()];
  };
  keep('entityNumber', record.entityNumber);
  keep('federalRegisterNotice', record.federalRegisterNotice);
  keep('standardOrder', record.standardOrder);
  keep('licenseRequirement', record.licenseRequirement);
  keep('licensePolicy', record.licensePolicy);
  keep('sourceListUrl', record.sourceListUrl);
  keep('sourceInformationUrl', record.sourceInformationUrl);

  const names: Name[] = [];
  if (record.name.trim()) names.push(splitOfacName(record.name.trim(), schema));
  for (const alt of record.altNames) if (alt.trim()) names.push(makeName(alt, 'alias'));

  const birthDates: PartialDate[] = [];
  for (const text of record.datesOfBirth) {
    const parsed = date(text, 'dates_of_birth', warnings);
    if (parsed) birthDates.push(parsed);
    else keep('birthDateText', text);
  }
  const addresses = record.addresses.map((a) => toAddress(a, warnings)).filter((a): a is Address => !!a);
  const [nationalities, unknownNationalities] = countries(
    [...record.nationalities, ...record.citizenships],
    'nationalities',
    warnings,
  );
  for (const text of unknownNationalities) keep('nationalityText', text);
  const entity: EntityInput = {
    id: `${base.list}:${sourceId}`,
    sourceId,
    source: {
      ...base,
      name: `${base.name}: ${list.source}`,
      ...(record.sourceListUrl ? { url: record.sourceListUrl } : {}),
    },
    schema,
    names,
    birthDates,
    birthPlaces: record.placesOfBirth.filter((p) => p.trim()),
    nationalities,
    countries: [...new Set(addresses.map((a) => a.country).filter((c): c is string => !!c))],
    addresses,
    identifiers: ids.identifiers,
    programs: [...new Set(record.programs.map((p) => p.trim()).filter(Boolean))],
    positions: record.title.trim() ? [record.title.trim()] : [],
    remarks: record.remarks.trim() ? [record.remarks.trim()] : [],
    properties,
  };
  if (ids.gender) entity.gender = ids.gender;
  const listedOn = date(record.startDate, 'start_date', warnings);
  if (listedOn) entity.listedOn = listedOn;
  else keep('startDateText', record.startDate);
  const delistedOn = date(record.endDate, 'end_date', warnings);
  if (delistedOn) entity.delistedOn = delistedOn;
  else keep('endDateText', record.endDate);
  const vessel = vesselInfo(record, warnings);
  if (vessel) entity.vessel = vessel;
  return { entity, list, untyped: typeKey === '', warnings };
}
