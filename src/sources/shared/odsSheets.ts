import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { SheetRow, SheetRows } from './sheetRows.js';

const SPREADSHEET_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

function count(attrs: Record<string, string>, name: string): number {
  const n = Number.parseInt(attrs[name] ?? '1', 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
}

/** A cell's value: the typed office:* attribute when the cell has one, else its paragraphs' text. */
function cellValue(attrs: Record<string, string>, text: string): string {
  switch (attrs['office:value-type']) {
    case 'float':
    case 'percentage':
    case 'currency':
      return attrs['office:value'] ?? text;
    case 'date': {
      const value = attrs['office:date-value'];
      if (!value) return text;
      return value.replace(/T00:00:00(?:\.0+)?$/, '');
    }
    case 'boolean':
      return attrs['office:boolean-value'] === 'true' ? 'TRUE' : 'FALSE';
    default:
      return text;
  }
}

/** Streams content.xml, expanding repeated cells and rows only where they hold a value. */
function parseContent(xml: string): SheetRows[] {
  const sheets: SheetRows[] = [];
  const parser = new SaxesParser({ xmlns: false });
  let sheet: SheetRows | undefined;
  let tableDepth = 0;
  let rowNumber = 0;
  let rowRepeat = 1;
  let cells: string[] = [];
  let emptyCells = 0;
  // Blank rows seen since the last row with a value: counted only once a value follows, so the filler
  // LibreOffice writes to the end of the sheet is never taken for rows.
  let pendingBlank: Array<[number, number]> = [];
  let cellAttrs: Record<string, string> | undefined;
  let cellRepeat = 1;
  let text = '';
  let paragraphs = 0;
  let paragraphDepth = 0;
  let annotationDepth = 0;

  const inSheet = () => sheet !== undefined && tableDepth === 1;

  parser.on('opentag', (tag: SaxesTagPlain) => {
    const attrs = tag.attributes as Record<string, string>;
    switch (tag.name) {
      case 'table:table':
        tableDepth++;
        if (tableDepth === 1) {
          sheet = { sheet: attrs['table:name'] ?? `Sheet${sheets.length + 1}`, rows: [], blankRows: [] };
          sheets.push(sheet);
          rowNumber = 0;
          pendingBlank = [];
        }
        return;
      case 'table:table-row':
        if (!inSheet()) return;
        rowRepeat = count(attrs, 'table:number-rows-repeated');
        cells = [];
        emptyCells = 0;
        return;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        if (!inSheet()) return;
        cellAttrs = attrs;
        cellRepeat = count(attrs, 'table:number-columns-repeated');
        text = '';
        paragraphs = 0;
        return;
      case 'office:annotation':
        annotationDepth++;
        return;
      case 'text:p':
      case 'text:h':
        if (!cellAttrs || annotationDepth > 0) return;
        if (paragraphDepth === 0 && paragraphs++ > 0) text += '\n';
        paragraphDepth++;
        return;
      case 'text:s':
        if (paragraphDepth > 0 && annotationDepth === 0) text += ' '.repeat(count(attrs, 'text:c'));
        return;
      case 'text:tab':
        if (paragraphDepth > 0 && annotationDepth === 0) text += '\t';
        return;
      case 'text:line-break':
        if (paragraphDepth > 0 && annotationDepth === 0) text += '\n';
        return;
    }
  });
  parser.on('text', (t) => {
    // ODF collapses white space inside paragraphs; runs of spaces are written as <text:s text:c="n"/>.
    if (paragraphDepth > 0 && annotationDepth === 0) text += t.replace(/[ \t\r\n]+/g, ' ');
  });
  parser.on('closetag', (tag) => {
    switch (tag.name) {
      case 'table:table':
        tableDepth--;
        if (tableDepth === 0) sheet = undefined;
        return;
      case 'office:annotation':
        annotationDepth--;
        return;
      case 'text:p':
      case 'text:h':
        if (paragraphDepth > 0) paragraphDepth--;
        return;
      case 'table:table-cell':
      case 'table:covered-table-cell': {
        if (!cellAttrs) return;
        const value = cellValue(cellAttrs, text);
        cellAttrs = undefined;
        if (value.trim() === '') {
          emptyCells += cellRepeat;
          return;
        }
        for (; emptyCells > 0; emptyCells--) cells.push('');
        for (let i = 0; i < cellRepeat; i++) cells.push(value);
        return;
      }
      case 'table:table-row': {
        if (!inSheet() || !sheet) return;
        const first = rowNumber + 1;
        rowNumber += rowRepeat;
        if (cells.length === 0) {
          pendingBlank.push([first, rowNumber]);
          return;
        }
        for (const [from, to] of pendingBlank) for (let n = from; n <= to; n++) sheet.blankRows.push(n);
        pendingBlank = [];
        for (let n = first; n <= rowNumber; n++) sheet.rows.push({ row: n, cells: [...cells] } satisfies SheetRow);
        return;
      }
    }
  });
  parser.write(xml).close();
  return sheets;
}

/**
 * Reads the sheets of an OpenDocument spreadsheet (.ods): unzips content.xml with fflate and streams it with
 * saxes, honouring `table:number-columns-repeated` / `table:number-rows-repeated`, `<text:s/>` spaces, spans
 * and several paragraphs in a cell (joined by newlines); comments (`office:annotation`) are not cell text.
 *
 * @throws Error when the zip holds no content.xml or declares another OpenDocument type (the caller
 *   reports `E_FORMAT`).
 */
export function odsSheets(bytes: Uint8Array): SheetRows[] {
  const entries = unzipSync(bytes, { filter: (f) => f.name === 'content.xml' || f.name === 'mimetype' });
  const mimetype = entries.mimetype ? strFromU8(entries.mimetype).trim() : undefined;
  if (mimetype !== undefined && mimetype !== SPREADSHEET_MIMETYPE) {
    throw new Error(`the archive is an OpenDocument file of type ${mimetype}, not a spreadsheet`);
  }
  const content = entries['content.xml'];
  if (!content) {
    throw new Error(
      'the archive has no content.xml, so it is not an OpenDocument spreadsheet (an .xlsx saved as .ods?)',
    );
  }
  // TextDecoder drops the byte-order mark FCDO's exporter puts before the XML declaration.
  return parseContent(new TextDecoder('utf-8').decode(content));
}
