import * as crypto from 'node:crypto';
import { workerData } from 'piscina';
import { NameIndex } from '../../match/nameIndex.js';
import { ScreeningEngine } from '../../match/screeningEngine.js';
import type { Entity } from '../../model/entity.js';
import { nodeEntityHash } from '../entityHashCache.js';
import { EntityStore } from '../entityStore.js';
import { HeapBudget } from '../heapBudget.js';
import { type FindingSource, type ScreenedRowFindings, screenRowHits, withFindings } from '../screenRows.js';
import { fromShared } from './sharedData.js';
import type { WorkerData, WorkerSetup, WorkerTask } from './workerProtocol.js';

const setup = fromShared<WorkerData>((workerData as WorkerSetup).shared);

// Built once per worker thread when the module loads, over the index in shared memory: only the maps over its
// string tables and the scoring facts parsed from shared JSON are this thread's own. Every task reuses it.
const engine = new ScreeningEngine(new NameIndex(setup.index), setup.entities, setup.screener);
const store = new EntityStore(setup.store);
// What a worker's heap may hold above its live data, in MB, before a full collection (see HeapBudget).
const budget = new HeapBudget(48);

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
export default async function handleTask(task: WorkerTask): Promise<ScreenedRowFindings[] | true> {
  if (task.kind === 'ready') return true;
  const screened = await withFindings(screenRowHits(engine, task.rows, setup.settings), findings);
  budget.check();
  return screened;
}
