import * as crypto from 'node:crypto';
import { workerData } from 'piscina';
import { NameIndex } from '../../match/nameIndex.js';
import { ScoringEntities } from '../../match/scoringEntities.js';
import { ScreeningEngine } from '../../match/screeningEngine.js';
import type { Entity } from '../../model/entity.js';
import { nodeEntityHash } from '../entityHashCache.js';
import { EntityStore } from '../entityStore.js';
import { HeapBudget } from '../heapBudget.js';
import { type FindingSource, screenRowHits, withFindings } from '../screenRows.js';
import { type PackedScreened, packScreened, unpackRows } from './packedRows.js';
import { fromShared } from './sharedData.js';
import type { WorkerData, WorkerSetup, WorkerTask } from './workerProtocol.js';

const setup = fromShared<WorkerData>((workerData as WorkerSetup).shared);

// Built once per worker thread when the module loads, over the index and the scoring facts in shared memory.
// Every task reuses it.
const engine = new ScreeningEngine(new NameIndex(setup.index), new ScoringEntities(setup.entities), setup.screener);
const store = new EntityStore(setup.store);
// What a worker's heap may hold above its live data, in MB, before a full collection (see HeapBudget). A full
// collection costs in proportion to what is live; since the index, its words and the scoring facts moved to shared
// memory a worker holds ~35 MB live instead of ~60, so half the slack costs about the same time (1,000,000 rows:
// 0.52 GB peak with 48, 0.50 GB with 24; 62.1 and 63.3 s, single runs, within the machine's drift).
const budget = new HeapBudget(24);

// The entries alerts name, read from shared memory when first matched, and their content hashes; both bounded,
// since a run over a million rows may match thousands of entries.
const RECENT_ENTRIES = 2048;
const HASHES = 50_000;
const entries = new Map<number, Entity>();
const hashes = new Map<number, string>();

const findings: FindingSource = {
  entity(i) {
    let entity = entries.get(i);
    if (entity === undefined) {
      entity = store.entity(i);
      if (entries.size >= RECENT_ENTRIES) entries.clear();
      entries.set(i, entity);
    }
    return entity;
  },
  hash(i, entity) {
    let hash = hashes.get(i);
    if (hash === undefined) {
      hash = nodeEntityHash(crypto, entity);
      if (hashes.size >= HASHES) hashes.clear();
      hashes.set(i, hash);
    }
    return hash;
  },
};

/** The worker's task handler (piscina calls the default export): screens one chunk of rows. */
export default async function handleTask(task: WorkerTask): Promise<PackedScreened | true> {
  if (task.kind === 'ready') return true;
  const screened = await withFindings(screenRowHits(engine, unpackRows(task.rows), setup.settings), findings);
  budget.check();
  return packScreened(screened);
}
