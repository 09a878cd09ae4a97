import { excelSerialToPartialDate } from '../../model/partialDate.js';
import { type BatchRow, fallbackRowKey } from '../batchRow.js';
import { PARTY_TYPE_WORDS } from './columnHeaders.data.js';
import { type ColumnMapping, foldHeader } from './columnMapping.js';

/** A cell as readers give it: text, or a number when a spreadsheet stores one. */
export type CellValue = string | number | undefined;

const text = (value: CellValue): string =>
  value === undefined ? '' : typeof value === 'number' ? String(value) : value.trim();

/**
 * A date-of-birth cell as text. A spreadsheet stores dates as serial day numbers; a whole number from 1800
 * to 2100 is read as a year of birth instead (a year alone is common in these columns, a 1904 date is not).
 */
function birthDateText(value: CellValue): string {
  if (typeof value !== 'number') return text(value);
  if (Number.isInteger(value) && value >= 1800 && value <= 2100) return String(value);
  return excelSerialToPartialDate(value)?.date ?? String(value);
}

/**
 * Builds the screening row of one input record from its cells: the name (or first + last name when the name
 * cell is empty or absent), the key (the key column, else the name), the party type, country, date of birth
 * and identifiers. Cells it cannot use are kept out with a warning, never guessed.
 */
export function rowFromCells(mapping: ColumnMapping, cells: readonly CellValue[], row: number): BatchRow {
  const { fields } = mapping;
  const cell = (index: number | undefined) => (index === undefined ? '' : text(cells[index]));
  const warnings: string[] = [];
  // A line break inside a name cell is layout (a wrapped spreadsheet cell), not part of the name.
  let name = cell(fields.name).replace(/\s+/g, ' ');
  const personName = [cell(fields.firstName), cell(fields.lastName)].filter(Boolean).join(' ');
  let schema: string | undefined;
  if (!name && personName) {
    name = personName;
    schema = 'person';
  }
  const type = cell(fields.schema);
  if (type) {
    const kind = PARTY_TYPE_WORDS[foldHeader(type)];
    if (kind) schema = kind;
    else
      warnings.push(
        `type "${type}" is not a known party type (person, company, vessel…); screened as any kind of party`,
      );
  }
  const key = cell(fields.key);
  const country = cell(fields.country);
  const birthDate = fields.birthDate === undefined ? '' : birthDateText(cells[fields.birthDate]);
  const identifiers = mapping.identifiers
    .map((id) => ({ type: id.type, value: cell(id.index) }))
    .filter((id) => id.value !== '');
  return {
    row,
    key: key || fallbackRowKey(name, row),
    name,
    ...(schema ? { schema } : {}),
    ...(country ? { country } : {}),
    ...(birthDate ? { birthDate } : {}),
    ...(identifiers.length > 0 ? { identifiers } : {}),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}
