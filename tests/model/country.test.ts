import { describe, expect, it } from 'vitest';
import { CountryCodeSchema, toCountryCode } from '../../src/model/country.js';

describe('country names as the lists write them', () => {
  it.each([
    ['Russia', 'RU'],
    ['Turkey', 'TR'],
    ['Türkiye', 'TR'],
    ['Korea, North', 'KP'],
    ['Burma', 'MM'],
    ['Congo, Democratic Republic of the', 'CD'],
    ['Russia / Russie', 'RU'],
    ['Iran (Islamic Republic of)', 'IR'],
    ['Russian', 'RU'],
    ['ru', 'RU'],
    ['TUR', 'TR'],
  ])('maps %s to %s', (text, code) => {
    expect(toCountryCode(text)).toBe(code);
  });

  it('returns nothing for text that is not a country, so loaders keep the text and warn', () => {
    expect(toCountryCode('Region: Atlantis')).toBeUndefined();
    expect(toCountryCode('00')).toBeUndefined();
    expect(toCountryCode('')).toBeUndefined();
  });

  it('reads a country the same way every time a file repeats it, remembered or not', () => {
    // A vendor file names the same countries on every row: the second reading comes from memory.
    for (let round = 0; round < 3; round++) {
      expect(toCountryCode('Korea, North')).toBe('KP');
      expect(toCountryCode('Russia / Russie')).toBe('RU');
      expect(toCountryCode('Region: Atlantis')).toBeUndefined();
    }
    // Thousands of different texts never change what a known one reads as (the memory is bounded).
    for (let i = 0; i < 12_000; i++) toCountryCode(`Atlantis ${i}`);
    expect(toCountryCode('Korea, North')).toBe('KP');
    expect(toCountryCode('Atlantis 11999')).toBeUndefined();
  });

  it('accepts Kosovo (XK) as lists use it and refuses unknown codes', () => {
    expect(CountryCodeSchema.safeParse('XK').success).toBe(true);
    expect(CountryCodeSchema.safeParse('ZZ').success).toBe(false);
  });
});
