import type { EntitySchemaName } from '../../model/entity.js';
import type { SheetColumns } from '../shared/sheetHeader.js';

/** The columns of DFAT's consolidated list workbook, by field, with the header texts accepted. */
export const DFAT_COLUMNS = {
  reference: ['Reference'],
  name: ['Name of Individual or Entity', 'Name'],
  type: ['Type'],
  nameType: ['Name Type'],
  dateOfBirth: ['Date of Birth'],
  placeOfBirth: ['Place of Birth'],
  citizenship: ['Citizenship'],
  address: ['Address'],
  additionalInformation: ['Additional Information'],
  listingInformation: ['Listing Information'],
  committees: ['Committees'],
  controlDate: ['Control Date'],
} as const satisfies SheetColumns<string>;

/** A field of the DFAT workbook; see {@link DFAT_COLUMNS}. */
export type DfatColumn = keyof typeof DFAT_COLUMNS;

/** The columns without which the workbook is not DFAT's list: the reference folds alias rows into listings. */
export const DFAT_REQUIRED: readonly DfatColumn[] = ['reference', 'name', 'type', 'nameType'];

/** DFAT's "Type" values (folded to lower case, trimmed) and the entity schema each becomes. */
export const DFAT_SCHEMAS: Readonly<Record<string, EntitySchemaName>> = {
  individual: 'Person',
  entity: 'LegalEntity',
};

/** Cell texts (folded to lower case) that DFAT writes for "nothing known"; such a cell is empty, not a value. */
export const DFAT_NOT_AVAILABLE: ReadonlySet<string> = new Set(['na', 'n/a', 'nil', 'none', 'unknown', '-']);
