/**
 * Batch benchmark: writes a vendor file of 1,000,000 rows (innocent names from ../shared/eval-sources with ~1 %
 * planted listed names and variants of them, see batchData.ts) streamed to a temp CSV, then screens it as the CLI
 * does (reader → screenBatch with worker threads → CSV report on disk) against every list in ../shared, and
 * prints rows/s, the workers' start-up, peak RSS and RSS along the run (flat or not), the recall of the planted
 * names, and where the CPU went (main thread, workers, V8 helpers) with the rate that implies on more cores.
 * A short scaling run first screens the head of the file with 0, 1 and 2 workers. Prints figures; asserts nothing.
 * It screens with the built package (dist/, as the CLI runs for users: plain JavaScript in every thread) when
 * there is one, else with the TypeScript source through tsx (whose loader adds memory to every worker).
 * Run: node --expose-gc --import tsx bench/batch.ts
 *   BENCH_ROWS=100000 (file size), BENCH_WORKERS=2 (default: the cores), BENCH_SCALE_ROWS=20000 (0: no scaling run),
 *   BENCH_SOURCE=src (screen with the source even when dist/ is built)
 */
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { BatchAudit } from '../src/batch/batchResult.js';
import { CALLING_THREAD_SLACK_MB, HeapBudget } from '../src/batch/heapBudget.js';
import type { ScreenBatchOptions } from '../src/batch/screenBatch.js';
import { openReportSink } from '../src/cli/commands/batchOutput.js';
import type * as Library from '../src/index.js';
import type { ListVersion } from '../src/model/listVersion.js';
import type { LoadResult } from '../src/model/loadResult.js';
import { writeVendorFile } from './batchData.js';
import { loadAllLists, requireShared } from './data.js';
import { cpuSince, threadCpuSeconds } from './threadCpu.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? os.availableParallelism());
const SCALE_ROWS = Math.min(ROWS, Number(process.env.BENCH_SCALE_ROWS ?? 20_000));

const DIST = resolve(import.meta.dirname, '../dist/index.js');
const FROM_DIST = process.env.BENCH_SOURCE !== 'src' && existsSync(DIST);
const { countResult, createReportWriter, emptySummary, openBatchFile, screenBatch } = (
  FROM_DIST ? await import(DIST) : await import('../src/index.js')
) as typeof Library;

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const n = (x: number) => Math.round(x).toLocaleString('en-US');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The head of a CSV file (header + `rows` lines), for the scaling run. */
async function* headRows(file: string, rows: number): AsyncGenerator<{ key: string; name: string }> {
  const lines = createInterface({ input: createReadStream(file) });
  let i = -1;
  for await (const line of lines) {
    if (i++ < 0) continue;
    if (i > rows) break;
    // The generated file quotes only names with a comma or quote; the scaling run needs the name, not exactness.
    const [key = '', ...rest] = line.split(',');
    yield { key, name: rest.slice(0, -1).join(',').replace(/^"|"$/g, '') };
  }
  lines.close();
}

/** CPU split of a phase: the main thread, the busiest `workers` other threads, and the rest (V8 helpers). */
function cpuSplit(cpu: Map<number, number>, workers: number) {
  const main = cpu.get(process.pid) ?? 0;
  const others = [...cpu].filter(([tid]) => tid !== process.pid).map(([, s]) => s);
  others.sort((a, b) => b - a);
  const inWorkers = others.slice(0, workers).reduce((a, b) => a + b, 0);
  const helpers = others.slice(workers).reduce((a, b) => a + b, 0);
  return { main, workers: inWorkers, helpers };
}

async function scalingRun(file: string, lists: LoadResult[]): Promise<void> {
  console.log(`Scaling (first ${n(SCALE_ROWS)} rows, rows/s after start-up):`);
  let single = 0;
  for (const workers of [0, 1, 2]) {
    const options: ScreenBatchOptions = { lists, workers };
    const t0 = performance.now();
    let first = 0;
    let rows = 0;
    for await (const _ of screenBatch(headRows(file, SCALE_ROWS), options)) {
      if (rows++ === 0) first = performance.now();
    }
    const rate = (rows - 1) / ((performance.now() - first) / 1000);
    if (workers === 0) single = rate;
    console.log(
      `  ${workers} workers: ${n(rate)} rows/s (${(rate / single).toFixed(2)}× the main thread alone), start-up ${seconds(first - t0)}`,
    );
  }
}

