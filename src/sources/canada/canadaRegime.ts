import type { CountryCode } from '../../model/country.js';
import { memoByText } from '../shared/memoByText.js';
import { countryOrNote, type RecordNote } from '../xml/recordNotes.js';
import { CANADA_THEMATIC_REGIMES, type CanadaRegime } from './canadaRegimes.data.js';

/** The regime of one SEMA record: id key, program, the regime's country when it is one, and the field as written. */
export interface CanadaRecordRegime extends CanadaRegime {
  country?: CountryCode;
  /** The `Country` field, trimmed ("Russia / Russie"). */
  text: string;
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

const slug = (text: string) =>
  fold(text)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

function regimeOf(text: string): CanadaRegime & { thematic: boolean } {
  // The field is bilingual, "English / French"; the English half names the regime.
  const english = text.split(' / ')[0] ?? text;
  const thematic = CANADA_THEMATIC_REGIMES[fold(english)];
  if (thematic) return { ...thematic, thematic: true };
  const key = slug(english) || slug(text) || 'unknown';
  return { key, program: `CA-SEMA-${key.toUpperCase()}`, thematic: false };
}

// Some 4,800 records share twenty regime texts; each is folded and looked up once.
const regimeOnce = memoByText(regimeOf);

/**
 * Reads the `Country` field of a SEMA record, which names the regulations the record is listed under: a country
 * ("Russia / Russie", English then French) or a theme (JVCFOR, Hamas Terrorist Attacks). A country regime gets its
 * ISO code via `toCountryCode`; a value that is neither a known theme nor a country gets an UNKNOWN_COUNTRY note and
 * is still keyed and programmed from its English name, so a new regime loads rather than being dropped.
 */
export function canadaRegime(countryText: string, notes: RecordNote[]): CanadaRecordRegime | undefined {
  const text = countryText.replace(/\s+/g, ' ').trim();
  if (text === '') return undefined;
  const regime = regimeOnce(text);
  if (regime.thematic) return { key: regime.key, program: regime.program, text };
  const country = countryOrNote(text, 'countries', notes, 'regime ');
  return { key: regime.key, program: regime.program, text, ...(country ? { country } : {}) };
}

/**
 * The schedule of the regulations as an id segment: its numbers joined by "-" ("1, Part 2" → `1-2`, "Part 1" → `1`,
 * "1.1" → `1.1`, and the file's one "1,Part 3" → `1-3` like its neighbours), or '' when the record has none.
 */
export function scheduleKey(schedule: string): string {
  return (schedule.match(/\d+(?:\.\d+)*/g) ?? []).join('-');
}
