import type { ScreeningEngine } from '../match/screeningEngine.js';
import type { Entity } from '../model/entity.js';
import type { ListVersion } from '../model/listVersion.js';
import type { BatchRow } from './batchRow.js';
import { createBatchEntityHashCache } from './entityHashCache.js';
import {
  type FindingSource,
  type RowScreeningSettings,
  type ScreenedRow,
  screenRowHits,
  withFindings,
  withRows,
} from './screenRows.js';

/**
 * Screens chunks of rows: in the calling thread, or in a pool of worker threads that share one prebuilt index.
 * `screenBatch` drives either the same way.
 */
export interface ChunkRunner {
  /** The list versions screened against. */
  readonly versions: ListVersion[];
  /** Worker threads in use (0: the calling thread). */
  readonly workers: number;
  run(rows: BatchRow[]): Promise<ScreenedRow[]>;
  close(): Promise<void>;
}

/** A runner that screens in the calling thread with one prebuilt screening engine. */
export function createInlineRunner(
  engine: ScreeningEngine,
  entities: readonly Entity[],
  versions: ListVersion[],
  settings: RowScreeningSettings,
): ChunkRunner {
  const hashOf = createBatchEntityHashCache();
  const source: FindingSource = { entity: (i) => entities[i]!, hash: (_, entity) => hashOf(entity) };
  return {
    versions,
    workers: 0,
    run: async (rows) => withRows(rows, await withFindings(screenRowHits(engine, rows, settings), source)),
    close: async () => {},
  };
}
