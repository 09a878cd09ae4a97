import { ListLoadError } from '../errors.js';
import type { SourceRef } from '../model/entity.js';
import type { LoadResult } from '../model/loadResult.js';
import type { ListLoader, LoadOptions } from './loaderTypes.js';
import {
  type CsvRecord,
  columnIndex,
  type DataRows,
  dataRows,
  parseCsvRecords,
  truncatedCsvError,
  warnOpenEnd,
} from './shared/csvRecords.js';
import { decodeListText, type ListInput } from './shared/listInput.js';
import { LoadCollector, type RecordLocation } from './shared/loadCollector.js';
import { ofsiDate } from './uk/ofsiDate.js';
import { foldOfsiGroup } from './uk/ofsiGroup.js';
import { OFSI_REQUIRED_COLUMNS, type OfsiColumns, type OfsiRow, ofsiColumns, ofsiRow } from './uk/ofsiRow.js';
import { reportNotes } from './xml/recordNotes.js';

/** The UK OFSI consolidated list, as loaded from ConList.csv unless `options.source` says otherwise. */
export const UK_OFSI_SOURCE: SourceRef = {
  list: 'uk-ofsi',
  name: 'UK OFSI Consolidated List of Financial Sanctions Targets',
};

const FORMAT_NAME = 'UK OFSI consolidated list CSV (ConList.csv)';
const fold = (cell: string | undefined) =>
  (cell ?? '')
    .replace(/^\uFEFF/, '')
    .replace(/^"|"$/g, '')
    .trim()
    .toLowerCase();
const isLastUpdatedRow = (cells: readonly string[]) => fold(cells[0]) === 'last updated';
const isOfsiHeader = (cells: readonly string[]) => {
  const names = new Set(cells.map(fold));
  return names.has('name 6') && names.has('group id');
};
const sameFields = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((v, i) => fold(v) === fold(b[i]));

/** The file's rows and how it ends, as dataRows reads them (`truncatedAtLine`, `openEnd`). */
interface OfsiFile extends Omit<DataRows, 'rows'> {
  /** The "Last Updated" row's date cell and line, when the file has that row. */
  lastUpdated?: { text: string; line: number };
  header: CsvRecord;
  columns: OfsiColumns;
  data: CsvRecord[];
}

function readOfsiFile(file: string, text: string): OfsiFile {
  if (text.trim() === '') {
    throw new ListLoadError('E_FILE_EMPTY', file, 'the file holds only blank space; the download probably failed.');
  }
  const parsed = parseCsvRecords(file, text);
  const first = parsed.records[0];
  const lastUpdated =
    first && isLastUpdatedRow(first.fields) ? { text: first.fields[1] ?? '', line: first.line } : undefined;
  const start = lastUpdated ? 1 : 0;
  const header = parsed.records[start];
  if (!header) throw new ListLoadError('E_FORMAT', file, `not a ${FORMAT_NAME} file: no header row`, { line: 1 });
  const columns = ofsiColumns(columnIndex(file, header.fields, OFSI_REQUIRED_COLUMNS, FORMAT_NAME));
  // Group ID is the last column and never empty, so a short last row with no line end was cut off mid-row.
  const { rows: data, ...ends } = dataRows(text, parsed, start);
  return { ...(lastUpdated ? { lastUpdated } : {}), header, columns, data, ...ends };
}

function listDate(read: OfsiFile): string | undefined {
  return read.lastUpdated ? ofsiDate(read.lastUpdated.text)?.date : undefined;
}

function reportListDate(collector: LoadCollector, file: string, read: OfsiFile): void {
  const message = read.lastUpdated
    ? `the "Last Updated" row says "${read.lastUpdated.text}", which is not a date: the list date is unknown`
    : 'the file has no "Last Updated" first row: the list date is unknown';
  collector.warn(
    { file, line: read.lastUpdated?.line ?? 1 },
    'NO_LIST_DATE',
    `${message}. Pass options.source.publishedAt to record which edition was screened.`,
  );
}

