import type { SourceRef } from '../model/entity.js';
import type { LoadResult } from '../model/loadResult.js';
import { type DfatRow, groupListings, latestControlDate, listingEntity } from './dfat/dfatListing.js';
import { DFAT_COLUMNS, DFAT_REQUIRED, type DfatColumn } from './dfat/dfatSheet.data.js';
import type { ListLoader, LoadOptions } from './loaderTypes.js';
import type { ListInput } from './shared/listInput.js';
import { LoadCollector, type RecordLocation } from './shared/loadCollector.js';
import { findSheetTable, reportSheetLayout } from './shared/sheetHeader.js';
import { readSheetRows, type SheetRow } from './shared/sheetRows.js';
import { sniffXlsx } from './shared/zipContainer.js';

/** Australia's consolidated sanctions list as DFAT publishes it, unless `options.source` says otherwise. */
export const AU_DFAT_SOURCE: SourceRef = { list: 'au-dfat', name: 'Australian Sanctions Consolidated List (DFAT)' };

const WHAT = 'an Australian DFAT consolidated list workbook';

/** Values in cells right of the last header column: nobody can say what they are, so they are reported. */
function reportStrayCells(collector: LoadCollector, file: string, row: SheetRow, width: number, record?: string) {
  row.cells.slice(width).forEach((value, i) => {
    if (value.trim() === '') return;
    collector.warn(
      { file, line: row.row, ...(record ? { record } : {}) },
      'CELL_OUTSIDE_TABLE',
      `row ${row.row} has "${value.trim()}" in column ${width + i + 1}, which has no header; not loaded`,
    );
  });
}

/**
 * Parses DFAT's consolidated list workbook (regulation8_consolidated.xlsx: Reference, Name of Individual or
 * Entity, Type, Name Type, Date of Birth, …, Committees, Control Date) into entities of list `au-dfat`. Each
 * alias is its own row with a suffixed reference (7209a, 7209b); those rows are folded into their listing
 * (`au-dfat:7209`), so `meta.records` counts listings and `meta.rows` the physical rows below the header.
 * The list's date is its latest Control Date, as the workbook states none.
 */
export async function parseDfatXlsx(input: ListInput, options: LoadOptions = {}): Promise<LoadResult> {
  const { file } = input;
  const sheets = await readSheetRows(input, 'xlsx');
  const table = findSheetTable(file, sheets, { what: WHAT, columns: DFAT_COLUMNS, required: DFAT_REQUIRED });
  const width = Math.max(...table.columns.values(), ...table.extra.map((e) => e.index)) + 1;
  const nameRows: DfatRow[] = [];
  const unreferenced: SheetRow[] = [];
  const rowOf = new Map<number, SheetRow>();
  for (const row of table.rows) {
    const text = (column: DfatColumn) => {
      const i = table.columns.get(column);
      return i === undefined ? '' : (row.cells[i] ?? '');
    };
    const reference = text('reference').trim();
    rowOf.set(row.row, row);
    if (reference === '') unreferenced.push(row);
    else nameRows.push({ row: row.row, reference, text });
  }
  const listings = groupListings(nameRows);
  const latest = listings
    .map(latestControlDate)
    .filter((d): d is string => d !== undefined)
    .sort()
    .pop();
  const source: SourceRef = { ...AU_DFAT_SOURCE, ...(latest ? { publishedAt: latest } : {}), ...options.source };
  const collector = new LoadCollector('dfat-xlsx', source, [file]);
  if (!options.source?.publishedAt) {
    collector.info(
      { file, line: 1 },
      latest ? 'LIST_DATE_FROM_CONTROL_DATES' : 'NO_LIST_DATE',
      latest
        ? `the workbook states no publication date; the list is dated by its latest Control Date, ${latest}`
        : 'the workbook states no publication date and has no Control Date: pass source.publishedAt',
    );
  }
  reportSheetLayout(collector, file, table, "DFAT's layout");
  for (const listing of listings) {
    const where: RecordLocation = { file, line: listing.rows[0]?.row ?? table.headerRow, record: listing.reference };
    const { entity, notes } = listingEntity(listing, source);
    for (const { header, index } of table.extra) {
      const values = [...new Set(listing.rows.map((r) => (rowOf.get(r.row)?.cells[index] ?? '').trim()))];
      const kept = values.filter(Boolean);
      if (kept.length > 0) entity.properties = { ...entity.properties, [header]: kept };
    }
    if (!collector.add(entity, where)) continue;
    for (const note of notes) {
      collector.warn({ file, line: note.line, record: listing.reference }, note.code, note.message, note.field);
    }
    for (const r of listing.rows) {
      const row = rowOf.get(r.row);
      if (row) reportStrayCells(collector, file, row, width, listing.reference);
    }
  }
  for (const row of unreferenced) {
    const name = row.cells[table.columns.get('name') ?? -1]?.trim();
    collector.reject(
      { file, line: row.row },
      'MISSING_REFERENCE',
      `record not loaded: row ${row.row}${name ? ` ("${name}")` : ''} has no Reference, so it belongs to no listing`,
      'reference',
    );
  }
  return collector.result({ rows: table.rows.length + table.blankRows.length });
}

/** Loader for Australia's DFAT consolidated list workbook (.xlsx), list `au-dfat`, alias rows folded. */
export const dfatXlsxLoader: ListLoader = {
  format: 'dfat-xlsx',
  description: 'Australia DFAT consolidated list (regulation8_consolidated.xlsx), alias rows folded into listings',
  sniff: sniffXlsx,
  parse(input, options = {}) {
    return parseDfatXlsx(input, options);
  },
};
