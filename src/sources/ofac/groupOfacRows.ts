import type { LoadCollector } from '../shared/loadCollector.js';
import type { OfacCsvFile, OfacCsvRow } from './readOfacCsv.js';

const WHAT = { sdn: 'row', alt: 'alias', add: 'address', comments: 'remarks continuation' } as const;

/**
 * Groups the rows of an alt.csv, add.csv or sdn_comments.csv by ent_num, keeping file order. A row whose ent_num
 * is not an entry of sdn.csv would vanish in the join; it is reported instead as an `ORPHAN_ROW` warning with its
 * file, line and ent_num (typically an entry designated or delisted between the two files' dates).
 */
export function groupOfacRows(
  csv: OfacCsvFile | undefined,
  entNums: ReadonlySet<string>,
  collector: LoadCollector,
  mainFile: string,
): Map<string, OfacCsvRow[]> {
  const groups = new Map<string, OfacCsvRow[]>();
  if (!csv) return groups;
  for (const row of csv.rows) {
    const entNum = row.fields[0] ?? '';
    if (!entNums.has(entNum)) {
      collector.warn(
        { file: csv.file, line: row.line, record: entNum },
        'ORPHAN_ROW',
        `${WHAT[csv.kind]} of ent_num ${entNum} not loaded: ${mainFile} has no entry ${entNum}. The files are probably from different days; use a set downloaded together.`,
      );
      continue;
    }
    const group = groups.get(entNum);
    if (group) group.push(row);
    else groups.set(entNum, [row]);
  }
  return groups;
}
