import { InputError } from '../../errors.js';
import type { BatchRow } from '../batchRow.js';
import {
  type ColumnFlags,
  type ColumnMapping,
  describeMapping,
  resolveColumnMapping,
} from '../columns/columnMapping.js';
import { rowFromCells } from '../columns/rowFromCells.js';
import { openCsvInput } from './csvReader.js';
import { openJsonlInput } from './jsonlReader.js';
import type { ReadProgress, TabularInput } from './tabularInput.js';
import { openXlsxInput } from './xlsxReader.js';

/** The input file formats batch screening reads. */
export type InputFormat = TabularInput['format'];

/** Options of {@link openBatchFile}. */
export interface BatchFileOptions {
  /** The format; by default from the file extension (.xlsx, .jsonl/.ndjson, anything else CSV). */
  format?: InputFormat;
  /** Which columns hold the name, key, country…; by default recognised from the headers. */
  columns?: ColumnFlags;
  /** The CSV delimiter, any one character; detected among `,` `;` tab `|` by default. */
  delimiter?: string;
}

/** An input file opened for screening: its rows (streamed), the column mapping, and the facts for the audit. */
export interface BatchFile {
  file: string;
  format: InputFormat;
  rows: AsyncIterable<BatchRow>;
  mapping: ColumnMapping;
  /** Input facts for the audit trail: file, format, encoding, delimiter, sheet, and which column is which. */
  facts: Record<string, string>;
  progress: ReadProgress;
  /** Records with no content at all (a blank spreadsheet row, a line of bare delimiters), counted as they are passed over. */
  blank: { records: number };
}

/** The input format a file name implies. */
export function inputFormatOf(file: string): InputFormat {
  const lower = file.toLowerCase();
  if (lower.endsWith('.xlsx') || lower.endsWith('.xlsm')) return 'xlsx';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson') || lower.endsWith('.json')) return 'jsonl';
  if (lower.endsWith('.xls')) {
    throw new InputError(file, 'is an Excel 97–2003 .xls workbook; save it as .xlsx or CSV first.', {
      code: 'E_FORMAT',
    });
  }
  return 'csv';
}

/**
 * Opens a vendor or customer file (CSV in any common delimiter and encoding, .xlsx, JSON lines) for batch
 * screening: reads its header, resolves which column is which (flags first, then the usual headers), and
 * streams its rows as screening rows. A record that cannot be read becomes a row with `error` set; a record
 * with no content at all (a blank spreadsheet row, a line of bare delimiters) is not a row, but is counted in
 * `blank`, so a summary can account for every line of the file.
 *
 * @throws InputError naming the file, and the missing column when no name column can be found.
 * @example
 * const input = await openBatchFile('vendors.csv', { columns: { key: 'Vendor No' } });
 * for await (const result of screenBatch(input.rows, { lists })) …
 */
export async function openBatchFile(file: string, options: BatchFileOptions = {}): Promise<BatchFile> {
  const format = options.format ?? inputFormatOf(file);
  const columns = options.columns ?? {};
  const input =
    format === 'xlsx'
      ? await openXlsxInput(file, columns)
      : format === 'jsonl'
        ? await openJsonlInput(file)
        : await openCsvInput(file, options.delimiter ? { delimiter: options.delimiter } : {});
  const mapping = resolveColumnMapping(file, input.headers, columns);
  const blank = { records: 0 };
  async function* rows(): AsyncGenerator<BatchRow> {
    for await (const record of input.records) {
      if ('error' in record) {
        yield { row: record.row, key: `row:${record.row}`, name: '', error: record.error };
        continue;
      }
      if (record.cells.every((c) => c === undefined || String(c).trim() === '')) {
        blank.records++;
        continue;
      }
      yield rowFromCells(mapping, record.cells, record.row);
    }
  }
  return {
    file,
    format,
    rows: rows(),
    mapping,
    facts: { file, format, ...input.facts, ...describeMapping(mapping) },
    progress: input.progress,
    blank,
  };
}