/** Sorts the data rows into their designations, rejecting the ones that cannot be joined to any. */
function groupRows(collector: LoadCollector, file: string, read: OfsiFile): Map<string, OfsiRow[]> {
  const groups = new Map<string, OfsiRow[]>();
  const width = read.header.fields.length;
  for (const record of read.data) {
    const where: RecordLocation = { file, line: record.line };
    if (record.fields.every((f) => f.trim() === '')) {
      collector.info(where, 'BLANK_ROW', `line ${record.line} has no values; skipped, not a record`);
      continue;
    }
    if (sameFields(record.fields, read.header.fields)) {
      collector.info(where, 'REPEATED_HEADER', `line ${record.line} repeats the header row; skipped, not a record`);
      continue;
    }
    const extra = record.fields.slice(width).some((f) => f.trim() !== '');
    if (extra || record.fields.length < width) {
      collector.reject(
        where,
        'CSV_ROW_WIDTH',
        `row not loaded: it has ${record.fields.length} fields where the header has ${width}, so its Group ID cannot be trusted; the name it holds is missing from its designation`,
      );
      continue;
    }
    const row = ofsiRow(record, read.columns);
    if (!row.groupId) {
      const name = [...row.givenNames, row.name6].join(' ');
      collector.reject(
        where,
        'MISSING_GROUP_ID',
        `row not loaded: it has no Group ID, so "${name}" cannot be joined to its designation`,
      );
      continue;
    }
    const rows = groups.get(row.groupId);
    if (rows) rows.push(row);
    else groups.set(row.groupId, [row]);
  }
  return groups;
}

/**
 * Parses the UK OFSI Consolidated List of Financial Sanctions Targets CSV (ConList.csv, 2022 format: a
 * `Last Updated,dd/mm/yyyy` row, then the header, then one row per name) into entities of list `uk-ofsi`, one per
 * Group ID (`uk-ofsi:15033` is the Wagner Group). The rows of a designation are folded with {@link foldOfsiGroup};
 * `meta.records` counts designations (plus rows that could not be joined to one), `meta.rows` the physical rows.
 * The Last Updated date becomes the list's `publishedAt`; a file without it loads with a NO_LIST_DATE warning.
 *
 * @throws ListLoadError `E_CSV_COLUMNS` without Name 6, Group ID or Group Type; `E_LIST_TRUNCATED` for a file that
 *   ends inside a row, unless `allowTruncated` (then that row is rejected).
 */
export async function parseUkCsv(input: ListInput, options: LoadOptions = {}): Promise<LoadResult> {
  const { file } = input;
  const { text } = decodeListText(input);
  const read = readOfsiFile(file, text);
  if (read.truncatedAtLine !== undefined && !options.allowTruncated)
    throw truncatedCsvError(file, read.truncatedAtLine, 'row');
  const publishedAt = listDate(read);
  const source: SourceRef = { ...UK_OFSI_SOURCE, ...(publishedAt ? { publishedAt } : {}), ...options.source };
  const collector = new LoadCollector('uk-csv', source, [file]);
  if (!publishedAt && !options.source?.publishedAt) reportListDate(collector, file, read);
  for (const [groupId, rows] of groupRows(collector, file, read)) {
    const where: RecordLocation = { file, line: rows[0]?.line ?? 1, record: groupId };
    const { entity, notes } = foldOfsiGroup(rows);
    reportNotes(collector, where, notes);
    if (entity.names.length === 0) {
      collector.reject(where, 'MISSING_NAME', 'designation not loaded: none of its rows has a name in Name 1..6');
      continue;
    }
    collector.add({ ...entity, id: `${source.list}:${groupId}`, sourceId: groupId, source }, where);
  }
  // Group ID being the last column, a cut inside it would join the row to another designation, or make one of its own.
  if (read.openEnd) warnOpenEnd(collector, file, read.openEnd, read.openEnd.value.trim() || undefined);
  if (read.truncatedAtLine !== undefined) {
    collector.reject(
      { file, line: read.truncatedAtLine },
      'TRUNCATED_RECORD',
      `row not loaded: the file ends inside it (line ${read.truncatedAtLine}); its designation may miss this name`,
    );
  }
  const rows = read.data.length + (read.truncatedAtLine === undefined ? 0 : 1);
  return collector.result({ rows });
}

/** Loader for the UK OFSI consolidated list CSV (list `uk-ofsi`). */
export const ukCsvLoader: ListLoader = {
  format: 'uk-csv',
  description: 'UK OFSI Consolidated List of Financial Sanctions Targets CSV (ConList.csv, 2022 format)',
  sniff(head) {
    const [first = '', second = ''] = head.replace(/^\uFEFF/, '').split(/\r?\n/, 2);
    const cells = (line: string) => line.split(',');
    return isLastUpdatedRow(cells(first)) || isOfsiHeader(cells(first)) || isOfsiHeader(cells(second));
  },
  parse(input, options = {}) {
    return parseUkCsv(input, options);
  },
};
