import type { ScreenerOptions } from '../../match/createScreener.js';
import type { BatchRow } from '../batchRow.js';
import type { ListSource } from '../listSource.js';
import type { RowScreeningSettings } from '../screenRows.js';
import type { SharedEntities } from './sharedEntities.js';

/** What each screening worker receives once, at start-up (as piscina's workerData). */
export interface WorkerSetup {
  /** Where the worker gets its lists: entities in shared memory, or a source it loads itself. */
  source: Exclude<ListSource, { kind: 'entities' }> | SharedEntities;
  screener: ScreenerOptions;
  settings: RowScreeningSettings;
  /** The TypeScript worker module, when the worker runs from source through the tsx bootstrap. */
  entry?: string;
}

/** A task for a screening worker: name its list versions, or screen a chunk of rows. */
export type WorkerTask = { kind: 'describe' } | { kind: 'screen'; rows: BatchRow[] };
