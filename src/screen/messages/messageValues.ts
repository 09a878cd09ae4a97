import { format, isValid, parse } from 'date-fns';
import { InputError } from '../../errors.js';
import { type CountryCode, CountryCodeSchema, toCountryCode } from '../../model/country.js';

/**
 * The error every malformed payment message raises: code `E_MESSAGE`, `field` naming the message field
 * (`:32A:`, `CdtTrfTxInf[1]/IntrBkSttlmAmt`), the message saying what is wrong and, when known, in which file.
 */
export function messageError(field: string, problem: string, file?: string): InputError {
  return new InputError(field, file ? `${problem} (in ${file})` : problem, { code: 'E_MESSAGE' });
}

const BIC_PATTERN = /^[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/;

/**
 * Checks a BIC as a message gives it and returns it; use it for every BIC read from a message.
 *
 * @throws InputError `E_MESSAGE` when the length is not 8 or 11 or the characters do not form a BIC.
 */
export function checkBic(value: string, field: string, file?: string): string {
  const bic = value.trim();
  if (bic.length !== 8 && bic.length !== 11) {
    throw messageError(field, `bad BIC length: "${bic}" has ${bic.length} characters, a BIC has 8 or 11`, file);
  }
  if (!BIC_PATTERN.test(bic)) {
    throw messageError(
      field,
      `"${bic}" is not a BIC: expected 4 bank characters, 2 country letters, 2 location characters and an optional 3-character branch, in capitals`,
      file,
    );
  }
  return bic;
}

/** The country a BIC belongs to (its 5th and 6th letters), when they form a valid ISO code. */
export function bicCountry(bic: string): CountryCode | undefined {
  const code = bic.slice(4, 6);
  return CountryCodeSchema.safeParse(code).success ? code : undefined;
}

/**
 * Checks an ISO 3166 alpha-2 code written in a message (`Ctry`, `3/TR/…`) and returns it.
 *
 * @throws InputError `E_MESSAGE` when it is not a known code.
 */
export function checkCountry(value: string, field: string, file?: string): CountryCode {
  const code = value.trim();
  if (!CountryCodeSchema.safeParse(code).success) {
    throw messageError(field, `"${code}" is not an ISO 3166 alpha-2 country code such as "TR"`, file);
  }
  return code;
}

/**
 * Reads an ISO 20022 amount ("48250.00"): digits with an optional decimal point, at most 18 digits and 5 decimals.
 *
 * @throws InputError `E_MESSAGE` for anything else (a comma, a sign, letters, an empty value).
 */
export function parseIsoAmount(text: string, field: string, file?: string): number {
  const value = text.trim();
  if (!/^\d{1,18}(\.\d{1,5})?$/.test(value)) {
    throw messageError(
      field,
      `bad amount "${value}": expected digits with an optional decimal point, e.g. 48250.00`,
      file,
    );
  }
  return Number(value);
}

/**
 * Reads a SWIFT MT amount ("48250,00"): digits with a comma as decimal mark, at most 15 characters.
 *
 * @throws InputError `E_MESSAGE` when the comma is missing, there is a point, a sign or too many digits.
 */
export function parseSwiftAmount(text: string, field: string, file?: string): number {
  if (!/^\d+,\d*$/.test(text) || text.length > 15) {
    throw messageError(
      field,
      `bad amount "${text}": expected up to 15 characters of digits with a comma as decimal mark, e.g. 48250,00`,
      file,
    );
  }
  return Number(text.replace(',', '.'));
}

// Fixed reference: parsing never reads the clock. Two-digit years then fall in 1980–2079.
const REFERENCE = new Date(2030, 0, 1);

/**
 * Reads a date in a fixed message format with date-fns (`yyyy-MM-dd` for ISO 20022, `yyMMdd` for MT :32A:,
 * `yyyyMMdd` for MT 50F 4/) and returns it as YYYY-MM-DD.
 *
 * @throws InputError `E_MESSAGE` when the text does not have that form or is not a calendar date.
 */
export function parseMessageDate(
  text: string,
  pattern: 'yyyy-MM-dd' | 'yyMMdd' | 'yyyyMMdd',
  field: string,
  file?: string,
): string {
  const value = text.trim();
  const shape = pattern === 'yyyy-MM-dd' ? /^\d{4}-\d{2}-\d{2}$/ : pattern === 'yyMMdd' ? /^\d{6}$/ : /^\d{8}$/;
  const date = shape.test(value) ? parse(value, pattern, REFERENCE) : new Date(Number.NaN);
  if (!isValid(date)) {
    throw messageError(field, `bad date "${value}": expected a calendar date written ${pattern.toUpperCase()}`, file);
  }
  return format(date, 'yyyy-MM-dd');
}

/**
 * The country of a free-text address, read from its last line: the whole line ("TURKEY", "TR") or the part after
 * its last comma ("ISTANBUL, TURKIYE"). A last word alone is not trusted ("NEW JERSEY" is not Jersey). Returns
 * undefined when neither is a country; the lines are kept either way.
 */
export function countryOfAddressLines(lines: readonly string[]): CountryCode | undefined {
  const last = lines[lines.length - 1]?.trim();
  if (!last) return undefined;
  const afterComma = last.includes(',') ? (last.split(',').pop() ?? '').trim() : '';
  // A two-letter part after a comma ("…, CA") is a state as often as a country: only a whole line counts.
  return toCountryCode(last) ?? (afterComma.length > 2 ? toCountryCode(afterComma) : undefined);
}

/** Joins non-empty texts with a separator; undefined when none is left. */
export function joinTexts(parts: ReadonlyArray<string | undefined>, separator: string): string | undefined {
  const kept = parts.map((p) => p?.replace(/\s+/g, ' ').trim()).filter((p): p is string => Boolean(p));
  return kept.length > 0 ? kept.join(separator) : undefined;
}
