import { ListLoadError } from '../../errors.js';
import { parseCsvRecords } from '../shared/csvRecords.js';
import type { ListInput } from '../shared/listInput.js';
import { decodeListText } from '../shared/listInput.js';

/** The four files of an OFAC legacy CSV set, by role (sdn.csv or cons_prim.csv is `sdn`). */
export type OfacCsvFileKind = 'sdn' | 'alt' | 'add' | 'comments';

/** Column count and description of each file of the set, as OFAC documents the legacy CSV layout. */
export const OFAC_CSV_LAYOUTS: Readonly<Record<OfacCsvFileKind, { columns: number; description: string }>> = {
  sdn: {
    columns: 12,
    description:
      'an SDN CSV (ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks)',
  },
  alt: { columns: 5, description: 'an OFAC alt.csv (ent_num, alt_num, alt_type, alt_name, alt_remarks)' },
  add: {
    columns: 6,
    description: 'an OFAC add.csv (ent_num, add_num, address, city/state/postal code, country, add_remarks)',
  },
  comments: { columns: 2, description: 'an OFAC sdn_comments.csv (ent_num, remarks_extension)' },
};

/** One row of an OFAC CSV: its 1-based line and its fields, trimmed, with OFAC's empty marker `-0-` made ''. */
export interface OfacCsvRow {
  line: number;
  fields: string[];
}

/** The rows of one OFAC CSV file, with what was wrong with it. */
export interface OfacCsvFile {
  kind: OfacCsvFileKind;
  file: string;
  /** Rows of the expected width. */
  rows: OfacCsvRow[];
  /** Rows of another width, not used. */
  badRows: Array<{ line: number; width: number; entNum: string }>;
  /** Whether the file ends with OFAC's end-of-file byte 0x1A. */
  hasEndMarker: boolean;
  /** Set (with allowTruncated) when the file ends inside a quoted field: the record starting there is incomplete. */
  truncated?: { line: number; entNum: string };
  /** Every physical row read, including bad and incomplete ones. */
  rowCount: number;
}

const EMPTY = '-0-';
const END_MARKER = /\x1a\s*$/;
const ENT_NUM = /^\d+$/;

function clean(value: string): string {
  const trimmed = value.trim();
  return trimmed === EMPTY ? '' : trimmed;
}

/**
 * Reads one file of an OFAC legacy CSV set (headerless, comma-separated, Windows-1252, `-0-` for empty, ending with
 * byte 0x1A) into rows, checking the layout on the first row.
 *
 * @throws ListLoadError `E_FILE_EMPTY` for an empty file, `E_CSV_COLUMNS` when the first row is not this file's
 *   layout, `E_FORMAT` for broken quoting, and `E_LIST_TRUNCATED` when the file ends inside a quoted field (unless
 *   `allowTruncated`).
 */
export function readOfacCsv(
  input: ListInput,
  kind: OfacCsvFileKind,
  options: { allowTruncated?: boolean } = {},
): OfacCsvFile {
  const { file } = input;
  const decoded = decodeListText(input).text;
  const hasEndMarker = END_MARKER.test(decoded);
  const text = hasEndMarker ? decoded.replace(END_MARKER, '') : decoded;
  const parsed = parseCsvRecords(file, text);
  const records: OfacCsvRow[] = parsed.records.map((r) => ({ line: r.line, fields: r.fields.map(clean) }));
  const openQuote: OfacCsvRow | undefined =
    parsed.truncatedAtLine === undefined
      ? undefined
      : { line: parsed.truncatedAtLine, fields: (parsed.truncatedFields ?? []).map(clean) };
  const layout = OFAC_CSV_LAYOUTS[kind];
  const head = records[0];
  if (head && (head.fields.length !== layout.columns || !ENT_NUM.test(head.fields[0] ?? ''))) {
    const sample = head.fields
      .slice(0, 4)
      .map((f) => (f.length > 30 ? `${f.slice(0, 30)}…` : f))
      .join(', ');
    throw new ListLoadError(
      'E_CSV_COLUMNS',
      file,
      `not ${layout.description}: the first row has ${head.fields.length} field${head.fields.length === 1 ? '' : 's'} (${sample}) where this file has ${layout.columns}, starting with a numeric ent_num. Check that the right file was given.`,
      { line: head.line },
    );
  }
  if (openQuote && !options.allowTruncated) {
    throw new ListLoadError(
      'E_LIST_TRUNCATED',
      file,
      `the file ends inside a quoted field in the record starting at line ${openQuote.line}: the download was cut short. Download the list again, or load it with allowTruncated to take the complete records.`,
      { line: openQuote.line },
    );
  }
  const result: OfacCsvFile = { kind, file, rows: [], badRows: [], hasEndMarker, rowCount: records.length };
  for (const record of records) {
    if (record.fields.length === layout.columns) result.rows.push(record);
    else result.badRows.push({ line: record.line, width: record.fields.length, entNum: record.fields[0] ?? '' });
  }
  if (openQuote) {
    result.truncated = { line: openQuote.line, entNum: openQuote.fields[0] ?? '' };
    result.rowCount++;
  }
  return result;
}
