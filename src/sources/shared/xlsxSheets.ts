import type { Cell, CellValue, Worksheet } from 'exceljs';
import type { SheetRow, SheetRows } from './sheetRows.js';

/** An exceljs date (a UTC instant at the serial's midnight) as an ISO date, with the time only when it has one. */
function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** A cell value as exceljs models it (text, number, date, rich text, hyperlink, formula, error) as text. */
function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDate(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return cellText(value.text as CellValue);
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result as CellValue);
  if ('error' in value) return '';
  return String(value);
}

/** A merged range holds its value in its first cell; the others repeat it in exceljs but are empty on the sheet. */
function isMergedCopy(cell: Cell): boolean {
  return cell.isMerged && cell.master !== cell;
}

function worksheetRows(worksheet: Worksheet): SheetRows {
  const rows: SheetRow[] = [];
  const blankRows: number[] = [];
  for (let n = 1; n <= worksheet.rowCount; n++) {
    const cells: string[] = [];
    worksheet.findRow(n)?.eachCell({ includeEmpty: false }, (cell, column) => {
      if (isMergedCopy(cell)) return;
      const text = cellText(cell.value);
      if (text.trim() === '') return;
      while (cells.length < column - 1) cells.push('');
      cells[column - 1] = text;
    });
    if (cells.length > 0) rows.push({ row: n, cells });
    else blankRows.push(n);
  }
  return { sheet: worksheet.name, rows, blankRows };
}

/**
 * Reads the sheets of an Excel workbook (.xlsx) with exceljs, in memory: the streaming reader spills sheets
 * that come before the shared strings (as in DFAT's file) to temporary files, and parsers here stay free of
 * the file system. Date-formatted cells become ISO dates; other numbers stay as written.
 *
 * @throws Error when exceljs cannot read the workbook or it has no worksheets (the caller reports `E_FORMAT`).
 */
export async function xlsxSheets(bytes: Uint8Array): Promise<SheetRows[]> {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  // exceljs types the argument as a Node Buffer; JSZip underneath reads any Uint8Array.
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer, {
    ignoreNodes: ['dataValidations', 'conditionalFormatting', 'hyperlinks', 'extLst', 'drawing', 'picture'],
  });
  if (workbook.worksheets.length === 0) {
    throw new Error('the archive holds no worksheets, so it is not an Excel workbook (an .ods saved as .xlsx?)');
  }
  return workbook.worksheets.map(worksheetRows);
}
