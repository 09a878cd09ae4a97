import type { EntityInput, EntitySchemaName, SourceRef } from '../model/entity.js';
import type { ListFormat, LoadResult } from '../model/loadResult.js';
import { makeName } from '../model/name.js';
import { parsePartialDate } from '../model/partialDate.js';
import type { ListLoader, LoadOptions } from './loaderTypes.js';
import type { ListInput } from './shared/listInput.js';
import { LoadCollector, type RecordLocation } from './shared/loadCollector.js';
import { findSheetTable, reportSheetLayout, type SheetTable } from './shared/sheetHeader.js';
import { readSheetRows, type SheetContainer, type SheetRow } from './shared/sheetRows.js';
import { sniffOds, sniffXlsx } from './shared/zipContainer.js';
import { UK_SHEET_COLUMNS, UK_SHEET_REQUIRED, UK_SHEET_SCHEMAS, type UkSheetColumn } from './uk/ukSheet.data.js';

/** The UK Sanctions List as the FCDO publishes it, unless `options.source` says otherwise. */
export const UK_FCDO_SOURCE: SourceRef = { list: 'uk-fcdo', name: 'UK Sanctions List (FCDO)' };

const WHAT = 'a UK Sanctions List (FCDO) spreadsheet';

interface RowWarning {
  code: string;
  message: string;
  field: string;
}

const splitValues = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((v) => v.trim())
    .filter(Boolean);

/** One designation row of the summary export as an entity, with what could not be taken as written. */
function designation(
  row: SheetRow,
  table: SheetTable<UkSheetColumn>,
  source: SourceRef,
): { entity: EntityInput; warnings: RowWarning[] } {
  const cell = (column: UkSheetColumn) => {
    const i = table.columns.get(column);
    return i === undefined ? '' : (row.cells[i] ?? '').trim();
  };
  const warnings: RowWarning[] = [];
  const properties: Record<string, string[]> = {};
  const keep = (key: string, values: string[]) => {
    if (values.length > 0) properties[key] = values;
  };
  const uniqueId = cell('uniqueId');
  const typeText = cell('type');
  const known = UK_SHEET_SCHEMAS[typeText.toLowerCase()];
  const schema: EntitySchemaName = known ?? 'LegalEntity';
  if (!known) {
    warnings.push({
      code: 'UNKNOWN_TYPE',
      field: 'type',
      message: `type "${typeText}" is not Individual, Entity or Ship; loaded as LegalEntity`,
    });
  }
  const dateText = cell('dateDesignated');
  const listedOn = dateText ? parsePartialDate(dateText) : undefined;
  if (dateText && !listedOn) {
    keep('dateDesignatedText', [dateText]);
    warnings.push({
      code: 'UNPARSED_DATE',
      field: 'dateDesignated',
      message: `Date Designated "${dateText}" is not a date; kept as text`,
    });
  }
  const groupId = cell('ofsiGroupId');
  // "UK|UN": designated under both a UK and a UN listing.
  keep('designationSource', splitValues(cell('designationSource'), /[|;]/));
  keep('sanctionsImposed', splitValues(cell('sanctionsImposed'), /,/));
  for (const { header, index } of table.extra) keep(header, splitValues(row.cells[index] ?? '', /\n/));
  const name = cell('name');
  const regime = cell('regime');
  const entity: EntityInput = {
    id: `${source.list}:${uniqueId}`,
    sourceId: uniqueId,
    source,
    schema,
    names: name ? [makeName(name, 'primary')] : [],
    programs: regime ? [regime] : [],
    identifiers: groupId ? [{ type: 'other', value: groupId, label: 'OFSI Group ID' }] : [],
    properties,
  };
  if (listedOn) entity.listedOn = listedOn;
  return { entity, warnings };
}

/**
 * Parses the FCDO "UK Sanctions List" summary spreadsheet (Unique ID, OFSI Group ID, Name, Regime Name, Type,
 * Designation source, Date Designated, Sanctions Imposed) into entities of list `uk-fcdo`, one per row, named
 * by the Unique ID (`uk-fcdo:RUS1090`). The header row is found by its column names, below any title rows.
 * Use it through {@link ukOdsLoader} or {@link ukXlsxLoader}; the container is the only difference.
 */
export async function parseUkSheet(
  input: ListInput,
  container: SheetContainer,
  format: ListFormat,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const { file } = input;
  const sheets = await readSheetRows(input, container);
  const table = findSheetTable(file, sheets, { what: WHAT, columns: UK_SHEET_COLUMNS, required: UK_SHEET_REQUIRED });
  const source: SourceRef = { ...UK_FCDO_SOURCE, ...options.source };
  const collector = new LoadCollector(format, source, [file]);
  if (!source.publishedAt) {
    collector.warn(
      { file, line: 1 },
      'NO_LIST_DATE',
      'the spreadsheet states no publication date: pass source.publishedAt to record which edition was screened',
    );
  }
  reportSheetLayout(collector, file, table, 'the summary layout');
  for (const row of table.rows) {
    const where: RecordLocation = { file, line: row.row };
    const { entity, warnings } = designation(row, table, source);
    if (!entity.sourceId) {
      collector.reject(where, 'MISSING_ID', `record not loaded: row ${row.row} has no Unique ID`, 'uniqueId');
      continue;
    }
    where.record = entity.sourceId;
    if (entity.names.length === 0) {
      const group = entity.identifiers?.[0]?.value;
      collector.reject(
        where,
        'MISSING_NAME',
        `record not loaded: designation ${entity.sourceId}${group ? ` (OFSI Group ID ${group})` : ''} has no name in the file, so it cannot be screened; look it up in the full UK Sanctions List`,
        'name',
      );
      continue;
    }
    if (!collector.add(entity, where)) continue;
    for (const w of warnings) collector.warn(where, w.code, w.message, w.field);
  }
  return collector.result();
}

/** Loader for the FCDO UK Sanctions List summary spreadsheet saved as OpenDocument (.ods), list `uk-fcdo`. */
export const ukOdsLoader: ListLoader = {
  format: 'uk-ods',
  description: 'UK Sanctions List (FCDO) spreadsheet, .ods (summary layout: Unique ID, Name, Regime Name, Type, …)',
  sniff: sniffOds,
  parse(input, options = {}) {
    return parseUkSheet(input, 'ods', 'uk-ods', options);
  },
};

/** Loader for the FCDO UK Sanctions List summary spreadsheet saved as Excel (.xlsx), list `uk-fcdo`. */
export const ukXlsxLoader: ListLoader = {
  format: 'uk-xlsx',
  description: 'UK Sanctions List (FCDO) spreadsheet, .xlsx (summary layout: Unique ID, Name, Regime Name, Type, …)',
  sniff: sniffXlsx,
  parse(input, options = {}) {
    return parseUkSheet(input, 'xlsx', 'uk-xlsx', options);
  },
};
