import { InputError, ScreeningError } from '../errors.js';
import { buildNameIndexParts } from '../match/buildNameIndex.js';
import { DEFAULT_THRESHOLD, engineOf, type Screener, type ScreenerOptions } from '../match/createScreener.js';
import { NameIndex, sharedParts } from '../match/nameIndex.js';
import { buildScoringEntities, ScoringEntities } from '../match/scoringEntities.js';
import { toScoringEntity } from '../match/scoringEntity.js';
import { ScreeningEngine } from '../match/screeningEngine.js';
import type { Entity } from '../model/entity.js';
import type { ListVersion } from '../model/listVersion.js';
import type { LoadResult } from '../model/loadResult.js';
import { listVersionsOf, listVersionsOfEntities, withEntityHashes } from '../sources/listVersions.js';
import type { AcceptList } from './acceptList.js';
import type { BatchAudit, BatchResult } from './batchResult.js';
import { type BatchRow, toBatchRow } from './batchRow.js';
import type { BlockList } from './blockList.js';
import { type ChunkRunner, createInlineRunner } from './chunkRunner.js';
import { type ColumnFlags, resolveColumnMapping } from './columns/columnMapping.js';
import { type CellValue, rowFromCells } from './columns/rowFromCells.js';
import { decideRow, type ExposureHook } from './decideRow.js';
import { type ListSource, loadListSource } from './listSource.js';
import type { ScreenedRow } from './screenRows.js';

/** Options of {@link screenBatch}. Give the lists one way: `screener`, `lists`, or `listSource`. */
export interface ScreenBatchOptions {
  /** A prebuilt screener. With workers, its index is moved into shared memory once and every worker reads it. */
  screener?: Screener;
  /** Loaded lists (or entities) to screen against; the run builds one index of them. */
  lists?: LoadResult | readonly LoadResult[] | readonly Entity[];
  /** Where the run loads the lists (list files, the default list, a module); see ListSource. */
  listSource?: ListSource;
  /** Alert threshold 0–1 (default 0.8, the screener's). */
  threshold?: number;
  /** Options of the screener(s) built here (per-list thresholds, candidate limit). */
  screenerOptions?: Omit<ScreenerOptions, 'threshold'>;
  /** How many matches to keep per row, best first (default 5). */
  matchesPerRow?: number;
  /** Decided false positives, suppressed while the list entry is unchanged. */
  accept?: AcceptList;
  /** Names and keys the team treats as listed. */
  block?: BlockList;
  /** When the rows are plain records (`{ "Vendor Name": …, "Land": … }`): which field is which; see ColumnFlags. */
  columns?: ColumnFlags;
  /**
   * Worker threads (default 0: screen in the calling thread). The index, the listed parties' scoring facts and the
   * list entries are laid out once in shared memory, and the run then lets go of `lists`: the calling thread keeps
   * no list on its heap (measured figures in the README), and each worker adds only its own caches of word
   * look-ups. Each worker keeps its heap within a budget above its live data (see HeapBudget) and a 24 MB young
   * generation; for the budget it sets V8's `--expose-gc` flag in the process (contexts created afterwards with
   * `node:vm` see a global `gc` function), and the calling thread runs one full collection once the lists are
   * laid out.
   */
  workers?: number;
  /** Rows a task holds (default 256). */
  chunkSize?: number;
  /** Finds the relationship path of an indirect hit; see ExposureHook. */
  exposure?: ExposureHook;
  /** Facts about the input for the audit trail (file, format, encoding, columns…). */
  input?: Record<string, string>;
  /** The accept and block lists' file facts for the audit trail (content hash of the file). */
  auditFiles?: Pick<BatchAudit['options'], 'acceptList' | 'blockList'>;
  /** Called once the screener(s) are ready, before the first row is read: where a report writes its header. */
  onStart?: (audit: BatchAudit) => void | Promise<void>;
}

function isLoadResult(value: unknown): value is LoadResult {
  return typeof value === 'object' && value !== null && 'meta' in value && 'entities' in value;
}

async function listsOf(
  options: ScreenBatchOptions,
): Promise<{ entities: readonly Entity[]; versions: ListVersion[] } | undefined> {
  let entities: readonly Entity[];
  let versions: ListVersion[];
  if (options.screener) {
    entities = options.screener.entities;
    versions = listVersionsOfEntities(entities);
  } else if (options.lists) {
    const items = (Array.isArray(options.lists) ? options.lists : [options.lists]) as Array<LoadResult | Entity>;
    if (items.every(isLoadResult)) {
      entities = items.flatMap((r) => r.entities);
      versions = listVersionsOf(items);
    } else {
      entities = items as Entity[];
      versions = listVersionsOfEntities(entities);
    }
  } else return undefined;
  return { entities, versions: await withEntityHashes(versions, entities) };
}

