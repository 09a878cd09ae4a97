import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTextTable, type WordTable, wordTable } from '../../src/match/textTable.js';

// The two kinds of word table answer alike: strings for an index screened in the thread that built it, typed
// arrays for one shared with worker threads.
const kinds: Array<[string, (texts: readonly string[]) => WordTable]> = [
  ['strings, for an index screened in the thread that built it', (texts) => wordTable(texts)],
  ['typed arrays, shared by worker threads', (texts) => wordTable(buildTextTable(texts))],
];

describe.each(kinds)('a word table in %s', (_kind, tableOf) => {
  const words = ['wagner', 'vagner', 'вагнер', 'sirketi', 'şirketi', '', 'azu', 'international'];
  const table = tableOf(words);

  it('finds each listed word at its position, and gives its text back', () => {
    for (const [id, word] of words.entries()) {
      expect(table.idOf(word)).toBe(id);
      expect(table.textOf(id)).toBe(word);
    }
    expect(table.size).toBe(words.length);
  });

  it('finds two words written together without joining them (SIEMENS + AG)', () => {
    expect(table.idOf('wag', 'ner')).toBe(0);
    expect(table.idOf('', 'azu')).toBe(6);
    expect(table.idOf('ş', 'irketi')).toBe(4);
    expect(table.idOf('ваг', 'нер')).toBe(2);
  });

  it('answers −1 for a word no list carries, including prefixes and extensions of listed words', () => {
    for (const word of ['wagne', 'wagners', 'richard', 'sirket', 'Wagner', 'вагнерр'])
      expect(table.idOf(word)).toBe(-1);
    expect(table.idOf('wag', 'ners')).toBe(-1);
    expect(table.idOf('wagn', 'er ')).toBe(-1);
  });

  it('refuses a word given twice, whose id would be ambiguous', () => {
    expect(() => tableOf(['ltd', 'llc', 'ltd'])).toThrow(/"ltd" occurs twice/);
  });

  it('agrees with a Map over the same distinct strings, in any script', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ unit: 'grapheme' }), { maxLength: 60 }),
        fc.string({ unit: 'grapheme' }),
        (texts, other) => {
          const t = tableOf(texts);
          texts.forEach((text, id) => {
            expect(t.idOf(text)).toBe(id);
            expect(t.idOf(text.slice(0, 1), text.slice(1))).toBe(id);
          });
          expect(t.idOf(other)).toBe(texts.indexOf(other));
        },
      ),
    );
  });
});
