import type { LoadCollector } from '../shared/loadCollector.js';
import { OFAC_CSV_LAYOUTS, type OfacCsvFile } from './readOfacCsv.js';

const ROLE = { sdn: 'entry', alt: 'alias', add: 'address', comments: 'remarks continuation' } as const;

/**
 * Puts what was wrong with one file of an OFAC CSV set on the books: the end-of-file byte (an `info` when present,
 * a `warning` that the file may be cut short when absent), rows of the wrong width and an incomplete last record.
 * A bad sdn.csv row is a rejected record (`error`); a bad alt/add/comments row is a dropped alias, address or
 * remarks continuation of a loaded entry (`warning`).
 */
export function reportOfacCsvFile(collector: LoadCollector, csv: OfacCsvFile): void {
  const { file, kind } = csv;
  if (csv.hasEndMarker) {
    collector.info(
      { file },
      'END_OF_FILE_MARKER',
      'the file ends with OFAC end-of-file byte 0x1A, as expected; ignored',
    );
  } else {
    collector.warn(
      { file },
      'NO_END_OF_FILE_MARKER',
      'the file does not end with the byte 0x1A that ends every OFAC CSV: it may be truncated or was edited. Compare it with a fresh download.',
    );
  }
  const { columns } = OFAC_CSV_LAYOUTS[kind];
  for (const bad of csv.badRows) {
    const where = { file, line: bad.line, ...(bad.entNum ? { record: bad.entNum } : {}) };
    const reason = `the row has ${bad.width} fields where this file has ${columns}; the row is malformed`;
    if (kind === 'sdn') collector.reject(where, 'CSV_ROW_WIDTH', `record not loaded: ${reason}`);
    else collector.warn(where, 'CSV_ROW_WIDTH', `${ROLE[kind]} of ent_num ${bad.entNum || '?'} not loaded: ${reason}`);
  }
  if (csv.truncated) {
    const { line, entNum } = csv.truncated;
    const where = { file, line, ...(entNum ? { record: entNum } : {}) };
    const message = `the file ends inside this row (line ${line}); the download was cut short`;
    if (kind === 'sdn') collector.reject(where, 'TRUNCATED_RECORD', `record not loaded: ${message}`);
    else collector.warn(where, 'TRUNCATED_ROW', `${ROLE[kind]} not loaded: ${message}`);
  }
}
