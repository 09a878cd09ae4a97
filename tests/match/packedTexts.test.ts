import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packTexts, unpackText } from '../../src/match/packedTexts.js';

describe('list names packed as one UTF-8 array', () => {
  it('gives back every name as the list writes it, in any script', () => {
    const names = ['ЧВК Вагнер', 'AZU INTERNATIONAL LTD ŞTİ', '', 'محمد', '朝鮮民主主義人民共和国', 'a😀b', 'Wagner'];
    const packed = packTexts(names);
    expect(names.map((_, i) => unpackText(packed, i))).toStrictEqual(names);
  });

  it('gives back any text TextEncoder can write, lone surrogates as U+FFFD', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 20 }), (texts) => {
        const packed = packTexts(texts);
        const expected = texts.map((t) => new TextDecoder().decode(new TextEncoder().encode(t)));
        expect(texts.map((_, i) => unpackText(packed, i))).toStrictEqual(expected);
      }),
    );
  });
});
