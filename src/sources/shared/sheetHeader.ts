import { ListLoadError } from '../../errors.js';
import type { LoadCollector, RecordLocation } from './loadCollector.js';
import type { SheetRow, SheetRows } from './sheetRows.js';

/** How far down each sheet the header row is looked for; title and date rows sit above it. */
export const HEADER_SEARCH_ROWS = 20;

/** A spreadsheet list's columns: each field's accepted header texts, compared with {@link foldHeader}. */
export type SheetColumns<K extends string> = Readonly<Record<K, readonly string[]>>;

/** What a spreadsheet list must look like: its name for messages, its columns, and which are required. */
export interface SheetTableSpec<K extends string> {
  /** The list kind with its article, for messages: "a UK Sanctions List spreadsheet". */
  what: string;
  columns: SheetColumns<K>;
  required: readonly K[];
}

/** The table found in a workbook: the sheet, the header row, each column's position, and the rows below. */
export interface SheetTable<K extends string> {
  sheet: string;
  /** 1-based row number of the header row in the sheet. */
  headerRow: number;
  columns: Map<K, number>;
  /** Header cells no known column claims, with their positions, so loaders can keep their values. */
  extra: Array<{ header: string; index: number }>;
  /** Rows below the header that hold a value. */
  rows: SheetRow[];
  /** Blank rows below the header (see {@link SheetRows.blankRows}). */
  blankRows: number[];
}

/** A header text in comparable form: case, width, spacing, underscores and hyphens folded ("Unique_ID" = "unique id"). */
export function foldHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

interface Candidate<K extends string> {
  sheet: SheetRows;
  index: number;
  columns: Map<K, number>;
  missing: K[];
}

function match<K extends string>(sheet: SheetRows, index: number, spec: SheetTableSpec<K>): Candidate<K> {
  const position = new Map<string, number>();
  (sheet.rows[index]?.cells ?? []).forEach((cell, i) => {
    const key = foldHeader(cell);
    if (key !== '' && !position.has(key)) position.set(key, i);
  });
  const columns = new Map<K, number>();
  for (const [column, headers] of Object.entries(spec.columns) as Array<[K, readonly string[]]>) {
    const found = headers.map((h) => position.get(foldHeader(h))).find((i) => i !== undefined);
    if (found !== undefined) columns.set(column, found);
  }
  return { sheet, index, columns, missing: spec.required.filter((c) => !columns.has(c)) };
}

function label<K extends string>(spec: SheetTableSpec<K>, column: K): string {
  return spec.columns[column][0] ?? column;
}

/**
 * Finds a list's table in a workbook: the first sheet with a row, among its first {@link HEADER_SEARCH_ROWS},
 * that has every required column, so title rows above the header and cover sheets before the list are
 * skipped. Use it after `readSheetRows`; a workbook of another list is refused, naming what is missing.
 *
 * @throws ListLoadError `E_FORMAT` when no sheet has such a header row; the message names the missing
 *   columns and the columns found in the row that came closest.
 */
export function findSheetTable<K extends string>(
  file: string,
  sheets: readonly SheetRows[],
  spec: SheetTableSpec<K>,
): SheetTable<K> {
  let closest: Candidate<K> | undefined;
  for (const sheet of sheets) {
    const searched = Math.min(HEADER_SEARCH_ROWS, sheet.rows.length);
    for (let index = 0; index < searched; index++) {
      const candidate = match(sheet, index, spec);
      if (candidate.missing.length === 0) {
        const headerRow = sheet.rows[index]?.row ?? 1;
        const claimed = new Set(candidate.columns.values());
        const extra = (sheet.rows[index]?.cells ?? []).flatMap((header, i) =>
          claimed.has(i) || header.trim() === '' ? [] : [{ header: header.trim(), index: i }],
        );
        return {
          sheet: sheet.sheet,
          headerRow,
          columns: candidate.columns,
          extra,
          rows: sheet.rows.slice(index + 1),
          blankRows: sheet.blankRows.filter((n) => n > headerRow),
        };
      }
      if (!closest || candidate.missing.length < closest.missing.length) closest = candidate;
    }
  }
  if (!closest) {
    throw new ListLoadError('E_FORMAT', file, `not ${spec.what}: the workbook has no rows at all.`);
  }
  const found = (closest.sheet.rows[closest.index]?.cells ?? []).filter((c) => c.trim() !== '');
  const missing = closest.missing.map((c) => label(spec, c));
  const where = `sheet "${closest.sheet.sheet}" row ${closest.sheet.rows[closest.index]?.row ?? 1}`;
  throw new ListLoadError(
    'E_FORMAT',
    file,
    `not ${spec.what}: no header row has the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (closest: ${where}, found: ${found.slice(0, 12).join(', ')}${found.length > 12 ? ', …' : ''}). Sheets searched: ${sheets.map((s) => `"${s.sheet}"`).join(', ')}.`,
    { line: closest.sheet.rows[closest.index]?.row ?? 1 },
  );
}

/**
 * Puts a spreadsheet's layout on the books as `info` issues: title rows above the header, columns outside the
 * list's layout (kept as properties) and blank rows skipped. `layout` names the layout in the messages.
 */
export function reportSheetLayout<K extends string>(
  collector: LoadCollector,
  file: string,
  table: SheetTable<K>,
  layout: string,
): void {
  const at: RecordLocation = { file, line: table.headerRow };
  if (table.headerRow > 1) {
    collector.info(
      at,
      'HEADER_ROW',
      `the header is row ${table.headerRow} of sheet "${table.sheet}"; rows above it are titles`,
    );
  }
  if (table.extra.length > 0) {
    const columns = table.extra.map((e) => e.header).join(', ');
    collector.info(at, 'EXTRA_COLUMNS', `columns ${columns} are not part of ${layout}; kept as properties`);
  }
  if (table.blankRows.length > 0) {
    const shown = table.blankRows.slice(0, 10).join(', ');
    const more = table.blankRows.length > 10 ? ', …' : '';
    collector.info(
      { file, line: table.blankRows[0] ?? table.headerRow },
      'BLANK_ROWS',
      `${table.blankRows.length} blank row(s) skipped (rows ${shown}${more}); they hold no name, so they are not records`,
    );
  }
}
