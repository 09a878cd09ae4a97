import type { NameIndexParts } from '../../match/buildNameIndex.js';
import type { ScoringEntitiesParts } from '../../match/scoringEntities.js';
import type { ScreenerOptions } from '../../match/screeningEngine.js';
import type { EntityStoreParts } from '../entityStore.js';
import type { RowScreeningSettings } from '../screenRows.js';
import type { PackedRows } from './packedRows.js';

/**
 * What each screening worker needs: the calling thread's index, the scoring facts of the listed parties, the list
 * entries themselves (for the alerts' findings and content hashes), and the settings.
 */
export interface WorkerData {
  index: NameIndexParts;
  entities: ScoringEntitiesParts;
  store: EntityStoreParts;
  screener: ScreenerOptions;
  settings: RowScreeningSettings;
}

/**
 * What each worker receives once, at start-up (as piscina's workerData): {@link WorkerData} laid out in shared
 * memory by toShared (read back with fromShared), so that the calling thread, which keeps it while the pool
 * runs, and the workers hold one copy of it outside their heaps.
 */
export interface WorkerSetup {
  shared: unknown;
  /** The TypeScript worker module, when the worker runs from source through the tsx bootstrap. */
  entry?: string;
}

/** A task for a screening worker: say it is ready, or screen a chunk of rows (answered as PackedScreened). */
export type WorkerTask = { kind: 'ready' } | { kind: 'screen'; rows: PackedRows };
