import Papa from 'papaparse';
import { ListLoadError } from '../../errors.js';
import type { LoadCollector } from './loadCollector.js';

/** One CSV record with the line it starts on (1-based). */
export interface CsvRecord {
  fields: string[];
  line: number;
}

/** The records of a CSV file, and whether the file ended inside a quoted field (a cut-short download). */
export interface CsvRecords {
  records: CsvRecord[];
  /** Set when the text ends inside an open quote: the last record is incomplete and was not returned. */
  truncatedAtLine?: number;
  /** The incomplete last record, as far as it goes, when `truncatedAtLine` is set. */
  truncatedFields?: string[];
}

/**
 * Parses CSV text into records of raw fields with Papa Parse, keeping each record's line number.
 * Papa Parse rather than csv-parse: on the 3.9 MB OFAC sdn.csv it takes about 40 ms against csv-parse's
 * 150 ms, and list loads sit on every screening run's start-up path.
 * Width is not enforced here; loaders check columns so they can report the record. A text that ends inside
 * a quoted field is reported through `truncatedAtLine` rather than thrown, so the caller decides (by default
 * loaders refuse such a file as truncated). A malformed quote elsewhere is refused with its line.
 *
 * @throws ListLoadError `E_FORMAT` on malformed CSV.
 */
export function parseCsvRecords(file: string, input: string, options: { delimiter?: string } = {}): CsvRecords {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  const n = text.length;
  let previousEnd = 0;
  let scanned = 0;
  let line = 1;
  const lineAt = (position: number) => {
    for (let i = text.indexOf('\n', scanned); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) line++;
    scanned = position;
    return line;
  };
  let truncated: { line: number; fields: string[] } | undefined;
  let malformed: { line: number; message: string } | undefined;
  Papa.parse<string[]>(text, {
    delimiter: options.delimiter ?? ',',
    skipEmptyLines: true,
    step: (row) => {
      let start = previousEnd;
      while (start < n && (text.charCodeAt(start) === 10 || text.charCodeAt(start) === 13)) start++;
      const at = lineAt(start);
      previousEnd = row.meta.cursor;
      const quoteError = row.errors.find((e) => e.type === 'Quotes');
      if (quoteError?.code === 'MissingQuotes' && !row.errors.some((e) => e.code === 'InvalidQuotes')) {
        truncated = { line: at, fields: row.data };
        return;
      }
      if (quoteError) {
        malformed ??= { line: at, message: quoteError.message };
        return;
      }
      records.push({ fields: row.data, line: at });
    },
  });
  // A record cut just after its opening quote parses as an empty line, which is skipped: the text then ends with
  // that quote alone, after the last record read.
  if (!truncated && text.slice(previousEnd).trim() === '"') {
    const quote = text.lastIndexOf('"');
    truncated = { line: lineAt(quote), fields: [] };
  }
  if (malformed) {
    throw new ListLoadError(
      'E_FORMAT',
      file,
      `not valid CSV at line ${malformed.line}: ${malformed.message.toLowerCase()}.`,
      {
        line: malformed.line,
      },
    );
  }
  if (truncated) return { records, truncatedAtLine: truncated.line, truncatedFields: truncated.fields };
  return { records };
}

/**
 * The last row of a file that no line break follows, taken whole (see {@link dataRows}): where a download cut inside
 * the row's last field would read the same.
 */
export interface OpenEnd {
  /** The row's line. */
  line: number;
  /** The header's name of the row's last field. */
  column: string;
  /** The row's last field as read. */
  value: string;
}

/** What {@link dataRows} gives a loader. */
export interface DataRows {
  rows: CsvRecord[];
  /** The line of the record the file stops inside, which is not among {@link rows}. */
  truncatedAtLine?: number;
  /** The last row, when the file does not end with a line break and that row has the header's width. */
  openEnd?: OpenEnd;
}

/**
 * Whether a line break ends `text`, blanks after it aside. Read from the blanks the end trims off: a pattern anchored at
 * the end (/[\r\n]\s*$/) is tried at every line break of the file, 2–5 ms for a 3 MB list.
 */
function endsWithLineBreak(text: string): boolean {
  const end = text.trimEnd().length;
  return end < text.length && /[\r\n]/.test(text.slice(end));
}

