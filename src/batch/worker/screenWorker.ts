import { workerData } from 'piscina';
import { createScreener } from '../../match/createScreener.js';
import { createEntityHashCache } from '../../model/entityContentHash.js';
import type { ListVersion } from '../../model/listVersion.js';
import { loadListSource } from '../listSource.js';
import { type ScreenedRow, screenRows } from '../screenRows.js';
import { readSharedEntities } from './sharedEntities.js';
import type { WorkerSetup, WorkerTask } from './workerProtocol.js';

const setup = workerData as WorkerSetup;

// Built once per worker thread when the module loads; every task reuses it (never rebuilt per task).
const ready = (async () => {
  const { source } = setup;
  const { entities, versions } =
    source.kind === 'shared-json'
      ? { entities: readSharedEntities(source), versions: source.versions }
      : await loadListSource(source);
  return { screener: createScreener(entities, setup.screener), versions, hashOf: createEntityHashCache() };
})();
// A failed start is reported by the first task; this only keeps Node from calling it unhandled first.
ready.catch(() => {});

/** The worker's task handler (piscina calls the default export): screens one chunk, or names its list versions. */
export default async function handleTask(task: WorkerTask): Promise<ScreenedRow[] | ListVersion[]> {
  const { screener, versions, hashOf } = await ready;
  if (task.kind === 'describe') return versions;
  return screenRows(screener, task.rows, setup.settings, hashOf);
}
