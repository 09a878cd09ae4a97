import type { MatchFinding } from '../batchResult.js';
import type { BatchRow } from '../batchRow.js';
import type { ScreenedRowFindings } from '../screenRows.js';

/**
 * A chunk of rows as it crosses to a worker thread: a column per field instead of an object per row. Structured
 * cloning writes every property name of every object and builds each object again on the other side; columns of
 * strings cost a third of that (256 vendor rows: 0.3 against 1.0–1.3 µs a row, serialized and read back).
 */
export interface PackedRows {
  row: number[];
  key: string[];
  name: string[];
  /** The optional fields, `undefined` where a row has none. */
  schema: Array<string | undefined>;
  birthDate: Array<string | undefined>;
  country: Array<string | undefined>;
  identifiers: Array<BatchRow['identifiers']>;
  warnings: Array<BatchRow['warnings']>;
  error: Array<string | undefined>;
}

/** `rows` as columns (see {@link PackedRows}). */
export function packRows(rows: readonly BatchRow[]): PackedRows {
  return {
    row: rows.map((r) => r.row),
    key: rows.map((r) => r.key),
    name: rows.map((r) => r.name),
    schema: rows.map((r) => r.schema),
    birthDate: rows.map((r) => r.birthDate),
    country: rows.map((r) => r.country),
    identifiers: rows.map((r) => r.identifiers),
    warnings: rows.map((r) => r.warnings),
    error: rows.map((r) => r.error),
  };
}

/** The rows {@link packRows} packed, each with the optional fields it had and no others. */
export function unpackRows(packed: PackedRows): BatchRow[] {
  const rows: BatchRow[] = [];
  for (let i = 0; i < packed.row.length; i++) {
    const row: BatchRow = { row: packed.row[i]!, key: packed.key[i]!, name: packed.name[i]! };
    const { schema, birthDate, country, identifiers, warnings, error } = packed;
    if (schema[i] !== undefined) row.schema = schema[i];
    if (birthDate[i] !== undefined) row.birthDate = birthDate[i];
    if (country[i] !== undefined) row.country = country[i];
    if (identifiers[i] !== undefined) row.identifiers = identifiers[i];
    if (warnings[i] !== undefined) row.warnings = warnings[i];
    if (error[i] !== undefined) row.error = error[i];
    rows.push(row);
  }
  return rows;
}

/**
 * A worker's answer for a chunk, as it crosses back: the row count, the empty rows by position, and the rows
 * with warnings, errors or findings by position with what they have. Nearly every row of a vendor file is clear,
 * and such a row crosses as nothing at all instead of an object with two empty lists.
 */
export interface PackedScreened {
  count: number;
  empty: number[];
  warned: number[];
  warnings: string[][];
  failed: number[];
  errors: string[];
  found: number[];
  findings: MatchFinding[][];
}

/** `screened` packed (see {@link PackedScreened}). */
export function packScreened(screened: readonly ScreenedRowFindings[]): PackedScreened {
  const packed: PackedScreened = {
    count: screened.length,
    empty: [],
    warned: [],
    warnings: [],
    failed: [],
    errors: [],
    found: [],
    findings: [],
  };
  screened.forEach((s, i) => {
    if (s.empty) packed.empty.push(i);
    if (s.warnings.length > 0) {
      packed.warned.push(i);
      packed.warnings.push(s.warnings);
    }
    if (s.error !== undefined) {
      packed.failed.push(i);
      packed.errors.push(s.error);
    }
    if (s.findings.length > 0) {
      packed.found.push(i);
      packed.findings.push(s.findings);
    }
  });
  return packed;
}

/** The screened rows {@link packScreened} packed, in order, as the worker made them. */
export function unpackScreened(packed: PackedScreened): ScreenedRowFindings[] {
  const out: ScreenedRowFindings[] = [];
  for (let i = 0; i < packed.count; i++) out.push({ warnings: [], empty: false, findings: [] });
  for (const i of packed.empty) out[i]!.empty = true;
  packed.warned.forEach((i, k) => {
    out[i]!.warnings = packed.warnings[k]!;
  });
  packed.failed.forEach((i, k) => {
    out[i]!.error = packed.errors[k]!;
  });
  packed.found.forEach((i, k) => {
    out[i]!.findings = packed.findings[k]!;
  });
  return out;
}
