import { ScreeningError } from '../errors.js';
import type { ListVersion } from '../model/listVersion.js';
import type { BatchRow } from './batchRow.js';
import type { ChunkRunner } from './chunkRunner.js';
import type { ListSource } from './listSource.js';
import type { ScreenedRow } from './screenRows.js';
import { shareEntities } from './worker/sharedEntities.js';
import type { WorkerSetup, WorkerTask } from './worker/workerProtocol.js';

/** The worker module to start, and for TypeScript source the module the tsx bootstrap loads. */
interface WorkerEntry {
  filename: string;
  entry?: string;
}

/** What {@link createWorkerRunner} starts its workers with: a list source (entities are shared, not copied). */
export type WorkerRunnerSetup = Omit<WorkerSetup, 'source' | 'entry'> & { source: ListSource };

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

const failure = (code: 'E_LIST_FAILED' | 'E_WORKER', what: string, error: unknown) =>
  new ScreeningError(code, `${what}: ${(error as Error)?.message ?? String(error)}`, { cause: error });

/**
 * Starts a pool of worker threads (piscina), each building its own screener once from the list source, and
 * returns a runner that screens chunks of rows on them. Entities given in memory are encoded once into shared
 * memory rather than copied into each worker. Resolves when every worker has its screener ready.
 *
 * @throws ScreeningError `E_LIST_FAILED` when a worker cannot load its lists; its `run` throws `E_WORKER` when a
 * worker fails while screening.
 */
export async function createWorkerRunner(setup: WorkerRunnerSetup, workers: number): Promise<ChunkRunner> {
  const { Piscina } = await import('piscina');
  const worker = await resolveWorkerEntry();
  const { source, ...rest } = setup;
  const workerData: WorkerSetup = {
    ...rest,
    source: source.kind === 'entities' ? shareEntities(source.entities, source.versions) : source,
    ...(worker.entry ? { entry: worker.entry } : {}),
  };
  const pool = new Piscina<WorkerTask, ScreenedRow[] | ListVersion[]>({
    filename: worker.filename,
    workerData,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 60_000,
  });
  let versions: ListVersion[];
  try {
    // One describe task per worker, so the run starts only when every screener is built.
    const described = await Promise.all(Array.from({ length: workers }, () => pool.run({ kind: 'describe' })));
    versions = described[0] as ListVersion[];
  } catch (error) {
    await pool.destroy();
    throw failure('E_LIST_FAILED', 'a screening worker could not build its screener', error);
  }
  return {
    versions,
    workers,
    run: async (rows: BatchRow[]) => {
      try {
        return (await pool.run({ kind: 'screen', rows })) as ScreenedRow[];
      } catch (error) {
        throw failure(
          'E_WORKER',
          'a screening worker failed; screen again, with fewer --workers if memory is short',
          error,
        );
      }
    },
    close: () => pool.destroy(),
  };
}
