import { ListLoadError, ScreeningError } from '../../errors.js';
import type { ListInput } from './listInput.js';
import { odsSheets } from './odsSheets.js';
import { xlsxSheets } from './xlsxSheets.js';
import { assertCompleteZip } from './zipContainer.js';

/** One spreadsheet row that holds a value: its 1-based row number in the sheet and its cells as text. */
export interface SheetRow {
  row: number;
  /**
   * Cell texts by column (0 = column A), trailing empty cells dropped. Numbers are written plainly (`1957`,
   * `45607`), date cells as ISO dates (`2022-03-24`, with a time only when it is not midnight).
   */
  cells: string[];
}

/** The rows of one sheet, and the numbers of the rows the file writes out with nothing in them. */
export interface SheetRows {
  sheet: string;
  rows: SheetRow[];
  /**
   * Rows the file defines but leaves blank, so a loader can count physical rows and say what it skipped. An
   * ODS file's repeated blank filler to the end of the sheet (LibreOffice writes a million) is not counted.
   */
  blankRows: number[];
}

/** The spreadsheet containers the list loaders read. */
export type SheetContainer = 'ods' | 'xlsx';

const CONTAINER_NAMES: Record<SheetContainer, string> = {
  ods: 'an OpenDocument spreadsheet (.ods)',
  xlsx: 'an Excel workbook (.xlsx)',
};

// parseDetected hands the same input to each spreadsheet loader in turn (uk-xlsx, then dfat-xlsx); keyed by the
// bytes, the workbook is read once, not once per loader. Weak keys: the rows go when the bytes go.
const cache: Record<SheetContainer, WeakMap<Uint8Array, Promise<SheetRows[]>>> = {
  ods: new WeakMap(),
  xlsx: new WeakMap(),
};

async function readUncached(input: ListInput, container: SheetContainer): Promise<SheetRows[]> {
  try {
    return container === 'ods' ? odsSheets(input.bytes) : await xlsxSheets(input.bytes);
  } catch (error) {
    if (error instanceof ScreeningError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ListLoadError(
      'E_FORMAT',
      input.file,
      `not a readable ${CONTAINER_NAMES[container]}: ${reason}. Open it in a spreadsheet program and save it again as .${container}, or download it again.`,
      { cause: error },
    );
  }
}

/**
 * Reads every sheet of an .ods or .xlsx file into rows of cell text, in sheet order. Use it in the
 * spreadsheet list loaders, then `findSheetTable` (sheetHeader.ts) to locate the header; it never touches the file system.
 *
 * @throws ListLoadError `E_FILE_EMPTY`, `E_FORMAT` (not a zip, not this kind of spreadsheet, or unreadable),
 *   `E_LIST_TRUNCATED` (a zip cut short), each naming the file.
 */
export function readSheetRows(input: ListInput, container: SheetContainer): Promise<SheetRows[]> {
  assertCompleteZip(input, CONTAINER_NAMES[container]);
  const known = cache[container].get(input.bytes);
  if (known) return known;
  const read = readUncached(input, container);
  cache[container].set(input.bytes, read);
  return read;
}
