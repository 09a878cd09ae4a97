import type { EntitySchemaName } from '../../model/entity.js';
import type { SheetColumns } from '../shared/sheetHeader.js';

/** The columns of the FCDO "UK Sanctions List" summary export, by field, with the header texts accepted. */
export const UK_SHEET_COLUMNS = {
  uniqueId: ['Unique ID'],
  ofsiGroupId: ['OFSI Group ID', 'Group ID'],
  name: ['Name'],
  regime: ['Regime Name', 'Regime'],
  type: ['Type', 'Designation Type'],
  designationSource: ['Designation source'],
  dateDesignated: ['Date Designated'],
  sanctionsImposed: ['Sanctions Imposed'],
} as const satisfies SheetColumns<string>;

/** A field of the UK summary export; see {@link UK_SHEET_COLUMNS}. */
export type UkSheetColumn = keyof typeof UK_SHEET_COLUMNS;

/** The columns without which a row cannot be a UK designation. */
export const UK_SHEET_REQUIRED: readonly UkSheetColumn[] = ['uniqueId', 'name', 'type', 'regime'];

/** The FCDO's "Type" values (folded to lower case) and the entity schema each becomes. */
export const UK_SHEET_SCHEMAS: Readonly<Record<string, EntitySchemaName>> = {
  individual: 'Person',
  entity: 'LegalEntity',
  ship: 'Vessel',
};
