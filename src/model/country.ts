import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import { z } from 'zod';
import { memoByText } from '../sources/shared/memoByText.js';
import { COUNTRY_ALIASES } from './countries.data.js';

countries.registerLocale(en);

/** An ISO 3166-1 alpha-2 country code, upper case (`RU`, `TR`); `XK` (Kosovo) is accepted as lists use it. */
export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as "RU"')
  .refine((code) => code === 'XK' || countries.isValid(code), 'unknown ISO 3166-1 alpha-2 code');

/** An ISO 3166-1 alpha-2 code; see {@link CountryCodeSchema}. */
export type CountryCode = z.infer<typeof CountryCodeSchema>;

function foldKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[.,:&()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const aliasByKey = new Map<string, string>(Object.entries(COUNTRY_ALIASES).map(([k, v]) => [foldKey(k), v]));

// A vendor file or a payment stream names the same few hundred countries a million times; reading one through the
// country tables allocates kilobytes, so each text is read once and remembered (10,000 texts at most).
const readCountryOnce = memoByText(readCountry, 10_000);

/**
 * Turns a country as a list writes it ("Russia", "Korea, North", "Türkiye", "Russia / Russie", "RU", "Russian")
 * into an ISO 3166-1 alpha-2 code, or `undefined` when it is not a country (callers keep the raw text then).
 *
 * @example
 * toCountryCode('Korea, North'); // 'KP'
 */
export function toCountryCode(text: string | undefined | null): CountryCode | undefined {
  return text ? readCountryOnce(text) : undefined;
}

function readCountry(text: string): CountryCode | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === '00') return undefined;
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const code = trimmed.toUpperCase();
    return code === 'XK' || countries.isValid(code) ? code : undefined;
  }
  if (/^[A-Za-z]{3}$/.test(trimmed)) {
    const code = countries.alpha3ToAlpha2(trimmed.toUpperCase());
    if (code) return code;
  }
  const key = foldKey(trimmed);
  const alias = aliasByKey.get(key);
  if (alias) return alias;
  const iso = countries.getAlpha2Code(trimmed, 'en') ?? countries.getSimpleAlpha2Code(key, 'en');
  if (iso) return iso;
  // Bilingual fields ("Russia / Russie") and qualified ones ("Iran (Islamic Republic of)").
  for (const part of trimmed.split(/\s*[/;]\s*|\s*\(\s*/)) {
    const stripped = part.replace(/\)\s*$/, '').trim();
    if (stripped && stripped !== trimmed) {
      const code = readCountry(stripped);
      if (code) return code;
    }
  }
  return undefined;
}

/** The English short name of a country code, for reports ("RU" → "Russian Federation"). */
export function countryName(code: string): string {
  return countries.getName(code, 'en') ?? code;
}
