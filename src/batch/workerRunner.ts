import { ScreeningError } from '../errors.js';
import type { NameIndexParts } from '../match/buildNameIndex.js';
import type { ScoringEntitiesParts } from '../match/scoringEntities.js';
import type { ScreenerOptions } from '../match/screeningEngine.js';
import type { Entity } from '../model/entity.js';
import type { ListVersion } from '../model/listVersion.js';
import { forgetNormalizedWords } from '../normalize/wordFacts.js';
import type { BatchRow } from './batchRow.js';
import type { ChunkRunner } from './chunkRunner.js';
import { storeEntities } from './entityStore.js';
import { collectGarbageNow } from './heapBudget.js';
import { type RowScreeningSettings, type ScreenedRowFindings, withRows } from './screenRows.js';
import { type PackedScreened, packRows, unpackScreened } from './worker/packedRows.js';
import { toShared } from './worker/sharedData.js';
import type { WorkerData, WorkerSetup, WorkerTask } from './worker/workerProtocol.js';

/** The worker module to start, and for TypeScript source the module the tsx bootstrap loads. */
interface WorkerEntry {
  filename: string;
  entry?: string;
}

/**
 * What {@link createWorkerRunner} starts its workers with: the index, the listed parties' scoring facts, the screener
 * options and the entities, all laid out once in shared memory for the workers, and the list versions. The runner
 * takes the setup over: once laid out, it deletes the index, the scoring facts and the entities from it, so the
 * calling thread keeps none of them on its heap.
 */
export interface WorkerRunnerSetup {
  index?: NameIndexParts;
  scoring?: ScoringEntitiesParts;
  options: ScreenerOptions;
  entities?: readonly Entity[];
  versions: ListVersion[];
  settings: RowScreeningSettings;
}

/** This module's URL. The CommonJS build has no `import.meta` (esbuild leaves it empty); `__filename` stands in. */
async function moduleUrl(): Promise<string> {
  if (typeof __filename === 'string') return (await import('node:url')).pathToFileURL(__filename).href;
  return import.meta.url;
}

/**
 * Finds the worker module: beside this module in the source tree (run through the tsx bootstrap, since Node 20
 * does not carry `--import tsx` into worker threads), or the built `batch/screenWorker.js` beside the bundle
 * (dist/index.js, dist/index.cjs, or the CLI's chunk in dist/).
 *
 * @throws ScreeningError `E_INPUT` when the built worker module is missing (a broken install).
 */
export async function resolveWorkerEntry(): Promise<WorkerEntry> {
  const { existsSync } = await import('node:fs');
  const { fileURLToPath } = await import('node:url');
  const here = await moduleUrl();
  if (new URL(here).pathname.endsWith('.ts')) {
    return {
      filename: fileURLToPath(new URL('./worker/tsxBootstrap.mjs', here)),
      entry: new URL('./worker/screenWorker.ts', here).href,
    };
  }
  for (const candidate of ['./batch/screenWorker.js', '../batch/screenWorker.js']) {
    const path = fileURLToPath(new URL(candidate, here));
    if (existsSync(path)) return { filename: path };
  }
  throw new ScreeningError(
    'E_INPUT',
    `the screening worker module (batch/screenWorker.js) is missing beside ${fileURLToPath(here)}; reinstall the package, or screen with workers: 0.`,
  );
}

const failure = (what: string, error: unknown) =>
  new ScreeningError('E_WORKER', `${what}: ${(error as Error)?.message ?? String(error)}`, { cause: error });

/**
 * The young generation of each worker's heap, in MB. V8 gives a thread 48 (two 16 MB halves in use, 32 MB resident);
 * a worker's short-lived garbage is one row's screening at a time, and 24 screened as fast (400,000 rows, two runs
 * each: 30.4 and 32.0 s with V8's size, 32.3 and 31.8 s with 24; 16 took 36 s) for ~15 MB less per worker.
 */
const WORKER_YOUNG_GENERATION_MB = 24;

/**
 * Lays a runner's setup out in shared memory for its workers, and takes it over: the index, the scoring facts and
 * the entities are deleted from it, so that this thread keeps no copy of them (the lists, the index it built).
 */
function layOut(setup: WorkerRunnerSetup, entry: string | undefined): WorkerSetup {
  const { index, scoring, entities } = setup;
  if (!index || !scoring || !entities) throw new TypeError('createWorkerRunner: the setup was already laid out');
  const shared = toShared({
    index,
    entities: scoring,
    store: storeEntities(entities),
    screener: setup.options,
    settings: setup.settings,
  } satisfies WorkerData);
  delete setup.index;
  delete setup.scoring;
  delete setup.entities;
  return { shared, ...(entry ? { entry } : {}) };
}

/**
 * Starts a pool of worker threads (piscina) that screen on the calling thread's index and fill in the list entries
 * of their alerts: the index, the scoring facts and the entries are laid out in shared memory once and read by
 * every worker, so memory does not grow with the workers by their size, no worker loads a list or builds an
 * index, and the calling thread, which reads the input and writes the report, holds no list on its heap. Resolves
 * when every worker is ready.
 *
 * @throws ScreeningError `E_WORKER` when a worker cannot start, or fails while screening (from `run`).
 */
export async function createWorkerRunner(setup: WorkerRunnerSetup, workers: number): Promise<ChunkRunner> {
  const { Piscina } = await import('piscina');
  const worker = await resolveWorkerEntry();
  const { versions } = setup;
  const workerData = layOut(setup, worker.entry);
  // What this thread held and built goes now, before the workers' heaps start beside it: its peak would
  // otherwise be both together (on every list of ../shared, ~100 MB more at start-up). It normalizes no more
  // list names, so the words it remembered from them go too.
  forgetNormalizedWords();
  collectGarbageNow();
  const pool = new Piscina<WorkerTask, PackedScreened | true>({
    filename: worker.filename,
    workerData,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 60_000,
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
  try {
    // One task per worker, so the run starts only when every worker has its engine.
    await Promise.all(Array.from({ length: workers }, () => pool.run({ kind: 'ready' })));
  } catch (error) {
    await pool.destroy();
    throw failure('a screening worker could not start', error);
  }
  return {
    versions,
    workers,
    run: async (rows: BatchRow[]) => {
      let screened: ScreenedRowFindings[];
      try {
        screened = unpackScreened((await pool.run({ kind: 'screen', rows: packRows(rows) })) as PackedScreened);
      } catch (error) {
        throw failure('a screening worker failed; screen again, with fewer --workers if memory is short', error);
      }
      if (screened.length !== rows.length) {
        throw failure(
          'a screening worker answered for the wrong rows',
          new Error(`${screened.length} of ${rows.length}`),
        );
      }
      return withRows(rows, screened);
    },
    close: () => pool.destroy(),
  };
}
