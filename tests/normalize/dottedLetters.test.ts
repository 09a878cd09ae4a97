import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinDottedLetters, letterRunSpellings } from '../../src/normalize/dottedLetters.js';
import { normalizeName } from '../../src/normalize/normalizeName.js';
import { NAME_PARTICLES, STOP_WORDS } from '../../src/normalize/stopWords.data.js';

const keys = (text: string, kind: 'person' | 'organization') =>
  normalizeName(text, { kind }).tokens.map((t) => `${t.key}:${t.role}`);

describe('abbreviations spelt letter by letter', () => {
  it.each([
    ['P.M.C. Wagner', 'PMC  Wagner'],
    ['P.M.C.Wagner', 'PMC Wagner'],
    ['A.Z.U. International L.T.D. S.T.I.', 'AZU  International LTD  STI '],
    ['J. R. R. Tolkien Estate', 'JRR  Tolkien Estate'],
  ])('writes "%s" as one word an abbreviation', (text, joined) => {
    expect(joinDottedLetters(text)).toBe(joined);
  });

  it.each([
    ['two letters, which initials and two-letter legal forms write either way', 'NAMED AFTER V.V. TARASOV'],
    ['letters without dots', 'P M C Wagner'],
    ['letters that spell a stop word (D.E.S. is not the French DES)', 'D.E.S. DEFENSE ENGINEERING SOLUTIONS LTD'],
    ['a mix of dotted and spaced letters', 'J.R. R. Smith'],
  ])('leaves apart %s', (_what, text) => {
    expect(joinDottedLetters(text).replace(/\s+$/, '')).toBe(text);
  });

  it("reads an organisation's dotted abbreviation as the word, and keeps a person's initials", () => {
    expect(keys('P.M.C. Wagner', 'organization')).toEqual(['pmc:generic', 'vagner:name']);
    expect(keys('AZU INTERNATIONAL L.T.D. S.T.I.', 'organization')).toEqual(
      keys('AZU INTERNATIONAL LTD STI', 'organization'),
    );
    expect(keys('A.B.C. Ivanov', 'person')).toEqual(['a:name', 'b:name', 'c:name', 'ivanov:name']);
  });

  it('reads the dotted legal forms of the tables however their dots fall', () => {
    const legalForms = (text: string) =>
      normalizeName(text, { kind: 'organization' })
        .tokens.filter((t) => t.role === 'legalForm')
        .map((t) => t.key);
    for (const text of ['Acme S.A.R.L.', 'Acme S. A. R. L.', 'Acme SARL'])
      expect(legalForms(text), text).toEqual(['sarl']);
    for (const text of ['Acme s.r.o.', 'Acme Sp. z o.o.', 'Acme d.o.o.'])
      expect(legalForms(text), text).toEqual(['sp z o o']);
    // Mexico's rural production company, as OFAC writes it (AGRICOLA TAVO S.P.R. DE R.L., uid 18822).
    expect(legalForms('AGRICOLA TAVO S.P.R. DE R.L.')).toEqual(['srl']);
  });

  it('spells a phrase of the tables every way its one-letter words may be run together', () => {
    expect(letterRunSpellings(['s', 'a', 'de', 'c', 'v']).map((w) => w.join(' '))).toEqual([
      's a de c v',
      's a de cv',
      'sa de c v',
      'sa de cv',
    ]);
  });

  it('reads any organisation name the same with a word of it spelt letter by letter', () => {
    const word = fc
      .array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), { minLength: 3, maxLength: 8 })
      .map((letters) => letters.join(''))
      .filter((w) => !STOP_WORDS.has(w) && !NAME_PARTICLES.has(w));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), fc.nat(), fc.boolean(), (words, at, spaced) => {
        const i = at % words.length;
        const dotted = [...words[i]!.toUpperCase()].join(spaced ? '. ' : '.') + '.';
        const written = words.map((w, k) => (k === i ? dotted : w)).join(' ');
        expect(keys(written, 'organization')).toEqual(keys(words.join(' '), 'organization'));
      }),
    );
  });
});
