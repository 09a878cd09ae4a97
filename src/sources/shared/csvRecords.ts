import { CsvError, parse } from 'csv-parse/sync';
import { ListLoadError } from '../../errors.js';

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
}

/**
 * Parses CSV text into records of raw fields with csv-parse, keeping each record's line number.
 * Width is not enforced here; loaders check columns so they can report the record. A text that ends inside
 * a quoted field is reported through `truncatedAtLine` rather than thrown, so the caller decides (by default
 * loaders refuse such a file as truncated). Any other syntax error is refused with its line.
 *
 * @throws ListLoadError `E_FORMAT` on malformed CSV.
 */
export function parseCsvRecords(file: string, text: string, options: { delimiter?: string } = {}): CsvRecords {
  const records: CsvRecord[] = [];
  let lastEndLine = 0;
  try {
    parse(text, {
      delimiter: options.delimiter ?? ',',
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      relax_quotes: false,
      raw: true,
      on_record: (parsed: string[], context) => {
        // With `raw: true` csv-parse hands { record, raw } here; its types do not say so.
        const value = parsed as unknown as { record: string[]; raw: string };
        // The record ends on context.lines; it starts as many lines earlier as it has line breaks inside
        // (skipped blank lines before it are part of `raw` and do not count).
        const body = value.raw.replace(/^(?:\r?\n)+/, '').replace(/\r?\n$/, '');
        let inner = 0;
        for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) inner++;
        records.push({ fields: value.record, line: context.lines - inner });
        lastEndLine = context.lines;
        return null;
      },
    });
  } catch (error) {
    if (error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED') {
      return { records, truncatedAtLine: lastEndLine + 1 };
    }
    const line = error instanceof CsvError ? (error as CsvError & { lines?: number }).lines : undefined;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ListLoadError('E_FORMAT', file, `not valid CSV${line ? ` at line ${line}` : ''}: ${reason}`, {
      ...(line ? { line } : {}),
      cause: error,
    });
  }
  return { records };
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
  return new Map([...index].map(([k, v]) => [k, v]));
}

/** Reads a field by (folded) column name from a record, trimmed; empty when absent. */
export function field(record: CsvRecord, columns: Map<string, number>, name: string): string {
  const i = columns.get(
    name
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, '_'),
  );
  return i === undefined ? '' : (record.fields[i] ?? '').trim();
}
