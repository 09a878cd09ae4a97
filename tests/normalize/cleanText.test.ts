import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/normalize/cleanText.js';
import { foldHomoglyphs } from '../../src/normalize/foldHomoglyphs.js';
import { HOMOGLYPHS } from '../../src/normalize/homoglyphs.data.js';
import { normalizeName } from '../../src/normalize/normalizeName.js';

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

  it('reads a Cyrillic name with a Latin look-alike slipped in as Cyrillic ("ВАГНEР" with a Latin E is VAGNER)', () => {
    expect(foldHomoglyphs('ЧВК ВАГНEР')).toBe('ЧВК ВАГНЕР');
    expect(foldHomoglyphs('Вaгнep')).toBe('Вагнер');
    expect(normalizeName('ЧВК ВАГНEР', { kind: 'organization' }).tokens.map((t) => t.key)).toEqual(['pmc', 'vagner']);
  });

  it('reads a Greek word with a Latin look-alike slipped in as Greek', () => {
    expect(foldHomoglyphs('ΑΛΕΞAΝΔΡΟΣ')).toBe('ΑΛΕΞΑΝΔΡΟΣ');
  });

  it('reads the OpenSanctions UA alias ЗАВАЛЬСЬКA Тетянa, two Latin A among Cyrillic letters, as its Cyrillic name', () => {
    expect(foldHomoglyphs('ЗАВАЛЬСЬКA Тетянa Василівна')).toBe('ЗАВАЛЬСЬКА Тетяна Василівна');
  });

  it('lets a word made only of look-alikes follow the rest of the name', () => {
    // ТОМАС has only look-alike letters: beside the Cyrillic ВАГНЕР it stays Cyrillic (TOMAS, not TOMAC).
    expect(foldHomoglyphs('ТОМАС ВАГНEР')).toBe('ТОМАС ВАГНЕР');
    // The UA file's CМРЕ (a Latin C, then Cyrillic М, Р, Е) in a Latin name is the Latin abbreviation CMPE.
    expect(foldHomoglyphs('ANO "CМРЕ "YEVPATORIYSKIY DESANT"')).toBe('ANO "CMPE "YEVPATORIYSKIY DESANT"');
  });
});

/** Letters only their own script has: each word of a generated name carries one, so its script is never in doubt. */
const OWN_LATIN = [...'DFGLRUVdfglrqw'].filter((c) => !Object.values(HOMOGLYPHS).includes(c));
const OWN_CYRILLIC = [...'БГДЖЗИЙЛПФЦЧШЩЪЫЬЭЮЯбвгджзийклмнптфцчшщъыьэюя'];
/** Each look-alike letter of a script, paired with the Latin letter it imitates, where folding maps them back. */
const pairsOf = (script: RegExp) =>
  Object.entries(HOMOGLYPHS).filter(
    ([letter, latin]) =>
      script.test(letter) &&
      Object.entries(HOMOGLYPHS).find(([other, l]) => l === latin && script.test(other))?.[0] === letter,
  );
const CYRILLIC_PAIRS = pairsOf(/\p{Script=Cyrillic}/u);
const GREEK_PAIRS = pairsOf(/\p{Script=Greek}/u);

/** A name of one to four words, each with at least one letter of its own script among look-alikes. */
const nameOf = (own: string[], lookalikes: string[]) =>
  fc
    .array(
      fc
        .tuple(fc.constantFrom(...own), fc.array(fc.constantFrom(...own, ...lookalikes), { maxLength: 8 }))
        .chain(([first, rest]) => fc.shuffledSubarray([first, ...rest], { minLength: rest.length + 1 }))
        .map((letters) => letters.join('')),
      { minLength: 1, maxLength: 4 },
    )
    .map((words) => words.join(' '));

describe('look-alike letters, for any name', () => {
  it('folds a Latin name back whatever Cyrillic and Greek look-alikes replace its letters', () => {
    const lookalikeOf = new Map<string, string[]>();
    for (const [letter, latin] of [...CYRILLIC_PAIRS, ...GREEK_PAIRS]) {
      lookalikeOf.set(latin, [...(lookalikeOf.get(latin) ?? []), letter]);
    }
    const name = nameOf(OWN_LATIN, [...lookalikeOf.keys()]);
    fc.assert(
      fc.property(name, fc.infiniteStream(fc.nat()), (latin, picks) => {
        const disguised = [...latin]
          .map((c) => {
            const options = lookalikeOf.get(c);
            const pick = picks.next().value;
            return options && pick % 2 === 0 ? options[(pick >> 1) % options.length]! : c;
          })
          .join('');
        return foldHomoglyphs(disguised) === latin;
      }),
    );
  });

  it('folds a Cyrillic name back whatever Latin look-alikes replace its letters', () => {
    const latinOf = new Map(CYRILLIC_PAIRS);
    const name = nameOf(OWN_CYRILLIC, [...latinOf.keys()]);
    fc.assert(
      fc.property(name, fc.infiniteStream(fc.boolean()), (cyrillic, swaps) => {
        const disguised = [...cyrillic]
          .map((c) => (latinOf.has(c) && swaps.next().value ? latinOf.get(c)! : c))
          .join('');
        return foldHomoglyphs(disguised) === cyrillic;
      }),
    );
  });
});
