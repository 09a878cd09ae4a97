/**
 * Speed benchmark: index build time and memory, per-name latency (p50/p99) and throughput screening
 * 10,000 names against the OFAC SDN CSV set with aliases; fuse.js measured in the same run; and the
 * memory of one screener over every list in ../shared together. It screens with the built package (dist/, the
 * plain JavaScript users run) when there is one, else with the TypeScript source through tsx, whose transform
 * adds a helper call to every function it creates.
 * Run: node --expose-gc --import tsx bench/speed.ts   (npm run bench builds first, then does this)
 *   BENCH_SOURCE=src (screen with the source even when dist/ is built)
 */
import { existsSync } from 'node:fs';
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
/** Heap and typed-array memory in use after a full collection (the index keeps its arrays outside the heap). */
const heapMB = () => {
  gc?.();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 2 ** 20;
};
const meanOf = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

async function main() {
  requireShared();
  if (!gc) console.log('(run with node --expose-gc for memory figures)');
  console.log(`Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}`);
  console.log(`Screening with ${FROM_DIST ? 'the built package (dist/)' : 'the TypeScript source (tsx)'}`);
  const ofac = await loadOfacSet();
  const names = ofac.entities.reduce((n, e) => n + e.names.length, 0);
  const before = heapMB();
  const t0 = performance.now();
  const screener = createScreener(ofac.entities);
  const buildMs = performance.now() - t0;
  const indexMB = heapMB() - before;
  console.log(
    `OFAC SDN set: ${ofac.entities.length} entities, ${names} names; index built in ${buildMs.toFixed(0)} ms, +${indexMB.toFixed(0)} MB (heap and arrays)`,
  );

  const rng = seededRandom(3);
  const listed = ofacVariantCases(ofac, 1500, 17).map((c) => c.name);
  const innocent = innocentCases(ofac, 1200, 19).map((c) => c.name);
  const queries = sample(rng, [...sample(rng, listed, 5000), ...sample(rng, innocent, 5000)], 10_000);
  for (const q of queries.slice(0, 500)) screener.screen({ name: q });
  // First pass: most names and many of their words are new to the screener (every word's typo and sound-alike
  // neighbours are looked up once, then remembered). Second pass: the same names again, every word known, as in
  // a batch run or a payment stream that repeats its counterparties and their words.
  let mean = 0;
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
    const edges = `first 1,000 names ${head.toFixed(1)} µs, last 1,000 ${tail.toFixed(1)} µs`;
    times.sort((a, b) => a - b);
    const passMean = meanOf(times);
    if (pass === 'first pass') mean = passMean;
    console.log(
      `screen(), ${pass}: ${queries.length} names (half listed-name variants, half innocent; ${alerts} alerts) in ${totalMs.toFixed(0)} ms: ` +
        `p50 ${quantile(times, 0.5).toFixed(1)} µs, p99 ${quantile(times, 0.99).toFixed(1)} µs, mean ${passMean.toFixed(1)} µs, ${Math.round(queries.length / (totalMs / 1000))} names/s; ${edges}`,
    );
  }

  const fuseN = Number(process.env.FUSE_SPEED_SAMPLE ?? 40);
  const f0 = performance.now();
  const fuse = createFuseBaseline(ofac.entities);
  const fuseBuild = performance.now() - f0;
  const fq = queries.slice(0, fuseN);
  const f1 = performance.now();
  for (const q of fq) fuse.screen(q);
  const fuseMean = ((performance.now() - f1) / fq.length) * 1000;
  console.log(
    `fuse.js (same names, first ${fuseN}): build ${fuseBuild.toFixed(0)} ms, mean ${(fuseMean / 1000).toFixed(1)} ms a name → sanctions-screen's first pass is ${Math.round(fuseMean / mean)}× faster (mean to mean)`,
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
      `index built in ${allBuild.toFixed(0)} ms; lists ${listsMB.toFixed(0)} MB, lists + index ${allMB.toFixed(0)} MB, ${usedMB.toFixed(0)} MB after 2,000 screenings (heap and arrays, after a full collection); process RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`,
  );
}

await main();
