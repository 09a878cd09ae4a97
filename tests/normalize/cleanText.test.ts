import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/normalize/cleanText.js';
import { foldHomoglyphs } from '../../src/normalize/foldHomoglyphs.js';

describe('invisible characters', () => {
  it.each([
    ['zero-width space', 'Wag\u200bner'],
    ['zero-width joiner', 'Wag\u200dner'],
    ['soft hyphen', 'Wag\u00adner'],
    ['byte-order mark', '\ufeffWagner'],
    ['right-to-left mark', 'Wagner\u200f'],
    ['bidi isolate', '\u2066Wagner\u2069'],
    ['word joiner', 'Wa\u2060gner'],
  ])('drops a %s hidden in "Wagner"', (_what, text) => {
    expect(cleanText(text)).toBe('Wagner');
  });

  it('reads full-width letters and ligatures as plain letters (NFKC)', () => {
    expect(cleanText('Ｗａｇｎｅｒ')).toBe('Wagner');
    expect(cleanText('ﬁrm')).toBe('firm');
  });

  it('turns tabs and line breaks into word separators', () => {
    expect(cleanText('Baltic Amber\nTrading')).toBe('Baltic Amber Trading');
  });

  it('is idempotent on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => cleanText(cleanText(s)) === cleanText(s)));
  });
});

describe('look-alike letters', () => {
  it('folds a Cyrillic А hidden inside a Latin word', () => {
    expect(foldHomoglyphs('WАGNER GROUP')).toBe('WAGNER GROUP');
  });

  it('folds a word made only of Cyrillic look-alikes when the rest of the name is Latin', () => {
    expect(foldHomoglyphs('РМС Wagner')).toBe('PMC Wagner');
  });

  it('leaves a name written wholly in Cyrillic for transliteration (ВАГНЕР reads VAGNER, not BALHEP)', () => {
    expect(foldHomoglyphs('ВАГНЕР')).toBe('ВАГНЕР');
    expect(foldHomoglyphs('ЧВК Вагнер')).toBe('ЧВК Вагнер');
  });

  it('folds Greek look-alikes too', () => {
    expect(foldHomoglyphs('ΑΖU International')).toBe('AZU International');
  });
});
