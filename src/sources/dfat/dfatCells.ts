import type { Address } from '../../model/address.js';
import { makeAddress } from '../../model/address.js';
import { type CountryCode, toCountryCode } from '../../model/country.js';
import { memoByText } from '../shared/memoByText.js';
import { DFAT_NOT_AVAILABLE } from './dfatSheet.data.js';

// DFAT lists several values in one cell as "a) … b) … c) …".
const ENUMERATOR = /(?:^|[\s;,])\(?[a-z]\)\s*/i;
const STARTS_ENUMERATED = /^\s*\(?a\)/i;

/** True when a DFAT cell holds DFAT's "nothing known" placeholder ("NA", "na") or nothing at all. */
export function isNotAvailable(text: string): boolean {
  const folded = text.trim().toLowerCase();
  return folded === '' || DFAT_NOT_AVAILABLE.has(folded);
}

/**
 * The values of a DFAT cell that enumerates several ("a) Kabul, Afghanistan b) Quetta, Pakistan"), each
 * trimmed of separators and with spaces collapsed unless `keepSpacing` (runs of spaces separate dates); a
 * cell that does not start with "a)" is one value. Placeholders ("NA") are dropped.
 */
export function enumeratedValues(text: string, options: { keepSpacing?: boolean } = {}): string[] {
  const parts = STARTS_ENUMERATED.test(text) ? text.split(new RegExp(ENUMERATOR.source, 'gi')) : [text];
  return parts
    .map((p) => p.replace(/^[\s;,]+|[\s;,]+$/g, ''))
    .map((p) => (options.keepSpacing ? p : p.replace(/\s+/g, ' ')))
    .filter((p) => !isNotAvailable(p));
}

/** A citizenship cell's countries, the parts that name no country, and qualified parts (both kept as text). */
export interface Citizenships {
  codes: CountryCode[];
  unknown: string[];
  /** Parts read as a country that say more ("Indonesian (as at Dec. 2003)"); the text is kept beside the code. */
  qualified: string[];
}

// "Russian and Ukrainian", "Turkish/Jordanian", "Malian / Mauritanian": tried only when the whole text is not
// a country, so "Trinidad and Tobago" and "United Kingdom of Great Britain and Northern Ireland" stay whole.
const JOINED = /\s*\/\s*|\s+and\s+/i;

function citizenship(text: string): { codes: CountryCode[]; unknown?: string } {
  const whole = toCountryCode(text);
  if (whole) return { codes: [whole] };
  const parts = text.split(JOINED).filter(Boolean);
  const codes = parts.map((p) => toCountryCode(p));
  if (parts.length > 1 && codes.every((c) => c !== undefined)) return { codes: codes as CountryCode[] };
  return { codes: [], unknown: text };
}

/** Reads DFAT's Citizenship cell ("Russian", "a) Syrian b) Iraqi", "Russian and Ukrainian") into country codes. */
export const citizenships: (text: string) => Citizenships = memoByText((text) => {
  const out: Citizenships = { codes: [], unknown: [], qualified: [] };
  for (const value of enumeratedValues(text)) {
    for (const part of value.split(/\s*;\s*|,\s+(?=[A-Z])/)) {
      if (isNotAvailable(part)) continue;
      const found = citizenship(part.trim());
      out.codes.push(...found.codes);
      if (found.unknown) out.unknown.push(found.unknown);
      else if (part.includes('(')) out.qualified.push(part.trim());
    }
  }
  out.codes = [...new Set(out.codes)];
  return out;
});

/** DFAT's Address cell as addresses, one per enumerated value; the last comma part gives the country when it is one. */
export const addresses: (text: string) => Address[] = memoByText((text) =>
  enumeratedValues(text).flatMap((full) => {
    const last = full.split(',').pop()?.trim() ?? '';
    const country = toCountryCode(last.replace(/\.$/, ''));
    return makeAddress(country ? { full, country } : { full }) ?? [];
  }),
);
