/**
 * Speed benchmark: index build time and memory, per-name latency (p50/p99) and throughput screening
 * 10,000 names against the OFAC SDN CSV set with aliases; fuse.js measured in the same run; and the
 * memory of one screener over every list in ../shared together. It screens with the built package (dist/, the
 * plain JavaScript users run) when there is one, else with the TypeScript source through tsx, whose transform
 * adds a helper call to every function it creates.
 * Each screening run (build, warm-up, two passes) is a new Node process, three by default: the figures are each
 * run's and their median.
 * Run: node --expose-gc --import tsx bench/speed.ts   (npm run bench builds first, then does this)
 *   BENCH_SOURCE=src (screen with the source even when dist/ is built); SPEED_RUNS=5 (runs of the screening)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import type * as Library from '../src/index.js';
import { innocentCases, ofacVariantCases } from './cases.js';
import { loadAllLists, loadOfacSet, requireShared } from './data.js';
import { createFuseBaseline } from './fuseBaseline.js';
import { sample, seededRandom } from './random.js';

const DIST = resolve(import.meta.dirname, '../dist/index.js');
const FROM_DIST = process.env.BENCH_SOURCE !== 'src' && existsSync(DIST);
const { createScreener } = (FROM_DIST ? await import(DIST) : await import('../src/index.js')) as typeof Library;

const gc = (globalThis as { gc?: () => void }).gc;
/**
 * Heap and typed-array memory in use after two full collections (the index keeps its arrays outside the heap). After
 * one, what the OFAC screener added read 22 to 41 MB in runs of one version; after two, 28.4 to 28.6 MB.
 */
const heapMB = () => {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 2 ** 20;
};
/** Screening runs, each in a new process (SPEED_RUNS, default 3). */
const RUNS = Math.max(1, Number(process.env.SPEED_RUNS ?? 3));
const meanOf = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/** What one screening run measures: the OFAC screener's build and memory, and each pass over the 10,000 names. */
interface RunFigures {
  buildMs: number;
  indexMB: number;
  passes: Array<{
    pass: string;
    /** How many names the pass screened. */
    names: number;
    alerts: number;
    totalMs: number;
    p50: number;
    p99: number;
    mean: number;
    head: number;
    tail: number;
  }>;
}

/** The names screened: half variants of listed names, half innocent, in a fixed order. */
function benchQueries(ofac: Awaited<ReturnType<typeof loadOfacSet>>): string[] {
  const rng = seededRandom(3);
  const listed = ofacVariantCases(ofac, 1500, 17).map((c) => c.name);
  const innocent = innocentCases(ofac, 1200, 19).map((c) => c.name);
  return sample(rng, [...sample(rng, listed, 5000), ...sample(rng, innocent, 5000)], 10_000);
}

/** One screening run, in a process of its own (see main): build the OFAC screener, warm up, two passes. */
async function screeningRun(): Promise<RunFigures> {
  const ofac = await loadOfacSet();
  const before = heapMB();
  const t0 = performance.now();
  const screener = createScreener(ofac.entities);
  const buildMs = performance.now() - t0;
  const indexMB = heapMB() - before;
  const queries = benchQueries(ofac);
  for (const q of queries.slice(0, 500)) screener.screen({ name: q });
  // First pass: most names and many of their words are new to the screener (every word's typo and sound-alike
  // neighbours are looked up once, then remembered). Second pass: the same names again, every word known, as in
  // a batch run or a payment stream that repeats its counterparties and their words.
  const passes: RunFigures['passes'] = [];
  for (const pass of ['first pass', 'second pass']) {
    const times: number[] = [];
    let alerts = 0;
    const start = performance.now();
    for (const q of queries) {
      const s = process.hrtime.bigint();
      const r = screener.screen({ name: q });
      times.push(Number(process.hrtime.bigint() - s) / 1000);
      if (r.matches.some((m) => m.match)) alerts++;
    }
    const totalMs = performance.now() - start;
    // In screening order: the first and last thousand names show how far the pass warmed up as it went (new words
    // become known, and V8 optimizes the engine's code over the first thousands of names).
    const [head, tail] = [meanOf(times.slice(0, 1000)), meanOf(times.slice(-1000))];
    times.sort((a, b) => a - b);
    passes.push({
      pass,
      names: queries.length,
      alerts,
      totalMs,
      p50: quantile(times, 0.5),
      p99: quantile(times, 0.99),
      mean: meanOf(times),
      head,
      tail,
    });
  }
  return { buildMs, indexMB, passes };
}

/** Runs {@link screeningRun} in a new Node process (the same flags as this one) and reads its figures. */
function runInNewProcess(): RunFigures {
  const child = spawnSync(process.execPath, [...process.execArgv, import.meta.filename], {
    env: { ...process.env, SPEED_CHILD: '1' },
    encoding: 'utf8',
    maxBuffer: 2 ** 24,
  });
  const last = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !last.startsWith('{')) {
    throw new Error(`bench/speed.ts: a screening run failed (exit ${child.status}): ${child.stderr}`);
  }
  return JSON.parse(last) as RunFigures;
}

/**
 * The machine's CPU time so far, in clock ticks, and the part of it the hypervisor gave to other guests (steal, from
 * /proc/stat; undefined where there is none): on a shared virtual machine, what a slow run lost.
 */
