import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consonantSkeleton } from '../../src/normalize/consonantSkeleton.js';
import { romanizeKey } from '../../src/normalize/romanizeKey.js';
import { toAscii } from '../../src/normalize/transliterate.js';

/** A listed word's skeleton is made from its key; a word in Arabic script's from its romanization. */
const listed = (word: string) => consonantSkeleton(romanizeKey(word.toLowerCase()));
const arabic = (word: string) => consonantSkeleton(toAscii(word).toLowerCase());

describe('the consonants of a name, as Arabic script writes them', () => {
  it.each([
    ['MUHAMMAD', 'محمد'],
    ['HUSSEIN', 'حسين'],
    ['SADDAM', 'صدام'],
    ['KHALID', 'خالد'],
    ['QASIM', 'قاسم'],
    ['HAMZA', 'حمزة'],
    ['AZIZ', 'عزيز'],
    ['ADNAN', 'عدنان'],
    ['SHIHATA', 'شحات'],
    ['HUWAYSH', 'حويش'],
    ['KADHIM', 'كاظم'],
    ['KATHIM', 'كاظم'],
    ['MAHFOUZ', 'محفوظ'],
    ['TILFAH', 'طلفاح'],
  ])('reads %s and %s as the same consonants', (latin, script) => {
    expect(listed(latin)).toBe(arabic(script));
  });

  it('keeps a letter written twice apart by a vowel (AZIZ is Z-Z), once when written side by side', () => {
    expect(consonantSkeleton('aziz')).toBe('zz');
    expect(consonantSkeleton('sadam')).toBe('sdm');
    expect(consonantSkeleton('saddam')).toBe('sdm');
  });

  it('merges what the script does not write: HASSAN and HUSSEIN, MAHMUD and MUHAMMAD read alike', () => {
    expect(listed('HASSAN')).toBe(listed('HUSSEIN'));
    expect(listed('MAHMUD')).toBe(listed('MUHAMMAD'));
  });

  it('is consonants only (no vowel, no W or Y, no Q), whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(consonantSkeleton(text.toLowerCase())).toMatch(/^[b-df-hj-np-tx-z]*$/);
        expect(consonantSkeleton(text.toLowerCase())).not.toMatch(/[qvwy]/);
      }),
    );
  });

  it('writes a letter doubled side by side once, wherever it stands (property)', () => {
    const consonant = fc.constantFrom(...'bcfgjklmnprz');
    fc.assert(
      fc.property(fc.array(fc.tuple(consonant, fc.constantFrom('a', 'i', 'u')), { maxLength: 8 }), (parts) => {
        const single = parts.map(([c, v]) => c + v).join('');
        const doubled = parts.map(([c, v]) => c + c + v).join('');
        expect(consonantSkeleton(doubled)).toBe(consonantSkeleton(single));
      }),
    );
  });
});
