import { describe, expect, it } from 'vitest';
import { writesCompound } from '../../src/normalize/compoundWords.js';
import { toAscii } from '../../src/normalize/transliterate.js';

describe('a compound of ʿAbd written as one word', () => {
  it.each(['عبدالرحمان', 'عبدالمنان', 'عبدالجبار'])('is read in "%s", romanized', (word) => {
    expect(writesCompound(toAscii(word).toLowerCase())).toBe(true);
  });

  it.each([
    ['abdulrahman', 'with any article after the head'],
    ['abdurrahman', 'with an assimilated article'],
  ])('is read in %s, %s', (word) => {
    expect(writesCompound(word)).toBe(true);
  });

  it.each([
    ['abdal', 'the head and the article, with no name after them'],
    ['abdulx', 'one letter after the article'],
    ['abbas', 'a name starting like the head'],
    ['mhmdjwad', 'another compound written together (Mohammadjavad)'],
  ])('is not read in %s: %s', (word) => {
    expect(writesCompound(word)).toBe(false);
  });
});