function cpuTicks(): { total: number; steal: number } | undefined {
  if (!existsSync('/proc/stat')) return undefined;
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal: steal is the eighth.
  return { total: fields.slice(0, 8).reduce((a, b) => a + b, 0), steal: fields[7] ?? 0 };
}

/** The CPU time stolen between two readings of {@link cpuTicks}, as text ('' when unknown; ticks are 1/100 s). */
function stolen(before: ReturnType<typeof cpuTicks>, after: ReturnType<typeof cpuTicks>): string {
  if (!before || !after) return '';
  const seconds = (after.steal - before.steal) / 100;
  const wall = (after.total - before.total) / 100 / os.cpus().length;
  return `; the hypervisor held back ${seconds.toFixed(2)} s of CPU time (steal) in the run's ${wall.toFixed(1)} s`;
}

const median = (values: number[]) =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
const range = (values: number[], digits: number) =>
  `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;

async function main() {
  requireShared();
  if (!gc) console.log('(run with node --expose-gc for memory figures)');
  console.log(`Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}`);
  console.log(`Screening with ${FROM_DIST ? 'the built package (dist/)' : 'the TypeScript source (tsx)'}`);
  const ofac = await loadOfacSet();
  const names = ofac.entities.reduce((n, e) => n + e.names.length, 0);
  // Each run in a fresh process: the first pass is a new process's first screenings, as a user's would be. Timings of
  // the same code vary by a fifth from run to run on a shared machine, so the figures are each run's and the median.
  const runs: RunFigures[] = [];
  for (let r = 1; r <= RUNS; r++) {
    const ticks = cpuTicks();
    const run = runInNewProcess();
    runs.push(run);
    console.log(
      `Run ${r} of ${RUNS}: OFAC SDN set: ${ofac.entities.length} entities, ${names} names; index built in ${run.buildMs.toFixed(0)} ms, +${run.indexMB.toFixed(0)} MB (heap and arrays)${stolen(ticks, cpuTicks())}`,
    );
    for (const p of run.passes) {
      console.log(
        `  screen(), ${p.pass}: ${p.names} names (half listed-name variants, half innocent; ${p.alerts} alerts) in ${p.totalMs.toFixed(0)} ms: ` +
          `p50 ${p.p50.toFixed(1)} µs, p99 ${p.p99.toFixed(1)} µs, mean ${p.mean.toFixed(1)} µs, ${Math.round(p.names / (p.totalMs / 1000))} names/s; ` +
          `first 1,000 names ${p.head.toFixed(1)} µs, last 1,000 ${p.tail.toFixed(1)} µs`,
      );
    }
  }
  const builds = runs.map((r) => r.buildMs);
  console.log(`Median of ${RUNS} runs: index built in ${median(builds).toFixed(0)} ms (${range(builds, 0)})`);
  for (const [k, pass] of ['first pass', 'second pass'].entries()) {
    const means = runs.map((r) => r.passes[k]!.mean);
    const p50s = runs.map((r) => r.passes[k]!.p50);
    const p99s = runs.map((r) => r.passes[k]!.p99);
    console.log(
      `  screen(), ${pass}: mean ${median(means).toFixed(1)} µs (${range(means, 1)}), p50 ${median(p50s).toFixed(1)} µs (${range(p50s, 1)}), p99 ${median(p99s).toFixed(1)} µs (${range(p99s, 1)})`,
    );
  }
  const mean = median(runs.map((r) => r.passes[0]!.mean));
  const queries = benchQueries(ofac);
  const fuseN = Number(process.env.FUSE_SPEED_SAMPLE ?? 40);
  const f0 = performance.now();
  const fuse = createFuseBaseline(ofac.entities);
  const fuseBuild = performance.now() - f0;
  const fq = queries.slice(0, fuseN);
  const f1 = performance.now();
  for (const q of fq) fuse.screen(q);
  const fuseMean = ((performance.now() - f1) / fq.length) * 1000;
  console.log(
    `fuse.js (same names, first ${fuseN}): build ${fuseBuild.toFixed(0)} ms, mean ${(fuseMean / 1000).toFixed(1)} ms a name → sanctions-screen's first pass (median of the runs' means) is ${Math.round(fuseMean / mean)}× faster`,
  );

  const b2 = heapMB();
  const all = await loadAllLists();
  const entities = all.flatMap((r) => r.entities);
  const listsMB = heapMB() - b2;
  const all0 = performance.now();
  const allScreener = createScreener(entities);
  const allBuild = performance.now() - all0;
  const allMB = heapMB() - b2;
  for (const q of queries.slice(0, 2000)) allScreener.screen({ name: q });
  const usedMB = heapMB() - b2;
  console.log(
    `All lists in ../shared (${all.length} loads, ${entities.length} entities, ${entities.reduce((n, e) => n + e.names.length, 0)} names): ` +
      `index built in ${allBuild.toFixed(0)} ms; lists ${listsMB.toFixed(0)} MB, lists + index ${allMB.toFixed(0)} MB, ${usedMB.toFixed(0)} MB after 2,000 screenings (heap and arrays, after two full collections); process RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`,
  );
}

if (process.env.SPEED_CHILD === '1') process.stdout.write(`${JSON.stringify(await screeningRun())}\n`);
else await main();
