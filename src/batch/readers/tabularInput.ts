import type { CellValue } from '../columns/rowFromCells.js';

/** One record of an input file: its cells, or why it could not be read. `row` is what the user sees in the file. */
export type InputRecord = { row: number; cells: readonly CellValue[] } | { row: number; error: string };

/** How far a reader has got through its file, for a progress bar with an ETA. */
export interface ReadProgress {
  bytesRead: number;
  totalBytes: number;
}

/**
 * An input file opened for batch screening, its header already read: the labels of each column, the records
 * still to come (streamed), and the facts found on the way (encoding, delimiter, sheet) for the audit trail.
 */
export interface TabularInput {
  file: string;
  format: 'csv' | 'xlsx' | 'jsonl';
  /** Each column's labels (a spreadsheet column may have a group label and its own). */
  headers: ReadonlyArray<string | readonly string[]>;
  records: AsyncIterable<InputRecord>;
  facts: Record<string, string>;
  progress: ReadProgress;
}
