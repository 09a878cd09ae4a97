/**
 * Characters that make a spreadsheet read a cell as a formula when they start it (OWASP "CSV Injection"):
 * `=`, `+`, `-`, `@`, tab and carriage return; NUL too (OWASP ASVS 1.2.10).
 */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r', '\0']);

/**
 * One CSV cell, safe to open in Excel, LibreOffice or Google Sheets: a value starting with a formula character
 * is prefixed with a single quote, so the spreadsheet shows it as text instead of evaluating
 * `=HYPERLINK(…)`; every cell is quoted, with inner quotes doubled (RFC 4180), so no value can break out of
 * its cell. Vendor names come from outside and end up in reports compliance staff open: treat them as hostile.
 *
 * @example
 * csvCell('=HYPERLINK("http://x","click")'); // '"\'=HYPERLINK(""http://x"",""click"")"'
 */
export function csvCell(value: string | number | undefined | null): string {
  if (value === undefined || value === null || value === '') return '""';
  const text = String(value);
  const safe = FORMULA_START.has(text[0]!) ? `'${text}` : text;
  return `"${safe.includes('"') ? safe.replaceAll('"', '""') : safe}"`;
}

/** Cells joined by commas, each made safe by {@link csvCell}: a line without its line break. */
export function csvCells(cells: ReadonlyArray<string | number | undefined | null>): string {
  let text = '';
  for (let i = 0; i < cells.length; i++) text += i === 0 ? csvCell(cells[i]) : `,${csvCell(cells[i])}`;
  return text;
}

/** One CSV line of cells (CRLF-terminated, as RFC 4180 and Excel expect). */
export function csvLine(cells: ReadonlyArray<string | number | undefined | null>): string {
  return `${csvCells(cells)}\r\n`;
}
