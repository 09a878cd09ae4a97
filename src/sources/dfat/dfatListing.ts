import type { EntityInput, EntitySchemaName, SourceRef } from '../../model/entity.js';
import { makeName, type Name, type NameKind } from '../../model/name.js';
import type { PartialDate } from '../../model/partialDate.js';
import { addresses, citizenships, enumeratedValues, isNotAvailable } from './dfatCells.js';
import { parseControlDate, parseDfatBirthDates } from './dfatDates.js';
import { DFAT_SCHEMAS, type DfatColumn } from './dfatSheet.data.js';
import { DFAT_NAME_TYPES } from './nameTypes.data.js';

/** One name row of the DFAT workbook: its sheet row number, its reference as written, and its cells. */
export interface DfatRow {
  row: number;
  reference: string;
  text(column: DfatColumn): string;
}

/** A listing: the reference its rows share ("7209" for 7209, 7209a, 7209b) and those rows in sheet order. */
export interface DfatListing {
  reference: string;
  rows: DfatRow[];
}

/** Something about a listing that was not taken as written, on the row where it was found. */
export interface ListingNote {
  line: number;
  code: string;
  message: string;
  field?: string;
}

// 7209 is a listing, 7209a and 7209b its aliases; 34c1 is a further alias numbered under alias 34c.
const REFERENCE = /^(\d+)(?:[a-z]+\d*)?$/i;

/** The listing a row's reference belongs to: "7209b" → "7209", "34c1" → "34"; any other shape is its own. */
export function baseReference(reference: string): string {
  return REFERENCE.exec(reference.trim())?.[1] ?? reference.trim();
}

