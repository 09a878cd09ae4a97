import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { HeapBudget } from '../../src/batch/heapBudget.js';

const usedMB = () => getHeapStatistics().used_heap_size / 2 ** 20;

/** About `mb` MB of records that live long enough to reach the old generation, then are dropped. */
function garbage(mb: number): number {
  let kept: Array<{ name: string; score: number }> | undefined = [];
  for (let i = 0; i < (mb * 2 ** 20) / 64; i++) kept.push({ name: `vendor ${i}`, score: i / 7 });
  const n = kept.length;
  kept = undefined;
  return n;
}

describe("a batch thread's heap budget", () => {
  it('collects the garbage once the heap outgrows the live data by the slack, and not before', () => {
    const budget = new HeapBudget(16);
    const start = usedMB();
    garbage(4);
    budget.check();
    // Within the slack: nothing collected, the garbage is still counted.
    expect(usedMB()).toBeGreaterThan(start + 2);
    garbage(40);
    expect(usedMB()).toBeGreaterThan(start + 16);
    budget.check();
    expect(usedMB()).toBeLessThan(start + 8);
  });
});
