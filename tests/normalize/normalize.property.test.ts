import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/normalize/normalizeName.js';

const kinds = fc.constantFrom('person' as const, 'organization' as const, 'any' as const);
const invisible = fc.constantFrom('\u200b', '\u200c', '\u200d', '\u00ad', '\u2060', '\ufeff', '\u200e', '\u200f');

/** Inserts invisible characters at random places of a string. */
const withInvisibles = (text: string, inserts: Array<[number, string]>) => {
  const chars = [...text];
  for (const [at, ch] of inserts) chars.splice(at % (chars.length + 1), 0, ch);
  return chars.join('');
};

describe('normalization invariants (property tests)', () => {
  it('never throws on any Unicode string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), kinds, (s, kind) => {
        normalizeName(s, { kind });
      }),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), kinds, (s, kind) => {
        expect(normalizeName(s, { kind })).toEqual(normalizeName(s, { kind }));
      }),
    );
  });

  it('is idempotent: normalizing the ASCII form again gives the same words', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), kinds, (s, kind) => {
        const once = normalizeName(s, { kind });
        expect(normalizeName(once.ascii, { kind }).tokens).toEqual(once.tokens);
      }),
    );
  });

  it('ignores zero-width characters, soft hyphens and bidi marks wherever they are inserted', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(), invisible), { maxLength: 6 }),
        kinds,
        (s, inserts, kind) => {
          expect(normalizeName(withInvisibles(s, inserts), { kind }).tokens).toEqual(normalizeName(s, { kind }).tokens);
        },
      ),
    );
  });

  it('reads a name in Latin letters with marks as it reads it with a zero-width space in front', () => {
    // Names in printable ASCII and Latin letters with marks skip the cleaning, look-alike folding and script rules
    // that a zero-width space sends a name through: both paths must read it alike.
    const latin = [
      ..." -.,'&AZaiz09",
      ...Array.from({ length: 0x180 - 0xa0 }, (_, i) => String.fromCharCode(0xa0 + i)),
    ];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...latin), maxLength: 40 }), kinds, (s, kind) => {
        const read = (text: string) => {
          const { ascii, script, tokens } = normalizeName(text, { kind });
          return { ascii, script, tokens };
        };
        expect(read(s)).toEqual(read(`\u200b${s}`));
      }),
      { numRuns: 2000 },
    );
  });

  it('produces keys of lower-case ASCII letters and digits only', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), kinds, (s, kind) => {
        for (const t of normalizeName(s, { kind }).tokens) expect(t.key).toMatch(/^[a-z0-9 ]+$/);
      }),
    );
  });
});
