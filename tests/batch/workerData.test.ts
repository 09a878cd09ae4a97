import * as crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nodeEntityHash } from '../../src/batch/entityHashCache.js';
import { ENTRIES_PER_BLOCK, EntityStore, storeEntities } from '../../src/batch/entityStore.js';
import { fromShared, toShared } from '../../src/batch/worker/sharedData.js';
import { buildNameIndexParts } from '../../src/match/buildNameIndex.js';
import { createScreener, engineOf } from '../../src/match/createScreener.js';
import { NameIndex, sharedParts } from '../../src/match/nameIndex.js';
import { buildScoringEntities, ScoringEntities } from '../../src/match/scoringEntities.js';
import { toScoringEntity } from '../../src/match/scoringEntity.js';
import { ScreeningEngine } from '../../src/match/screeningEngine.js';
import { entityContentHash } from '../../src/model/entityContentHash.js';
import { loadDefaultList } from '../../src/sources/defaultList.js';

/** Every typed array in a value, at any depth of plain objects. */
function typedArrays(value: unknown): ArrayBufferView[] {
  if (ArrayBuffer.isView(value)) return [value];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.values(value).flatMap(typedArrays);
}

describe('what a batch run hands its worker threads', () => {
  it('gives back every list entry as stored, with the content hash an accept list is tied to', async () => {
    const { entities } = await loadDefaultList();
    const store = new EntityStore(storeEntities(entities));
    expect(store.size).toBe(entities.length);
    for (const [i, entity] of entities.entries()) {
      const read = store.entity(i);
      expect(read, entity.id).toStrictEqual(entity);
      expect(nodeEntityHash(crypto, read), entity.id).toBe(await entityContentHash(entity));
    }
  });

  it('keeps the entries in shared memory, outside every thread heap, compressed', async () => {
    const { entities } = await loadDefaultList();
    const parts = storeEntities(entities);
    for (const array of Object.values(parts)) expect(array.buffer).toBeInstanceOf(SharedArrayBuffer);
    const json = entities.reduce((n, e) => n + Buffer.byteLength(JSON.stringify(e)), 0);
    expect(parts.blocks.byteLength).toBeLessThan(json / 3);
  });

  it('reads entries in any order, across blocks, and refuses a position it does not hold', async () => {
    const { entities } = await loadDefaultList();
    const store = new EntityStore(storeEntities(entities));
    const order = [entities.length - 1, 0, ENTRIES_PER_BLOCK, ENTRIES_PER_BLOCK - 1, 1, entities.length - 1];
    for (const i of order) expect(store.entity(i)).toStrictEqual(entities[i]);
    expect(() => store.entity(entities.length)).toThrow(RangeError);
    expect(() => store.entity(-1)).toThrow(RangeError);
    expect(new EntityStore(storeEntities([])).size).toBe(0);
  });

  it('shares the index and the scoring facts as one copy, and a worker rebuilt from them screens the same', async () => {
    const { entities } = await loadDefaultList();
    const data = {
      index: sharedParts(buildNameIndexParts(entities)),
      scoring: buildScoringEntities(entities.map(toScoringEntity)),
    };
    const shared = toShared(data);
    // Nothing of it stays on the heap as objects: typed arrays in shared memory, and the rest as shared JSON text.
    for (const array of typedArrays(shared)) expect(array.buffer).toBeInstanceOf(SharedArrayBuffer);
    const read = fromShared<typeof data>(structuredClone(shared));
    expect(read).toStrictEqual(data);
    const engine = new ScreeningEngine(new NameIndex(read.index), new ScoringEntities(read.scoring));
    const original = engineOf(createScreener(entities))!;
    for (const name of ['Vagner Group', 'ЧВК Вагнер', 'AZU INTERNATIONAL LTD STI', 'Richard Wagner']) {
      const ours = engine.screen({ name }).hits.map((h) => [h.entityIndex, h.score, h.explain()]);
      const theirs = original.screen({ name }).hits.map((h) => [h.entityIndex, h.score, h.explain()]);
      expect(ours, name).toStrictEqual(theirs);
    }
  });
});
