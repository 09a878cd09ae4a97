import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/match/stringSimilarity.js';

/** Optimal string alignment distance, the whole table, no early stop: the definition the matcher relies on. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => i + j));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

// Short words over few letters, so that near spellings (one or two edits apart) come up often.
const word = fc.stringMatching(/^[abkrs]{0,9}$/);

describe('edit distance between two spellings', () => {
  it('counts the four typing errors as one edit each', () => {
    expect(editDistance('SALAZAR', 'SALAZAR', 1)).toBe(0);
    expect(editDistance('SALAZAR', 'SALASAR', 1)).toBe(1); // a letter replaced
    expect(editDistance('SALAZAR', 'SALZAR', 1)).toBe(1); // a letter dropped
    expect(editDistance('SALAZAR', 'SALAZARR', 1)).toBe(1); // a letter doubled
    expect(editDistance('SALAZAR', 'SLAAZAR', 1)).toBe(1); // two letters swapped
    expect(editDistance('KOZLOVSKY', 'KOZOLVKSY', 2)).toBe(2);
  });

  it('says "more than the limit" as the limit plus one', () => {
    expect(editDistance('SALAZAR', 'SALSAZR', 1)).toBe(2);
    expect(editDistance('MATALY', 'MAALIN', 1)).toBe(2);
    expect(editDistance('IVANOV', 'PETROV', 2)).toBe(3);
    expect(editDistance('IVAN', 'IVANOVICH', 1)).toBe(2);
  });

  it('agrees with the full table at or under every limit, and says more when more (property)', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, limit) => {
        const exact = reference(a, b);
        const d = editDistance(a, b, limit);
        if (exact <= limit) expect(d).toBe(exact);
        else expect(d).toBeGreaterThan(limit);
      }),
      { numRuns: 3000 },
    );
  });

  it('is symmetric, up to the limit (property)', () => {
    const capped = (a: string, b: string, limit: number) => Math.min(editDistance(a, b, limit), limit + 1);
    fc.assert(
      fc.property(word, word, fc.integer({ min: 1, max: 3 }), (a, b, limit) => {
        expect(capped(a, b, limit)).toBe(capped(b, a, limit));
      }),
    );
  });
});
