import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { createScreener, engineOf, type Screener } from '../../src/match/createScreener.js';
import { NameIndex } from '../../src/match/nameIndex.js';
import { ScreeningEngine } from '../../src/match/screeningEngine.js';
import { loadDefaultList } from '../../src/sources/defaultList.js';

const names = [
  'ЧВК Вагнер',
  'PMC Wagner',
  'AZU INTERNATIONAL LTD STI',
  'Yevgeny Prigozhin',
  'Richard Wagner',
  'Dmitriy Utkin',
];

/** Every typed array among the parts, with its path, looked for at any depth. */
function typedArrays(value: unknown, path = 'parts'): Array<[string, ArrayBufferView]> {
  if (ArrayBuffer.isView(value)) return [[path, value]];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => typedArrays(v, `${path}.${k}`));
}

describe('an index shared between threads', () => {
  let screener: Screener;
  let engine: ScreeningEngine;
  beforeAll(async () => {
    screener = createScreener(await loadDefaultList());
    engine = engineOf(screener)!;
  });

  it('puts every typed array of the index in shared memory, ready for worker threads to read without a copy', () => {
    const arrays = typedArrays(engine.index.share());
    expect(arrays.length).toBeGreaterThan(10);
    for (const [path, array] of arrays) expect(array.buffer, path).toBeInstanceOf(SharedArrayBuffer);
  });

  it('screens the same parties with the same scores and explanations from the shared copy', () => {
    const copy = new ScreeningEngine(new NameIndex(engine.index.share()), engine.entities, engine.options);
    for (const name of names) {
      const mine = engine.screen({ name }).hits.map((h) => [h.entityIndex, h.score, h.match, h.explain()]);
      const theirs = copy.screen({ name }).hits.map((h) => [h.entityIndex, h.score, h.match, h.explain()]);
      expect(theirs, name).toEqual(mine);
    }
  });

  it('leaves the caller its index: sharing copies the arrays, it does not move them', () => {
    const before = screener.screen({ name: 'PMC Wagner' }).matches.map((m) => m.entity.id);
    engine.index.share();
    expect(screener.screen({ name: 'PMC Wagner' }).matches.map((m) => m.entity.id)).toEqual(before);
  });

  it('is read by another thread on the same memory, not a copy of it', async () => {
    const parts = engine.index.share();
    // A thread that changes one posting: the change shows here, so both threads hold the same bytes.
    const worker = new Worker(
      'const { workerData, parentPort } = require("node:worker_threads"); workerData.postingData[0] = -7; parentPort.postMessage("done");',
      { eval: true, workerData: parts },
    );
    await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(parts.postingData[0]).toBe(-7);
  });
});
