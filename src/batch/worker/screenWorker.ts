import { workerData } from 'piscina';
import { NameIndex } from '../../match/nameIndex.js';
import { ScreeningEngine } from '../../match/screeningEngine.js';
import { type ScreenedRowHits, screenRowHits } from '../screenRows.js';
import type { WorkerSetup, WorkerTask } from './workerProtocol.js';

const setup = workerData as WorkerSetup;

// Built once per worker thread when the module loads, over the calling thread's index in shared memory: only the
// maps over its string tables are this thread's own. Every task reuses it.
const engine = new ScreeningEngine(new NameIndex(setup.index), setup.entities, setup.screener);

/** The worker's task handler (piscina calls the default export): screens one chunk of rows. */
export default function handleTask(task: WorkerTask): ScreenedRowHits[] | true {
  if (task.kind === 'ready') return true;
  return screenRowHits(engine, task.rows, setup.settings);
}
