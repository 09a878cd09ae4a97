import { FIELD_HEADERS } from '../columns/columnHeaders.data.js';
import { type ColumnFlags, foldHeader } from '../columns/columnMapping.js';
import type { CellValue } from '../columns/rowFromCells.js';

/** How many rows at the top of a sheet are searched for the header row. */
export const HEADER_SEARCH_ROWS = 10;

/** The header found at the top of a spreadsheet: its position among the rows given and each column's labels. */
export interface SheetHeader {
  /** Index, among the rows given, of the header row; data starts after it. */
  index: number;
  /** Each column's labels: its own header, then "<group> <own>" and the group label (see findSheetHeader). */
  headers: string[][];
}

const cellText = (value: CellValue) => (value === undefined ? '' : String(value).trim());
const filled = (row: readonly CellValue[]) => row.filter((v) => cellText(v) !== '').length;

function namesAColumn(labels: readonly string[], flags: ColumnFlags): boolean {
  const wanted = new Set<string>([...FIELD_HEADERS.name, ...FIELD_HEADERS.firstName, ...FIELD_HEADERS.lastName]);
  for (const flag of [flags.name, flags.firstName, flags.lastName]) if (flag) wanted.add(foldHeader(flag));
  return labels.some((l) => wanted.has(foldHeader(l)));
}

/**
 * Labels each column from the header row and, when the row above it groups columns under merged cells
 * ("Vendor" over Name / Country, "Tax" over VAT), from that group row too. A streamed sheet does not say which
 * cells are merged, but a merged range holds its value in its first cell only, so a group label is carried to
 * the right over empty cells, and a header merged down over both rows ("Vendor ID") is taken from the upper row.
 */
export function labelColumns(header: readonly CellValue[], group: readonly CellValue[] | undefined): string[][] {
  const width = Math.max(header.length, group?.length ?? 0);
  const out: string[][] = [];
  let carried = '';
  for (let c = 0; c < width; c++) {
    const own = cellText(header[c]);
    const above = group ? cellText(group[c]) : '';
    if (above) carried = above;
    if (!own) {
      out.push(above ? [above] : []);
      continue;
    }
    out.push(carried ? [own, `${carried} ${own}`, carried] : [own]);
  }
  return out;
}

/**
 * Finds the header row among the first rows of a sheet: the first row with a name-like column (`name`,
 * `vendor_name`, `first_name`…, or the flagged one), or the row below it when that row has more filled cells
 * and names a column itself (the first was a group row: "Vendor" over Name / Country). The row above the
 * header is its group row when it has fewer filled cells (merged group headers, not data). Title rows above are skipped. When no row has a name
 * column, the first filled row is the header, so the error that follows lists its columns.
 */
export function findSheetHeader(
  rows: ReadonlyArray<readonly CellValue[]>,
  flags: ColumnFlags = {},
): SheetHeader | undefined {
  const labelled = (i: number) => {
    const above = i > 0 ? rows[i - 1] : undefined;
    const group = above && filled(above) > 0 && filled(above) < filled(rows[i]!) ? above : undefined;
    return labelColumns(rows[i]!, group);
  };
  const ownNames = (row: readonly CellValue[]) => namesAColumn(row.map(cellText), flags);
  for (let i = 0; i < rows.length; i++) {
    if (filled(rows[i]!) === 0) continue;
    if (!labelled(i).some((labels) => namesAColumn(labels, flags))) continue;
    // "Vendor" may be a group label over the real header row below it, which then has more filled cells.
    const below = rows[i + 1];
    const header = below && filled(below) > filled(rows[i]!) && ownNames(below) ? i + 1 : i;
    return { index: header, headers: labelled(header) };
  }
  const first = rows.findIndex((r) => filled(r) > 0);
  return first < 0 ? undefined : { index: first, headers: labelled(first) };
}
