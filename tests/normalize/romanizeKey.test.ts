import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phoneticKey } from '../../src/normalize/phoneticKey.js';
import { SPELLING_RULES } from '../../src/normalize/romanization.data.js';
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
    ['Vera / Vira (Ukrainian Віра)', ['vera', 'vira']],
    ['Afanasiy / Afanasy / Opanas (Ukrainian Опанас)', ['afanasiy', 'afanasy', 'opanas']],
    ['Gleb / Hlib (Ukrainian Гліб, which any-ascii writes Glib) / Hleb (Belarusian)', ['gleb', 'hlib', 'glib', 'hleb']],
    ['Nadezhda / Nadiya (Ukrainian Надія)', ['nadezhda', 'nadiya', 'nadiia']],
    ['Galina / Halyna (Ukrainian Галина)', ['galina', 'halyna']],
    ['Bogdan / Bohdan (Ukrainian Богдан)', ['bogdan', 'bohdan']],
    ['Kristina / Khrystyna (Ukrainian Христина)', ['kristina', 'khrystyna']],
    ['Aleksandra / Alexandra / Oleksandra', ['aleksandra', 'alexandra', 'oleksandra']],
    ['Ignat / Hnat (Ukrainian Гнат)', ['ignat', 'hnat']],
    ['Volkonskaya / Volkonskaia / Volkonska (Ukrainian Волконська)', ['volkonskaya', 'volkonskaia', 'volkonska']],
  ])('gives %s one key', (_label, words) => {
    expect(sameKey(words)).toBe(true);
  });

  it.each([
    ['Muhammad / Mahmud', ['muhammad', 'mahmud']],
    ['Ali / Alia', ['ali', 'alia']],
    ['Ivanov / Ivanova', ['ivanov', 'ivanova']],
    ['Volkonskaya / Volkonsky (she and he)', ['volkonskaya', 'volkonsky']],
    ['Mikhail / Michael (a translation, not a romanization)', ['mikhail', 'michael']],
    ['Hasan / Husayn', ['hasan', 'husayn']],
  ])('keeps %s apart', (_label, words) => {
    expect(sameKey(words)).toBe(false);
  });

  it('skips a rule only for words its pattern cannot change (each rule names the letters it needs)', () => {
    // Words over the letters the patterns read, most of them short enough to hit a pattern's letters together.
    const word = fc
      .array(fc.constantFrom(...'abdeghijkloqrstuwxyfhcpz'), { maxLength: 12 })
      .map((letters) => letters.join(''));
    for (const rule of SPELLING_RULES) {
      const { needs } = rule;
      if (needs === undefined) continue;
      fc.assert(
        fc.property(word, (w) => w.includes(needs) || w.replace(rule.pattern, rule.replacement) === w),
        { numRuns: 3000 },
      );
      for (const example of rule.example.toLowerCase().split(/[^a-z]+/)) {
        expect(example.includes(needs) || example.replace(rule.pattern, rule.replacement) === example).toBe(true);
      }
    }
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

  it('read as the rewrite rules they encode, applied one after the other', () => {
    // The rules as first written: letters only, then each digraph, then merged sounds, repeats collapsed.
    const SOUNDS: Record<string, string> = { c: 'k', z: 's', d: 't', e: 'a', i: 'a', o: 'a', u: 'a' };
    const byRules = (key: string) => {
      const s = key
        .replace(/[^a-z]/g, '')
        .replace(/sh|ch/g, 'x')
        .replace(/zh/g, 'j')
        .replace(/th/g, 't')
        .replace(/gh/g, 'g');
      let out = '';
      for (const ch of s) if ((SOUNDS[ch] ?? ch) !== out.at(-1)) out += SOUNDS[ch] ?? ch;
      return out;
    };
    const key = fc.oneof(
      fc.array(fc.constantFrom(...'schzthgaeiouykdx- 1'), { maxLength: 14 }).map((l) => l.join('')),
      fc.string({ maxLength: 14 }),
    );
    fc.assert(
      fc.property(key, (k) => phoneticKey(k) === byRules(k)),
      { numRuns: 5000 },
    );
  });
});
