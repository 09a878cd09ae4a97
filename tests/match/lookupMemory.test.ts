import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecentCache } from '../../src/normalize/recentCache.js';
import { RecentMemory } from '../../src/normalize/recentMemory.js';
import { StringFilter } from '../../src/normalize/stringFilter.js';

/**
 * Remembers each entry in turn (checking `afterSet` after each), then checks that every word the memory still
 * answers for gets the value last remembered for it.
 */
function expectOnlyLastRemembered(
  memory: { get(word: string): number | undefined; set(word: string, value: number): void },
  entries: ReadonlyArray<[string, number]>,
  afterSet: () => void = () => {},
): void {
  const last = new Map<string, number>();
  for (const [word, value] of entries) {
    memory.set(word, value);
    last.set(word, value);
    afterSet();
  }
  for (const [word] of entries) {
    const remembered = memory.get(word);
    if (remembered !== undefined) expect(remembered).toBe(last.get(word));
  }
}

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
        expectOnlyLastRemembered(new RecentCache<number>(4), entries);
      }),
    );
  });

  it('the recent-words memory keyed by a word and its key answers only for that pair', () => {
    // LIMITED is a word of a person's name (key "limited") and an organisation's legal form (key "ltd"): one word
    // as written, two look-ups that must never answer for each other.
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom('limited', 'mohammed', 'ab'),
            fc.constantFrom('limited', 'ltd', 'muhamad', 'ab'),
            fc.integer(),
          ),
          {
            maxLength: 100,
          },
        ),
        (entries) => {
          const memory = new RecentCache<number>(2);
          const last = new Map<string, number>();
          for (const [word, key, value] of entries) {
            memory.set(word, value, key);
            last.set(`${word} ${key}`, value);
          }
          for (const [word, key] of entries) {
            const remembered = memory.get(word, key);
            if (remembered !== undefined) expect(remembered).toBe(last.get(`${word} ${key}`));
          }
          const [word, key, value] = entries.at(-1) ?? ['limited', 'ltd', 0];
          if (entries.length > 0) expect(memory.get(word, key)).toBe(value);
          expect(memory.get(word, `${key}x`)).toBeUndefined();
        },
      ),
    );
  });

  it('the bounded word memory never holds more than its limit, and answers only what was last remembered', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 6 }), fc.integer()), { maxLength: 300 }), (entries) => {
        const memory = new RecentMemory<number>(16);
        expectOnlyLastRemembered(memory, entries, () => expect(memory.size).toBeLessThanOrEqual(16));
      }),
    );
  });

  it('the bounded word memory keeps a word a run keeps meeting (LLC) while new words stream past', () => {
    const memory = new RecentMemory<string>(8);
    memory.set('llc', 'legal form');
    for (let i = 0; i < 100; i++) {
      memory.set(`vendor${i}`, 'name');
      expect(memory.get('llc')).toBe('legal form');
    }
    expect(memory.get('vendor0')).toBeUndefined();
  });
});
