import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectBest } from '../../src/match/candidates.js';

// Keys drawn from a few values, so that many names tie (names sharing the same words of a query do).
const KEYS = [0.25, 0.5, 0.5 + 1e-10, 0.75, 1];

describe('choosing the names to score among those found', () => {
  it('takes the best by key, then by the tie-break, whatever the ties, with the worst chosen first', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...KEYS), fc.integer({ min: 0, max: 3 })), { minLength: 2, maxLength: 120 }),
        fc.integer({ min: 1, max: 30 }),
        (names, wanted) => {
          const count = names.length;
          const limit = Math.min(wanted, count - 1);
          const keys = Float64Array.from(names, ([key]) => key);
          // The tie-break as the finder's: the higher gain, then the lower position.
          const ranksFirst = (a: number, b: number) =>
            keys[a] !== keys[b]
              ? keys[a]! > keys[b]!
              : names[a]![1] > names[b]![1] || (names[a]![1] === names[b]![1] && a < b);
          const top = new Int32Array(limit);
          const scratch = { values: new Float64Array(count), ties: new Int32Array(count) };
          expect(selectBest(count, limit, keys, top, ranksFirst, scratch)).toBe(limit);
          const expected = [...keys.keys()]
            .sort((a, b) => (ranksFirst(a, b) ? -1 : ranksFirst(b, a) ? 1 : 0))
            .slice(0, limit);
          expect([...top].sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
          expect(top[0]).toBe(expected.reduce((worst, f) => (ranksFirst(worst, f) ? f : worst)));
          expect([...keys].sort()).toEqual(names.map(([key]) => key).sort());
        },
      ),
      { numRuns: 500 },
    );
  });
});