/**
 * The data rows of `parsed` (those after its record `headerAt`, the header) and the line of the record the file stops
 * inside, if any: one that ends in an open quote (see parseCsvRecords), or else the last row when no line break
 * follows it and it has fewer fields than the header (a download cut just after a closed quote, or in an unquoted
 * field before the last), which is then not among the rows. A record cut inside its last field keeps the header's
 * width: it cannot be told from a complete one, so when no line break ends the file, its last row is named as
 * {@link DataRows.openEnd} (see {@link warnOpenEnd}). The lists' publishers end their files with one.
 */
export function dataRows(text: string, parsed: CsvRecords, headerAt: number): DataRows {
  const { records, truncatedAtLine } = parsed;
  const rows = records.slice(headerAt + 1);
  if (truncatedAtLine !== undefined) return { rows, truncatedAtLine };
  const last = rows[rows.length - 1];
  const header = records[headerAt]?.fields ?? [];
  if (last === undefined || endsWithLineBreak(text)) return { rows };
  if (last.fields.length < header.length) return { rows: rows.slice(0, -1), truncatedAtLine: last.line };
  const at = header.length - 1;
  return { rows, openEnd: { line: last.line, column: header[at] ?? '', value: last.fields[at] ?? '' } };
}

/**
 * The refusal (`E_LIST_TRUNCATED`) of a CSV file that stops inside its `unit` (record or row) starting at `line` (see
 * {@link dataRows}), for a loader not asked to take the complete ones with allowTruncated.
 */
export function truncatedCsvError(file: string, line: number, unit: 'record' | 'row'): ListLoadError {
  return new ListLoadError(
    'E_LIST_TRUNCATED',
    file,
    `the file ends inside the ${unit} starting at line ${line}: it is truncated. Download the list again, or load it with allowTruncated to take the complete ${unit}s.`,
    { line },
  );
}

/**
 * Warns that the file does not end with a line break (NO_FINAL_LINE_BREAK), at its last row, `record` when the loader
 * knows its id: a download cut inside that row's last field loads the same, with the field cut short. A file a team
 * wrote by hand may simply lack the line break; the warning says which value to check.
 */
export function warnOpenEnd(collector: LoadCollector, file: string, openEnd: OpenEnd, record?: string): void {
  collector.warn(
    { file, line: openEnd.line, ...(record ? { record } : {}) },
    'NO_FINAL_LINE_BREAK',
    `the file does not end with a line break after its last row (line ${openEnd.line}): a download cut inside that row's last field reads the same. Check its ${openEnd.column} ("${openEnd.value}") against the publisher's list, or download the file again.`,
    openEnd.column,
  );
}

/**
 * Maps header names to column positions, case- and space-insensitively, and refuses a file that lacks
 * required columns, naming them and the columns it found.
 *
 * @throws ListLoadError `E_CSV_COLUMNS` when a required column is missing.
 */
export function columnIndex(
  file: string,
  header: string[],
  required: readonly string[],
  formatName: string,
): Map<string, number> {
  const fold = (s: string) =>
    s
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, '_');
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    const key = fold(name);
    if (!index.has(key)) index.set(key, i);
  });
  const missing = required.filter((name) => !index.has(fold(name)));
  if (missing.length > 0) {
    throw new ListLoadError(
      'E_CSV_COLUMNS',
      file,
      `not a ${formatName} file: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (found: ${header.slice(0, 12).join(', ')}${header.length > 12 ? ', …' : ''})`,
      { line: 1 },
    );
  }
  return index;
}

/**
 * The position of a column by (folded) name in a {@link columnIndex} map, or undefined when the file lacks it.
 * Loaders that read many rows look their columns up once with it instead of folding names per cell.
 */
export function columnPosition(columns: Map<string, number>, name: string): number | undefined {
  return columns.get(
    name
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, '_'),
  );
}

/** Reads a field by (folded) column name from a record, trimmed; empty when absent. */
export function field(record: CsvRecord, columns: Map<string, number>, name: string): string {
  const i = columnPosition(columns, name);
  return i === undefined ? '' : (record.fields[i] ?? '').trim();
}
