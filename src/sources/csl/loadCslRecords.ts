import type { SourceRef } from '../../model/entity.js';
import type { LoadResult } from '../../model/loadResult.js';
import { LoadCollector, type RecordLocation } from '../shared/loadCollector.js';
import { cslEntity, cslSourceIds } from './cslEntity.js';
import type { CslRecord } from './cslRecord.js';

/** What {@link loadCslRecords} takes: the CSL records read from one file, where each sits, and format hooks. */
export interface CslLoadRequest {
  format: 'csl-csv' | 'csl-json';
  file: string;
  source: SourceRef;
  /** The records, each with its line (CSV) or its position in `results` (JSON). */
  rows: ReadonlyArray<{ record: CslRecord; line?: number; index?: number }>;
  /** The count the file states about itself (the JSON `total`). */
  declaredCount?: number;
  /** Reports format quirks and format-level rejections before the records are added. */
  before?(collector: LoadCollector): void;
  /** Reports rejections found after the records (a cut-off last record). */
  after?(collector: LoadCollector): void;
}

/**
 * Turns CSL records (from the CSV or the JSON) into a {@link LoadResult}: one entity per listing, with ids made
 * unique across source lists, and a short `info` summary of the file's known quirks (untyped parties, numbers
 * shared by several lists, source lists missing from the code table).
 */
export function loadCslRecords(request: CslLoadRequest): LoadResult {
  const { file, source } = request;
  const collector = new LoadCollector(request.format, source, [file]);
  request.before?.(collector);
  const sourceIds = cslSourceIds(request.rows.map((r) => r.record));
  let untyped = 0;
  const shared: string[] = [];
  const unknownSources = new Map<string, number>();
  request.rows.forEach(({ record, line, index }, i) => {
    const sourceId = sourceIds[i] ?? '';
    const where: RecordLocation = { file };
    if (line !== undefined) where.line = line;
    if (sourceId === '') {
      where.record = index !== undefined ? `results[${index}]` : record.name || 'record';
      collector.reject(where, 'MISSING_ID', 'record not loaded: it has neither an _id nor an entity_number', '_id');
      return;
    }
    where.record = sourceId;
    const mapped = cslEntity(record, sourceId, source);
    if (mapped.untyped) untyped++;
    if (sourceId.includes('@')) shared.push(sourceId);
    if (!mapped.list.known) unknownSources.set(mapped.list.source, (unknownSources.get(mapped.list.source) ?? 0) + 1);
    if (!collector.add(mapped.entity, where)) return;
    for (const w of mapped.warnings) collector.warn(where, w.code, w.message, w.field);
  });
  request.after?.(collector);
  if (untyped > 0) {
    collector.info(
      { file },
      'UNTYPED_PARTIES',
      `${untyped} records have no type (the BIS and State Department lists do not say whether a party is a person or an organisation); loaded as LegalEntity`,
    );
  }
  if (shared.length > 0) {
    collector.info(
      { file },
      'SHARED_ENTITY_NUMBER',
      `${shared.length} records share their number with a listing on another CSL list (e.g. ${shared.slice(0, 2).join(', ')}); their ids carry the list code so both listings are kept`,
    );
  }
  for (const [name, count] of unknownSources) {
    collector.info(
      { file },
      'UNKNOWN_SOURCE_LIST',
      `source list "${name}" (${count} records) is not in the CSL source-list table; its code was taken from its name`,
    );
  }
  return collector.result(request.declaredCount !== undefined ? { declaredCount: request.declaredCount } : {});
}
