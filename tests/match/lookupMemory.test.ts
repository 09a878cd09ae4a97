import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StringFilter } from '../../src/match/stringFilter.js';
import { RecentCache } from '../../src/normalize/recentCache.js';

describe('the look-up memories in front of the large maps (property tests)', () => {
  it('a Bloom filter never turns away a word that was added', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 20 }), { maxLength: 300 }), (words) => {
        const filter = new StringFilter(10);
        for (const w of words) filter.add(w);
        for (const w of words) expect(filter.mayHave(w)).toBe(true);
      }),
    );
  });

  it('a joined pair is looked up as the joined word', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const filter = new StringFilter(12);
        filter.add(a + b);
        expect(filter.mayHave(a, b)).toBe(true);
      }),
    );
  });

  it('a filter rebuilt from its bits answers as the original', () => {
    const filter = new StringFilter(12);
    for (const w of ['wagner', 'vagner', 'prigozhin']) filter.add(w);
    const copy = new StringFilter(filter.bits);
    for (const w of ['wagner', 'vagner', 'prigozhin', 'utkin', 'smith'])
      expect(copy.mayHave(w)).toBe(filter.mayHave(w));
  });

  it('the recent-words memory answers only for the word it holds, never for another', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 10 }), fc.integer()), { maxLength: 200 }), (entries) => {
        const recent = new RecentCache<number>(4);
        const last = new Map<string, number>();
        for (const [word, value] of entries) {
          recent.set(word, value);
          last.set(word, value);
        }
        for (const [word] of entries) {
          const remembered = recent.get(word);
          if (remembered !== undefined) expect(remembered).toBe(last.get(word));
        }
      }),
    );
  });
});
