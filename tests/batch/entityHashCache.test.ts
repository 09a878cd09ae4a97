import { describe, expect, it } from 'vitest';
import { createBatchEntityHashCache } from '../../src/batch/entityHashCache.js';
import { entityContentHash } from '../../src/model/entityContentHash.js';
import { loadDefaultList } from '../../src/sources/defaultList.js';

describe("a batch run's entity hashes", () => {
  it('are the content hashes an accept list is tied to, for every entry of the embedded list', async () => {
    const { entities } = await loadDefaultList();
    const hashOf = createBatchEntityHashCache();
    for (const entity of entities) expect(await hashOf(entity), entity.id).toBe(await entityContentHash(entity));
  });

  it('change when the entry changes, and stay put while it does not', async () => {
    const [wagner] = (await loadDefaultList()).entities.filter((e) => e.id === 'ofac-sdn:22543');
    if (!wagner) throw new Error('the embedded list lacks ofac-sdn:22543');
    const hashOf = createBatchEntityHashCache();
    const before = await hashOf(wagner);
    expect(await hashOf(wagner)).toBe(before);
    expect(await hashOf({ ...wagner, programs: [...wagner.programs, 'RUSSIA-EO14024'] })).not.toBe(before);
  });
});