async function main() {
  requireShared();
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `Machine: ${cpu}, ${os.availableParallelism()} cores, ${mb(os.totalmem())} RAM, Node ${process.version}; load average ${os.loadavg()[0]?.toFixed(2)}`,
  );
  console.log(`Screening with ${FROM_DIST ? 'the built package (dist/)' : 'the TypeScript source (tsx)'}`);
  let lists: LoadResult[] | undefined = await loadAllLists();
  const entities = lists.flatMap((r) => r.entities);
  console.log(`Lists: ${lists.length} loads, ${n(entities.length)} entities`);
  const dir = mkdtempSync(join(os.tmpdir(), 'bench-batch-'));
  const file = join(dir, 'vendors.csv');
  const g0 = performance.now();
  const planted = await writeVendorFile(file, ROWS, entities);
  entities.length = 0;
  console.log(
    `Vendor file: ${n(ROWS)} rows, ${n(planted.size)} planted, ${mb(statSync(file).size)}, written in ${seconds(performance.now() - g0)}`,
  );
  if (SCALE_ROWS > 0) await scalingRun(file, lists);

  gc?.();
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 50);
  const input = await openBatchFile(file);
  const writer = createReportWriter('csv');
  const sink = await openReportSink(join(dir, 'report.csv'));
  const summary = emptySummary();
  let versions: ListVersion[] = [];
  const t0 = performance.now();
  const results = screenBatch(input.rows, {
    lists,
    workers: WORKERS,
    input: input.facts,
    onStart: async (audit: BatchAudit) => {
      versions = audit.lists;
      // As the CLI does once the workers hold the lists (see HeapBudget).
      budget = new HeapBudget(CALLING_THREAD_SLACK_MB);
      await sink.write(writer.begin(audit, {}));
    },
  });
  // The workers read the lists from shared memory; the main thread keeps none, as in the CLI.
  lists = undefined;
  let budget: HeapBudget | undefined;
  let started = 0;
  let cpuAtStart = new Map<number, number>();
  let cpuAtEnd = new Map<number, number>();
  const rssAt: string[] = [];
  let found = 0;
  let foundExpected = 0;
  let innocentAlerts = 0;
  for await (const r of results) {
    if (summary.rows === 0) {
      started = performance.now();
      cpuAtStart = threadCpuSeconds();
    }
    countResult(summary, r);
    if (summary.rows % 256 === 0) budget?.check();
    await sink.write(writer.write(r));
    const expected = planted.get(r.key);
    if (r.status === 'alert') {
      if (expected) found++;
      else innocentAlerts++;
      if (expected && r.matches.some((m) => m.entityId === expected)) foundExpected++;
    }
    if (summary.rows % Math.ceil(ROWS / 5) === 0) {
      const m = process.memoryUsage();
      let live = '';
      if (process.env.BENCH_LIVE) {
        gc?.();
        live = `, ${mb(process.memoryUsage().heapUsed)} live`;
      }
      rssAt.push(`${n(summary.rows)}: ${mb(m.rss)} (main heap ${mb(m.heapUsed)}${live})`);
    }
    // Read before the last results, while the workers still run (the pool closes with the stream).
    if (summary.rows === ROWS - 1000) cpuAtEnd = threadCpuSeconds();
  }
  const ended = performance.now();
  await sink.write(writer.end(summary, {}));
  await sink.close();
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);

  const steadyRows = ROWS - 1000 - 1;
  const steadyRate = steadyRows / ((ended - started) / 1000);
  console.log(`Screened ${n(summary.rows)} rows with ${WORKERS} workers against ${versions.length} list versions`);
  console.log(
    `  ${seconds(ended - t0)} in all: ${n(summary.rows / ((ended - t0) / 1000))} rows/s; start-up (lists hashed, index built, workers started) ${seconds(started - t0)}, then ${n(steadyRate)} rows/s`,
  );
  console.log(
    `  peak RSS ${mb(peakRss)} (process, all threads; ${mb(rssBefore)} before the run); RSS along the run: ${rssAt.join(', ')}`,
  );
  console.log(`  statuses: ${JSON.stringify(summary.byStatus)}`);
  console.log(
    `  recall of planted names: ${n(found)}/${n(planted.size)} rows alerted (${((100 * found) / planted.size).toFixed(1)} %), ` +
      `${n(foundExpected)} with the planted entity among the matches (${((100 * foundExpected) / planted.size).toFixed(1)} %)`,
  );
  const innocentRows = summary.rows - planted.size;
  console.log(
    `  innocent rows alerting: ${n(innocentAlerts)} (${((100 * innocentAlerts) / innocentRows).toFixed(2)} %)`,
  );
  const split = cpuSplit(cpuSince(cpuAtStart, cpuAtEnd), WORKERS);
  if (split.workers > 0) {
    const us = (s: number) => `${((s / steadyRows) * 1e6).toFixed(0)} µs`;
    const perRow = (split.main + split.workers + split.helpers) / steadyRows;
    console.log(
      `  CPU per row: main thread ${us(split.main)} (reading, deciding, report), workers ${us(split.workers)} (screening), V8 helpers ${us(split.helpers)} (GC)`,
    );
    const projection = [2, 4, 8, 16].map(
      (cores) => `${cores} cores ~${n(Math.min(cores / perRow, steadyRows / split.main))} rows/s`,
    );
    console.log(
      `  projected (CPU-bound, the main thread's share serial): ${projection.join(', ')}; the main thread alone caps it at ${n(steadyRows / split.main)} rows/s`,
    );
  }
  rmSync(dir, { recursive: true, force: true });
}

await main();
