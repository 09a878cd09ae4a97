import { type CountryCode, toCountryCode } from '../../model/country.js';
import type { LoadCollector, RecordLocation } from '../shared/loadCollector.js';
import { ownString } from '../shared/ownStrings.js';

/** Something a record's builder noticed: a field kept only as text (`warning`) or a quirk handled (`info`). */
export interface RecordNote {
  severity: 'warning' | 'info';
  code: string;
  message: string;
  field?: string;
}

// A list repeats a few hundred country spellings thousands of times; toCountryCode is pure, so each spelling
// is looked up once. Emptied past the limit so it stays small across loads.
const MEMO_LIMIT = 10_000;
const countries = new Map<string, CountryCode | null>();

/**
 * The ISO code of a country as a list writes it, via {@link toCountryCode}; when the text is not empty and is
 * not a known country, notes an `UNKNOWN_COUNTRY` warning (the caller keeps the text). Use it for every
 * country field of an XML list so unmapped spellings always surface.
 */
export function countryOrNote(text: string, field: string, notes: RecordNote[], context = ''): CountryCode | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  let code = countries.get(trimmed);
  if (code === undefined) {
    code = toCountryCode(trimmed) ?? null;
    if (countries.size >= MEMO_LIMIT) countries.clear();
    countries.set(ownString(trimmed), code);
  }
  if (code === null) {
    notes.push({
      severity: 'warning',
      code: 'UNKNOWN_COUNTRY',
      field,
      message: `${context}country "${trimmed}" is not a known country; kept as text`,
    });
    return undefined;
  }
  return code;
}

/** Puts a record's notes on the collector's books against the record's location. */
export function reportNotes(collector: LoadCollector, where: RecordLocation, notes: readonly RecordNote[]): void {
  for (const note of notes) {
    if (note.severity === 'warning') collector.warn(where, note.code, note.message, note.field);
    else collector.info(where, note.code, note.message);
  }
}

/** Appends a value to a free-form property list of an entity candidate, creating the list when needed. */
export function keepProperty(properties: Record<string, string[]>, key: string, value: string): void {
  const text = value.replace(/\s+/g, ' ').trim();
  if (text === '') return;
  const values = properties[key];
  if (!values) properties[key] = [text];
  else if (!values.includes(text)) values.push(text);
}
