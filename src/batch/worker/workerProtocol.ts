import type { NameIndexParts } from '../../match/buildNameIndex.js';
import type { ScoringEntity } from '../../match/scoringEntity.js';
import type { ScreenerOptions } from '../../match/screeningEngine.js';
import type { BatchRow } from '../batchRow.js';
import type { RowScreeningSettings } from '../screenRows.js';

/**
 * What each screening worker receives once, at start-up (as piscina's workerData): the calling thread's index,
 * its typed arrays in shared memory (read by every worker, never copied), its string tables, and the scoring
 * facts of the listed parties. The full entities stay in the calling thread.
 */
export interface WorkerSetup {
  index: NameIndexParts;
  entities: ScoringEntity[];
  screener: ScreenerOptions;
  settings: RowScreeningSettings;
  /** The TypeScript worker module, when the worker runs from source through the tsx bootstrap. */
  entry?: string;
}

/** A task for a screening worker: say it is ready, or screen a chunk of rows. */
export type WorkerTask = { kind: 'ready' } | { kind: 'screen'; rows: BatchRow[] };
