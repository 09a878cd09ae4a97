import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deletionHashes, equalsWithout, wordHash } from '../../src/normalize/deletionHashes.js';

const without = (word: string, i: number) => word.slice(0, i) + word.slice(i + 1);

describe('the hashes of a word and of its one-letter deletions', () => {
  it('give a deletion the hash of the shorter word it spells, so a typo table finds it either way', () => {
    // HOSSFIN without its F is HOSSIN; HOSSEIN without its E is HOSSIN too: the two meet on that hash.
    const hossfin = deletionHashes('hossfin', new Int32Array(4));
    const hossein = deletionHashes('hossein', new Int32Array(4));
    expect(hossfin[0]).toBe(wordHash('hossfin'));
    expect(hossfin[5]).toBe(wordHash('hossin'));
    expect(hossein[5]).toBe(hossfin[5]);
    expect(hossein[0]).not.toBe(hossfin[0]);
  });

  it('agree with the hash of each deletion spelt out, for any word (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.nat(4), (word, spare) => {
        const hashes = deletionHashes(word, new Int32Array(spare));
        expect(hashes.length).toBeGreaterThan(word.length);
        expect(hashes[0]).toBe(wordHash(word));
        for (let i = 0; i < word.length; i++)
          expect(hashes[i + 1], `${word} without ${i}`).toBe(wordHash(without(word, i)));
      }),
      { numRuns: 2000 },
    );
  });

  it('tell words of different lengths and letters apart', () => {
    const words = ['a', 'aa', 'aaa', 'ab', 'ba', 'abc', 'acb', 'bac', 'wagner', 'vagner', 'wagnre', 'wagne'];
    expect(new Set(words.map(wordHash)).size).toBe(words.length);
  });

  it('say whether a word is another with one letter left out', () => {
    expect(equalsWithout('hossein', 4, 'hossin')).toBe(true);
    expect(equalsWithout('hossein', 3, 'hossin')).toBe(false);
    expect(equalsWithout('hossein', 4, 'hossein')).toBe(false);
  });
});
