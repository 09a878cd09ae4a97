import type { Screener } from '../match/createScreener.js';
import { createEntityHashCache } from '../model/entityContentHash.js';
import type { ListVersion } from '../model/listVersion.js';
import type { BatchRow } from './batchRow.js';
import { type RowScreeningSettings, type ScreenedRow, screenRows } from './screenRows.js';

/**
 * Screens chunks of rows: in the calling thread, or in a pool of worker threads each holding its own
 * prebuilt screener. `screenBatch` drives either the same way.
 */
export interface ChunkRunner {
  /** The list versions the screener(s) hold. */
  readonly versions: ListVersion[];
  /** Worker threads in use (0: the calling thread). */
  readonly workers: number;
  run(rows: BatchRow[]): Promise<ScreenedRow[]>;
  close(): Promise<void>;
}

/** A runner that screens in the calling thread with one prebuilt screener. */
export function createInlineRunner(
  screener: Screener,
  versions: ListVersion[],
  settings: RowScreeningSettings,
): ChunkRunner {
  const hashOf = createEntityHashCache();
  return {
    versions,
    workers: 0,
    run: (rows) => screenRows(screener, rows, settings, hashOf),
    close: async () => {},
  };
}
