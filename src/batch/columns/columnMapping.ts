import { InputError } from '../../errors.js';
import type { IdentifierType } from '../../model/identifier.js';
import { FIELD_HEADERS, IDENTIFIER_HEADERS, type MappedField } from './columnHeaders.data.js';

/**
 * Which column holds what, by header, when the automatic choice is not right: the CLI's `--name-column`,
 * `--key-column`… flags, and the `columns` option of the API.
 */
export interface ColumnFlags {
  name?: string;
  key?: string;
  firstName?: string;
  lastName?: string;
  country?: string;
  birthDate?: string;
  /** The party-type column (person / company / vessel…). */
  schema?: string;
}

/** The columns of an input file by position (0-based), resolved from its header. */
export interface ColumnMapping {
  /** Each column's header as shown to the user. */
  headers: readonly string[];
  fields: Partial<Record<MappedField, number>>;
  identifiers: ReadonlyArray<{ index: number; type: IdentifierType }>;
}

/**
 * A header's comparable form: lower case, accents dropped, anything not a letter or digit as one `_`
 * ("Vendor Name" → `vendor_name`, "Date of Birth" → `date_of_birth`, "VAT-Nr." → `vat_nr`).
 */
export function foldHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}

const FLAG_NAMES: Record<MappedField, string> = {
  name: '--name-column',
  key: '--key-column',
  firstName: '--first-name-column',
  lastName: '--last-name-column',
  country: '--country-column',
  birthDate: '--dob-column',
  schema: '--type-column',
};

/**
 * Resolves which column holds the name, key, country, date of birth, party type and identifiers: the flags
 * first, then the usual headers (`name`, `vendor_name`, `company`, `first_name` + `last_name`, `country`,
 * `dob`, `vendor_id`, `tax_id`, `type`…). Each column may carry several labels (a spreadsheet's merged group
 * header and its own); any of them matches.
 *
 * @throws InputError naming the file and the missing column when no name column can be found, or when a flag
 * names a column the file does not have.
 */
export function resolveColumnMapping(
  file: string,
  headers: ReadonlyArray<string | readonly string[]>,
  flags: ColumnFlags = {},
): ColumnMapping {
  const labels = headers.map((h) => (typeof h === 'string' ? [h] : [...h]).filter((l) => l.trim() !== ''));
  const folded = labels.map((ls) => ls.map(foldHeader));
  const display = labels.map((ls, i) => ls[0] ?? `column ${i + 1}`);
  const listed = display.map((d) => `"${d}"`).join(', ') || '(none)';
  const taken = new Set<number>();
  const find = (wanted: string) => folded.findIndex((fs, i) => !taken.has(i) && fs.includes(wanted));
  const fields: ColumnMapping['fields'] = {};

  for (const field of Object.keys(FLAG_NAMES) as MappedField[]) {
    const flag = flags[field];
    if (flag === undefined) continue;
    const index = find(foldHeader(flag));
    if (index < 0) {
      throw new InputError(file, `no column "${flag}" (given with ${FLAG_NAMES[field]}). The columns are: ${listed}.`);
    }
    fields[field] = index;
    taken.add(index);
  }
  for (const field of Object.keys(FIELD_HEADERS) as MappedField[]) {
    if (fields[field] !== undefined || flags[field] !== undefined) continue;
    for (const header of FIELD_HEADERS[field]) {
      const index = find(header);
      if (index >= 0) {
        fields[field] = index;
        taken.add(index);
        break;
      }
    }
  }
  if (fields.name === undefined && fields.lastName === undefined) {
    throw new InputError(
      file,
      `no name column found: no column is headed name, vendor_name, company, company_name, supplier, customer, or first_name + last_name. ` +
        `The columns are: ${listed}. Say which column holds the names with --name-column "<header>" (columns.name in the API).`,
    );
  }
  const identifiers: Array<{ index: number; type: IdentifierType }> = [];
  for (const [type, names] of Object.entries(IDENTIFIER_HEADERS) as Array<[IdentifierType, readonly string[]]>) {
    for (const header of names) {
      const index = find(header);
      if (index >= 0) {
        identifiers.push({ index, type });
        taken.add(index);
      }
    }
  }
  return { headers: display, fields, identifiers };
}

/** The mapping as "field → header" text, for the audit trail and the summary. */
export function describeMapping(mapping: ColumnMapping): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, index] of Object.entries(mapping.fields)) {
    if (index !== undefined) out[`${field}Column`] = mapping.headers[index] ?? String(index);
  }
  for (const id of mapping.identifiers) out[`${id.type}Column`] = mapping.headers[id.index] ?? String(id.index);
  return out;
}
