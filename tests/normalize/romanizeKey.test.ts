import { describe, expect, it } from 'vitest';
import { phoneticKey } from '../../src/normalize/phoneticKey.js';
import { romanizeKey, variantConflicts } from '../../src/normalize/romanizeKey.js';

const sameKey = (words: string[]) => new Set(words.map((w) => romanizeKey(w))).size === 1;

describe('spelling equivalence across romanization systems', () => {
  it.each([
    ['Yevgeniy / Evgeny / Evgenii / Yevgeny', ['yevgeniy', 'evgeny', 'evgenii', 'yevgeny']],
    ['Aleksandr / Alexander / Oleksandr', ['aleksandr', 'alexander', 'oleksandr']],
    ['Mohammed / Muhammad / Mohamed / Mohammad', ['mohammed', 'muhammad', 'mohamed', 'mohammad']],
    ['Dmitriy / Dmitry / Dmitrii / Dmytro', ['dmitriy', 'dmitry', 'dmitrii', 'dmytro']],
    ['Smirnov / Smirnoff', ['smirnov', 'smirnoff']],
    ['Khalid / Halid', ['khalid', 'halid']],
    ['Kuznets / Kuznetz', ['kuznets', 'kuznetz']],
    ['Wagner / Vagner', ['wagner', 'vagner']],
    ['Shcherbakov / Scherbakov', ['shcherbakov', 'scherbakov']],
    ['Hussein / Husayn / Hossein', ['hussein', 'husayn', 'hossein']],
    ['Lukashenko / Lukashenka', ['lukashenko', 'lukashenka']],
    ['Abdelrahman / Abdulrahman / Abdurrahman', ['abdelrahman', 'abdulrahman', 'abdurrahman']],
    ['Dzhokhar / Jokhar', ['dzhokhar', 'jokhar']],
  ])('gives %s one key', (_label, words) => {
    expect(sameKey(words)).toBe(true);
  });

  it.each([
    ['Muhammad / Mahmud', ['muhammad', 'mahmud']],
    ['Ali / Alia', ['ali', 'alia']],
    ['Ivanov / Ivanova', ['ivanov', 'ivanova']],
    ['Mikhail / Michael (a translation, not a romanization)', ['mikhail', 'michael']],
    ['Hasan / Husayn', ['hasan', 'husayn']],
  ])('keeps %s apart', (_label, words) => {
    expect(sameKey(words)).toBe(false);
  });

  it('has no spelling in two groups of the variant table', () => {
    expect(variantConflicts()).toEqual([]);
  });

  it('keeps digits', () => {
    expect(romanizeKey('223rd')).toBe('223rd');
  });
});

describe('sound-alike keys', () => {
  it('agree for names that sound alike', () => {
    expect(phoneticKey('husaini')).toBe(phoneticKey('hoseini'));
    expect(phoneticKey('zamil')).toBe(phoneticKey('samil'));
  });

  it('tell Muhammad from Mahmud', () => {
    expect(phoneticKey(romanizeKey('muhammad'))).not.toBe(phoneticKey(romanizeKey('mahmud')));
  });
});
