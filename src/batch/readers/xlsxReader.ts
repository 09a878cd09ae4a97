import { InputError } from '../../errors.js';
import type { ColumnFlags } from '../columns/columnMapping.js';
import type { CellValue } from '../columns/rowFromCells.js';
import { findSheetHeader, HEADER_SEARCH_ROWS } from './headerRows.js';
import type { InputRecord, ReadProgress, TabularInput } from './tabularInput.js';

interface SheetRow {
  number: number;
  cells: CellValue[];
}

/** A cell as exceljs streams it (text, number, rich text, formula, hyperlink, error) reduced to text or number. */
function cellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') {
    const v = value as { richText?: Array<{ text: string }>; result?: unknown; text?: unknown; error?: unknown };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellValue(v.result);
    if (typeof v.text === 'string') return v.text;
    if (v.error !== undefined) return undefined;
  }
  return String(value);
}

/**
 * Opens the first worksheet of an .xlsx workbook for streaming with exceljs's WorkbookReader, so a sheet of a
 * million rows is never held in memory (the shared strings are). Finds the header row among the first rows
 * (title rows and merged group headers handled, see findSheetHeader); `row` is the sheet's own row number.
 *
 * @throws InputError naming the file when it is not a readable workbook or its first sheet is empty.
 */
export async function openXlsxInput(file: string, flags: ColumnFlags = {}): Promise<TabularInput> {
  const ExcelJS = (await import('exceljs')).default;
  const { createReadStream } = await import('node:fs');
  const { stat } = await import('node:fs/promises');
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(file, `cannot read the input file (${error.code ?? error.message}). Check the path.`, {
      code: 'E_FILE_NOT_FOUND',
    });
  });
  const progress: ReadProgress = { bytesRead: 0, totalBytes: info.size };
  const stream = createReadStream(file);
  stream.on('data', (chunk) => {
    progress.bytesRead += chunk.length;
  });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  const unreadable = (error: unknown) =>
    new InputError(
      file,
      `not a readable .xlsx workbook (${(error as Error).message}). Save it again from Excel as .xlsx.`,
      {
        code: 'E_FORMAT',
        cause: error,
      },
    );
  let sheetName = '';
  async function* sheetRows(): AsyncGenerator<SheetRow> {
    try {
      for await (const worksheet of reader) {
        sheetName = (worksheet as unknown as { name?: string }).name ?? '';
        for await (const row of worksheet) {
          const values = row.values as unknown[];
          yield { number: row.number, cells: values.slice(1).map(cellValue) };
        }
        break;
      }
    } catch (error) {
      throw unreadable(error);
    } finally {
      stream.destroy();
    }
  }
  const rows = sheetRows();
  const top: SheetRow[] = [];
  while (top.length < HEADER_SEARCH_ROWS) {
    const next = await rows.next();
    if (next.done) break;
    top.push(next.value);
  }
  const header = findSheetHeader(
    top.map((r) => r.cells),
    flags,
  );
  if (!header) throw new InputError(file, 'the first worksheet is empty.', { code: 'E_FILE_EMPTY' });
  async function* records(): AsyncGenerator<InputRecord> {
    try {
      for (const r of top.slice(header!.index + 1)) yield { row: r.number, cells: r.cells };
      for await (const r of rows) yield { row: r.number, cells: r.cells };
    } finally {
      await rows.return(undefined);
    }
  }
  return {
    file,
    format: 'xlsx',
    headers: header.headers,
    records: records(),
    facts: { sheet: sheetName, headerRow: String(top[header.index]!.number) },
    progress,
  };
}