async function createRunner(
  options: ScreenBatchOptions,
  threshold: number,
  matchesPerRow: number,
): Promise<ChunkRunner> {
  const workers = options.workers ?? 0;
  if (!Number.isInteger(workers) || workers < 0) throw new InputError('workers', 'must be a whole number, 0 or more');
  const settings = { threshold, matchesPerRow };
  const lists = (await listsOf(options)) ?? (options.listSource ? await loadListSource(options.listSource) : undefined);
  if (!lists) throw new InputError('lists', 'give the lists to screen against (screener, lists or listSource).');
  const { entities, versions } = lists;
  if (entities.length === 0) {
    throw new ScreeningError('E_LIST_EMPTY', 'screenBatch: no entities to screen against; load at least one list.');
  }
  const screenerOptions: ScreenerOptions = { ...options.screenerOptions, threshold };
  // One index for the whole run: the screener's own when one is given, else one built here.
  const given = options.screener ? engineOf(options.screener) : undefined;
  if (workers === 0) {
    const engine =
      given ??
      new ScreeningEngine(
        NameIndex.build(entities),
        ScoringEntities.from(entities.map(toScoringEntity)),
        screenerOptions,
      );
    return createInlineRunner(engine, entities, versions, settings);
  }
  // With workers, the calling thread only lays the index and the scoring facts out for them (see
  // createWorkerRunner): it never screens here. The run lets go of the lists as soon as they are laid out.
  delete options.lists;
  const { createWorkerRunner } = await import('./workerRunner.js');
  const { collectGarbageNow } = await import('./heapBudget.js');
  // V8 lets a heap grow to several times what is live while lists are parsed and names normalized: the garbage
  // of loading goes before the index is built, and that of the build after, or the start of a run peaks well
  // above the memory it then screens with (every list of ../shared: 0.51 GB against 0.47 GB).
  collectGarbageNow();
  const index = given ? given.index.share() : sharedParts(buildNameIndexParts(entities));
  collectGarbageNow();
  return createWorkerRunner(
    {
      index,
      scoring: given ? given.entities.parts : buildScoringEntities(entities.map(toScoringEntity)),
      options: given ? given.options : screenerOptions,
      entities,
      versions,
      settings,
    },
    workers,
  );
}

async function* recordRows(
  records: AsyncIterable<unknown> | Iterable<unknown>,
  columns: ColumnFlags,
): AsyncGenerator<BatchRow> {
  let mapping: ReturnType<typeof resolveColumnMapping> | undefined;
  let keys: string[] = [];
  let position = 0;
  for await (const record of records) {
    position++;
    const fields = (typeof record === 'object' && record !== null ? record : {}) as Record<string, unknown>;
    if (!mapping) {
      keys = Object.keys(fields);
      mapping = resolveColumnMapping('rows', keys, columns);
    }
    const cells: CellValue[] = keys.map((k) => {
      const v = fields[k];
      return typeof v === 'string' || typeof v === 'number' ? v : v == null ? undefined : String(v);
    });
    yield rowFromCells(mapping, cells, position);
  }
}

/**
 * Screens a stream of rows (a vendor master, a customer file) and streams one result per row, in input order:
 * clear, alert, accepted, blocked-by-list, error or empty, with the matches and their evidence. Rows are read
 * only as fast as results are consumed, in chunks, with at most a few chunks per worker in flight, so a million
 * rows never sit in memory at once. The index is built once; with `workers`, worker threads screen on it in
 * shared memory, and worker and single-thread runs give identical results. Every result carries the run's audit facts (list versions, options).
 *
 * @example
 * for await (const r of screenBatch(rows, { lists: await loadDefaultList(), workers: 2 })) {
 *   if (r.status === 'alert') console.log(r.row, r.key, r.matches[0]?.entityId);
 * }
 */
export function screenBatch(
  rows: AsyncIterable<unknown> | Iterable<unknown>,
  options: ScreenBatchOptions = {},
): AsyncGenerator<BatchResult> {
  // A copy the run may strip of the lists once the workers hold their own (see createRunner).
  return runBatch(rows, { ...options });
}

async function* runBatch(
  rows: AsyncIterable<unknown> | Iterable<unknown>,
  options: ScreenBatchOptions,
): AsyncGenerator<BatchResult> {
  const threshold = options.threshold ?? options.screener?.threshold ?? DEFAULT_THRESHOLD;
  if (!(threshold >= 0 && threshold <= 1)) throw new InputError('threshold', 'must be between 0 and 1');
  const matchesPerRow = options.matchesPerRow ?? 5;
  if (!Number.isInteger(matchesPerRow) || matchesPerRow < 1 || matchesPerRow > 100) {
    throw new InputError('matchesPerRow', 'must be a whole number from 1 to 100');
  }
  const chunkSize = options.chunkSize ?? 256;
  const runner = await createRunner(options, threshold, matchesPerRow);
  const { listThresholds, candidateLimit } = options.screenerOptions ?? {};
  const audit: BatchAudit = {
    lists: runner.versions,
    options: {
      threshold,
      matchesPerRow,
      workers: runner.workers,
      ...(listThresholds ? { listThresholds } : {}),
      ...(candidateLimit !== undefined ? { candidateLimit } : {}),
      ...options.auditFiles,
      ...(options.input ? { input: options.input } : {}),
    },
  };
  const context = {
    audit,
    ...(options.accept ? { accept: options.accept } : {}),
    ...(options.block ? { block: options.block } : {}),
    ...(options.exposure ? { exposure: options.exposure } : {}),
  };
  const inFlight: Array<Promise<ScreenedRow[]>> = [];
  const maxInFlight = Math.max(2, runner.workers * 3);
  const submit = (chunk: BatchRow[]) => {
    const pending = runner.run(chunk);
    // Marked handled now; the rejection is rethrown where the chunk's turn comes.
    pending.catch(() => {});
    inFlight.push(pending);
  };
  try {
    await options.onStart?.(audit);
    const source = options.columns ? recordRows(rows, options.columns) : rows;
    let chunk: BatchRow[] = [];
    let position = 0;
    for await (const input of source) {
      position++;
      chunk.push(options.columns ? (input as BatchRow) : toBatchRow(input, position));
      if (chunk.length < chunkSize) continue;
      submit(chunk);
      chunk = [];
      while (inFlight.length >= maxInFlight)
        for (const screened of await inFlight.shift()!) yield decideRow(screened, context);
    }
    if (chunk.length > 0) submit(chunk);
    while (inFlight.length > 0) for (const screened of await inFlight.shift()!) yield decideRow(screened, context);
  } finally {
    await runner.close();
  }
}