/** Groups name rows into listings by base reference, in the order each listing first appears. */
export function groupListings(rows: readonly DfatRow[]): DfatListing[] {
  const byReference = new Map<string, DfatListing>();
  for (const row of rows) {
    const reference = baseReference(row.reference);
    const listing = byReference.get(reference) ?? { reference, rows: [] };
    listing.rows.push(row);
    byReference.set(reference, listing);
  }
  return [...byReference.values()];
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The distinct values of a column over a listing's rows, each with the first row it is on. */
function distinct(listing: DfatListing, column: DfatColumn): Array<{ value: string; line: number }> {
  const seen = new Set<string>();
  const out: Array<{ value: string; line: number }> = [];
  for (const row of listing.rows) {
    const value = row.text(column).trim();
    if (isNotAvailable(value) || seen.has(value)) continue;
    seen.add(value);
    out.push({ value, line: row.row });
  }
  return out;
}

function listingNames(listing: DfatListing, primaryRow: DfatRow | undefined, notes: ListingNote[]): Name[] {
  const names: Name[] = [];
  const seen = new Set<string>();
  for (const row of listing.rows) {
    const full = row.text('name').trim();
    const typeText = row.text('nameType');
    let kind: NameKind | undefined = DFAT_NAME_TYPES[fold(typeText)];
    if (!kind) {
      kind = row === primaryRow ? 'primary' : 'alias';
      notes.push({
        line: row.row,
        code: 'UNKNOWN_NAME_TYPE',
        field: 'nameType',
        message: `Name Type "${typeText}" of row ${row.reference} is not a known kind of name; loaded as ${kind}`,
      });
    }
    if (full === '') {
      notes.push({ line: row.row, code: 'EMPTY_NAME', field: 'name', message: `row ${row.reference} has no name` });
      continue;
    }
    const name = makeName(full, kind);
    const key = `${name.kind}\u0000${name.full}`;
    if (!seen.has(key)) names.push(name);
    seen.add(key);
  }
  const first = names[0];
  if (first && !names.some((n) => n.kind === 'primary')) {
    notes.push({
      line: listing.rows[0]?.row ?? 1,
      code: 'NO_PRIMARY_NAME',
      field: 'nameType',
      message: `no row of listing ${listing.reference} is a Primary Name; "${first.full}" is taken as the primary name`,
    });
    first.kind = 'primary';
  }
  return names;
}

function listingSchema(listing: DfatListing, primaryRow: DfatRow | undefined, notes: ListingNote[]): EntitySchemaName {
  const main = primaryRow ?? listing.rows[0];
  const typeText = main?.text('type') ?? '';
  const schema = DFAT_SCHEMAS[fold(typeText)];
  for (const row of listing.rows) {
    if (row !== main && fold(row.text('type')) !== fold(typeText) && row.text('type').trim() !== '') {
      notes.push({
        line: row.row,
        code: 'TYPE_MISMATCH',
        field: 'type',
        message: `row ${row.reference} says Type "${row.text('type').trim()}" but listing ${listing.reference} is "${typeText.trim()}"; the listing's type is kept`,
      });
    }
  }
  if (schema) return schema;
  notes.push({
    line: main?.row ?? 1,
    code: 'UNKNOWN_TYPE',
    field: 'type',
    message: `Type "${typeText}" is neither Individual nor Entity; loaded as LegalEntity`,
  });
  return 'LegalEntity';
}

/** Adds values to a named property of the entity being built. */
type Keep = (key: string, values: readonly string[]) => void;

function birthDates(listing: DfatListing, remarks: string[], keep: Keep, notes: ListingNote[]): PartialDate[] {
  const dates: PartialDate[] = [];
  const seen = new Set<string>();
  for (const { value, line } of distinct(listing, 'dateOfBirth')) {
    const parsed = parseDfatBirthDates(value);
    for (const date of parsed.dates) {
      const key = JSON.stringify(date);
      if (!seen.has(key)) dates.push(date);
      seen.add(key);
    }
    if (parsed.unparsed.length === 0) continue;
    remarks.push(`Date of birth: ${value.replace(/\s+/g, ' ')}`);
    keep('birthDateText', parsed.unparsed);
    notes.push({
      line,
      code: 'UNPARSED_DATE',
      field: 'dateOfBirth',
      message: `date of birth ${parsed.unparsed.map((u) => `"${u}"`).join(', ')} is not a date; kept as text in remarks`,
    });
  }
  return dates;
}

/** The listing's latest Control Date (DFAT's date of its last change to the listing), as an ISO date. */
export function latestControlDate(listing: DfatListing): string | undefined {
  const dates = distinct(listing, 'controlDate')
    .map(({ value }) => parseControlDate(value)?.date)
    .filter((d): d is string => d !== undefined)
    .sort();
  return dates[dates.length - 1];
}

/**
 * Folds a DFAT listing's rows (the primary name row and its alias rows) into one entity `au-dfat:<reference>`:
 * names by Name Type, and the union of the other columns over the rows (alias rows repeat them, a few with a
 * value "for this aka only"). What could not be read as written comes back as notes, with its raw text kept.
 */
export function listingEntity(listing: DfatListing, source: SourceRef): { entity: EntityInput; notes: ListingNote[] } {
  const notes: ListingNote[] = [];
  const primaryRow = listing.rows.find((r) => r.reference.trim() === listing.reference);
  if (!primaryRow) {
    notes.push({
      line: listing.rows[0]?.row ?? 1,
      code: 'ORPHAN_ALIAS_ROWS',
      field: 'reference',
      message: `no row has reference ${listing.reference}, only its alias rows ${listing.rows.map((r) => r.reference).join(', ')}; the listing is built from them`,
    });
  }
  const properties: Record<string, string[]> = {};
  const keep: Keep = (key, values) => {
    if (values.length > 0) properties[key] = [...(properties[key] ?? []), ...values];
  };
  const remarks = distinct(listing, 'additionalInformation').map((v) => v.value);
  remarks.push(...distinct(listing, 'listingInformation').map((v) => `Listing information: ${v.value}`));
  const nationalities: string[] = [];
  for (const { value, line } of distinct(listing, 'citizenship')) {
    const found = citizenships(value);
    nationalities.push(...found.codes);
    keep('citizenshipText', [...found.unknown, ...found.qualified]);
    for (const unknown of found.unknown) {
      notes.push({
        line,
        code: 'UNKNOWN_COUNTRY',
        field: 'citizenship',
        message: `citizenship "${unknown}" is not a known country; kept as text`,
      });
    }
  }
  for (const { value, line } of distinct(listing, 'controlDate')) {
    if (parseControlDate(value)) continue;
    keep('controlDateText', [value]);
    notes.push({
      line,
      code: 'UNPARSED_DATE',
      field: 'controlDate',
      message: `Control Date "${value}" is not a date; kept as text`,
    });
  }
  const controlDate = latestControlDate(listing);
  if (controlDate) keep('controlDate', [controlDate]);
  const entity: EntityInput = {
    id: `${source.list}:${listing.reference}`,
    sourceId: listing.reference,
    source,
    schema: listingSchema(listing, primaryRow, notes),
    names: listingNames(listing, primaryRow, notes),
    birthDates: birthDates(listing, remarks, keep, notes),
    birthPlaces: distinct(listing, 'placeOfBirth').flatMap((v) => enumeratedValues(v.value)),
    nationalities: [...new Set(nationalities)],
    addresses: distinct(listing, 'address').flatMap((v) => addresses(v.value)),
    programs: [...new Set(distinct(listing, 'committees').map((v) => v.value.replace(/\s+/g, ' ')))],
    remarks,
    properties,
  };
  return { entity, notes };
}
