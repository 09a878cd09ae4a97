import { type CsvRecord, columnPosition } from '../shared/csvRecords.js';

/** The columns a ConList.csv must have: without them rows cannot be named, typed or folded into designations. */
export const OFSI_REQUIRED_COLUMNS = ['Name 6', 'Group ID', 'Group Type'] as const;

/** One physical row of the OFSI consolidated list: one name of one designation, with the designation's details. */
export interface OfsiRow {
  line: number;
  groupId: string;
  groupType: string;
  /** Name 1..5 (given names), then Name 6 (surname, or the whole name of an entity or ship). */
  givenNames: string[];
  name6: string;
  title: string;
  nonLatinName: string;
  scriptType: string;
  scriptLanguage: string;
  dob: string;
  townOfBirth: string;
  countryOfBirth: string;
  nationality: string;
  passportNumber: string;
  passportDetails: string;
  nationalIdNumber: string;
  nationalIdDetails: string;
  position: string;
  addressLines: string[];
  postCode: string;
  country: string;
  otherInformation: string;
  aliasType: string;
  aliasQuality: string;
  regime: string;
  listedOn: string;
  designatedOn: string;
  lastUpdated: string;
}

// The 2022-format columns this loader reads, by the header names OFSI writes.
const OFSI_COLUMNS = [
  'Group ID',
  'Group Type',
  'Name 1',
  'Name 2',
  'Name 3',
  'Name 4',
  'Name 5',
  'Name 6',
  'Title',
  'Name Non-Latin Script',
  'Non-Latin Script Type',
  'Non-Latin Script Language',
  'DOB',
  'Town of Birth',
  'Country of Birth',
  'Nationality',
  'Passport Number',
  'Passport Details',
  'National Identification Number',
  'National Identification Details',
  'Position',
  'Address 1',
  'Address 2',
  'Address 3',
  'Address 4',
  'Address 5',
  'Address 6',
  'Post/Zip Code',
  'Country',
  'Other Information',
  'Alias Type',
  'Alias Quality',
  'Regime',
  'Listed On',
  'UK Sanctions List Date Designated',
  'Last Updated',
] as const;

/** Where each ConList column sits in this file's header (undefined when the file lacks it). */
export type OfsiColumns = Readonly<Record<(typeof OFSI_COLUMNS)[number], number | undefined>>;

/** Looks the ConList columns up in a header's {@link columnIndex} map once, for {@link ofsiRow}. */
export function ofsiColumns(columns: Map<string, number>): OfsiColumns {
  return Object.fromEntries(OFSI_COLUMNS.map((name) => [name, columnPosition(columns, name)])) as OfsiColumns;
}

function cellText(record: CsvRecord, at: OfsiColumns, name: keyof OfsiColumns): string {
  const i = at[name];
  const cell = i === undefined ? '' : (record.fields[i] ?? '');
  // Most cells are empty; only filled ones pay for the whitespace clean-up (line breaks inside quoted text too).
  return cell === '' ? '' : cell.replace(/\s+/g, ' ').trim();
}

/** Reads a data row by the header's column positions; absent optional columns read as empty. */
export function ofsiRow(record: CsvRecord, at: OfsiColumns): OfsiRow {
  const text = (name: keyof OfsiColumns) => cellText(record, at, name);
  const filled = (names: ReadonlyArray<keyof OfsiColumns>) => names.map(text).filter((v) => v !== '');
  const group = text('Group ID');
  return {
    line: record.line,
    // Spreadsheet round-trips turn the id into a float ("15033.0").
    groupId: /^\d+\.0+$/.test(group) ? group.replace(/\.0+$/, '') : group,
    groupType: text('Group Type'),
    givenNames: filled(['Name 1', 'Name 2', 'Name 3', 'Name 4', 'Name 5']),
    name6: text('Name 6'),
    title: text('Title'),
    nonLatinName: text('Name Non-Latin Script'),
    scriptType: text('Non-Latin Script Type'),
    scriptLanguage: text('Non-Latin Script Language'),
    dob: text('DOB'),
    townOfBirth: text('Town of Birth'),
    countryOfBirth: text('Country of Birth'),
    nationality: text('Nationality'),
    passportNumber: text('Passport Number'),
    passportDetails: text('Passport Details'),
    nationalIdNumber: text('National Identification Number'),
    nationalIdDetails: text('National Identification Details'),
    position: text('Position'),
    addressLines: filled(['Address 1', 'Address 2', 'Address 3', 'Address 4', 'Address 5', 'Address 6']),
    postCode: text('Post/Zip Code'),
    country: text('Country'),
    otherInformation: text('Other Information'),
    aliasType: text('Alias Type'),
    aliasQuality: text('Alias Quality'),
    regime: text('Regime'),
    listedOn: text('Listed On'),
    designatedOn: text('UK Sanctions List Date Designated'),
    lastUpdated: text('Last Updated'),
  };
}

const NUMBERED = /\(\d{1,2}\)/;

/**
 * The values of a cell that OFSI numbers when it holds several ("(1) Russia (2) Ukraine" → Russia, Ukraine); a
 * cell without numbers is one value. Empty parts are dropped.
 */
export function ofsiValues(cell: string): string[] {
  if (cell === '') return [];
  if (!NUMBERED.test(cell)) return [cell];
  return cell
    .split(/\(\d{1,2}\)/)
    .map((part) => part.replace(/[\s,;]+$/, '').trim())
    .filter((part) => part !== '');
}
