import { parse } from 'csv-parse/sync';

/**
 * Splits a multi-value cell of the OpenSanctions simple CSV. Values are joined with ";" and, when a value holds
 * a ";" or a quote, the cell is itself CSV-quoted with ";" as delimiter (`"He said ""X""";B`), so it is read
 * with a CSV parser. A cell that is not valid in that form is kept whole rather than guessed at.
 */
export function splitSimpleCsvCell(cell: string): string[] {
  const trimmed = cell.trim();
  if (trimmed === '') return [];
  if (!trimmed.includes('"'))
    return trimmed
      .split(';')
      .map((v) => v.trim())
      .filter(Boolean);
  try {
    const rows = parse(trimmed, { delimiter: ';', relax_column_count: true, relax_quotes: true }) as string[][];
    return rows
      .flat()
      .map((v) => v.trim())
      .filter(Boolean);
  } catch {
    return [trimmed];
  }
}
