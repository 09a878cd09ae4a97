import { type DaySpan, daySpanOf, jurisdictionOn } from './jurisdictionOnDate.js';
import {
  JURISDICTIONS,
  type JurisdictionLevel,
  type JurisdictionRecord,
  NOT_JURISDICTIONS,
} from './jurisdictions.data.js';
import { foldPlaceWord, type PlaceToken, tokenizePlaceText } from './placeText.js';
import { STREET_CONNECTORS, STREET_WORDS_AFTER, STREET_WORDS_BEFORE } from './streetWords.data.js';

export type { JurisdictionLevel, JurisdictionRecord } from './jurisdictions.data.js';

/** How a jurisdiction was recognised: its country or region name, an alternative spelling, or a city in it. */
export type JurisdictionVia = 'country' | 'region' | 'city' | 'alias';

/** Which part of the input held the match; `text` when a plain string was given. */
export type PlaceField = 'text' | 'country' | 'region' | 'city' | 'street' | 'lines';

/** A place in an address or a text that lies in a sanctioned jurisdiction. */
export interface JurisdictionHit {
  /** The jurisdiction's code: ISO 3166-1 alpha-2 (`IR`) or ISO 3166-2 for a region (`UA-43`). */
  code: string;
  name: string;
  level: JurisdictionLevel;
  /** The words of the input that matched, as written ("Севастополь"). */
  matched: string;
  via: JurisdictionVia;
  programs: readonly string[];
  field: PlaceField;
  /** Present when only part of the named area is sanctioned: the location needs checking. */
  partial?: string;
  /** Present when the as-of date is before the measures began: the day they began (the place was not embargoed then). */
  sanctionedFrom?: string;
  /** Present when an earlier level applied on the as-of date (Syria before July 2025): what it rested on. */
  levelNote?: string;
}

/** Options of {@link findJurisdictions}. */
export interface FindJurisdictionsOptions {
  /** Rate each jurisdiction as it stood on this date (YYYY-MM-DD, or a month or year); default: its current level. */
  asOf?: string;
}

/** A structured address, as a payment or a party gives it; every part is optional. */
export interface PlaceInput {
  country?: string;
  region?: string;
  city?: string;
  street?: string;
  lines?: readonly string[];
}

interface PhraseEntry {
  record: JurisdictionRecord;
  via: JurisdictionVia;
  upperOnly: boolean;
}

interface PlaceIndex {
  byKey: Map<string, PhraseEntry[]>;
  /** Keys of NOT_JURISDICTIONS: phrases read as no place at all. */
  excluded: Set<string>;
  firstWords: Set<string>;
  maxWords: number;
  codes: Map<string, JurisdictionRecord>;
}

const streetAfter = new Set(STREET_WORDS_AFTER.map(foldPlaceWord));
const streetBefore = new Set(STREET_WORDS_BEFORE.map(foldPlaceWord));
const connectors = new Set(STREET_CONNECTORS.map(foldPlaceWord));

let cachedIndex: PlaceIndex | undefined;

function phraseKeys(spelling: string): { keys: Set<string>; words: number } {
  const tokens = tokenizePlaceText(spelling);
  if (tokens.length === 0) return { keys: new Set(), words: 0 };
  return {
    keys: new Set([tokens.map((t) => t.key).join(' '), tokens.map((t) => t.latinKey).join(' ')]),
    words: tokens.length,
  };
}

function addPhrase(index: PlaceIndex, spelling: string, entry: PhraseEntry): void {
  const { keys, words } = phraseKeys(spelling);
  if (words === 0) return;
  for (const key of keys) {
    const entries = index.byKey.get(key) ?? [];
    // The first listing of a spelling for a jurisdiction wins (names are listed before aliases).
    if (entries.some((e) => e.record === entry.record)) continue;
    entries.push(entry);
    index.byKey.set(key, entries);
    index.firstWords.add(key.split(' ')[0] ?? key);
  }
  index.maxWords = Math.max(index.maxWords, words);
}

function addExclusion(index: PlaceIndex, spelling: string): void {
  const { keys, words } = phraseKeys(spelling);
  for (const key of keys) {
    index.excluded.add(key);
    index.firstWords.add(key.split(' ')[0] ?? key);
  }
  index.maxWords = Math.max(index.maxWords, words);
}

// Built once, on first use, so screening 10 000 addresses costs one Map lookup per word.
function placeIndex(): PlaceIndex {
  if (cachedIndex) return cachedIndex;
  const index: PlaceIndex = {
    byKey: new Map(),
    excluded: new Set(),
    firstWords: new Set(),
    maxWords: 1,
    codes: new Map(),
  };
  const spellings = (groups: readonly string[] | undefined) =>
    (groups ?? []).flatMap((g) => g.split('|').map((s) => s.trim())).filter(Boolean);
  for (const record of JURISDICTIONS) {
    const nameVia: JurisdictionVia = record.code.includes('-') ? 'region' : 'country';
    for (const s of spellings(record.names)) addPhrase(index, s, { record, via: nameVia, upperOnly: false });
    for (const s of spellings(record.aliases)) addPhrase(index, s, { record, via: 'alias', upperOnly: false });
    for (const s of spellings(record.acronyms)) addPhrase(index, s, { record, via: 'alias', upperOnly: true });
    for (const s of spellings(record.cities)) addPhrase(index, s, { record, via: 'city', upperOnly: false });
    for (const code of record.isoCodes) {
      index.codes.set(code, record);
      // Subdivision codes ("UA-43") are distinctive enough to find inside a text, in capitals.
      if (code.includes('-')) addPhrase(index, code, { record, via: nameVia, upperOnly: true });
    }
  }
  for (const s of spellings(NOT_JURISDICTIONS)) addExclusion(index, s);
  cachedIndex = index;
  return index;
}

const PHRASE_GAP = /^[^\S\n\r]*[,.\-–—()/'’]?[^\S\n\r]*$/;
const SPACE_GAP = /^[^\S\n\r]+$/;
const STREET_ABBREVIATION_GAP = /^\.?[^\S\n\r]+$|^\.$/;

function gap(text: string, left: PlaceToken, right: PlaceToken): string {
  return text.slice(left.end, right.start);
}

// A place name inside a street name ("Cuba Street", "Rue de Syrie", "ул. Кубинская") is not a location.
function isStreetName(text: string, tokens: PlaceToken[], start: number, end: number): boolean {
  const last = tokens[end - 1];
  const next = tokens[end];
  if (last && next && streetAfter.has(next.key) && SPACE_GAP.test(gap(text, last, next))) return true;
  let j = start - 1;
  let right = tokens[start];
  for (let hops = 0; hops <= 2 && j >= 0 && right; hops++) {
    const word = tokens[j];
    if (!word) break;
    const between = gap(text, word, right);
    if (streetBefore.has(word.key) && STREET_ABBREVIATION_GAP.test(between)) return true;
    if (!connectors.has(word.key) || !SPACE_GAP.test(between)) break;
    right = word;
    j--;
  }
  return false;
}

function isUpper(token: PlaceToken): boolean {
  return token.text === token.text.toUpperCase();
}

interface ScanContext {
  readonly index: PlaceIndex;
  readonly span: DaySpan | undefined;
  readonly out: JurisdictionHit[];
}

function scan(text: string, field: PlaceField, latin: boolean, context: ScanContext): void {
  const { index, out } = context;
  const tokens = tokenizePlaceText(text);
  const keyOf = latin ? (t: PlaceToken) => t.latinKey : (t: PlaceToken) => t.key;
  let i = 0;
  while (i < tokens.length) {
    let advance = 1;
    const first = tokens[i];
    if (first && index.firstWords.has(keyOf(first))) {
      for (let len = Math.min(index.maxWords, tokens.length - i); len >= 1; len--) {
        const span = tokens.slice(i, i + len);
        const key = span.map(keyOf).join(' ');
        const excluded = index.excluded.has(key);
        const entries = excluded ? undefined : index.byKey.get(key);
        if (!entries && !excluded) continue;
        if (span.some((t, k) => k > 0 && !PHRASE_GAP.test(gap(text, span[k - 1] as PlaceToken, t)))) continue;
        // "South Sudan" is read as a whole and stands for no jurisdiction; its words are not read again.
        if (excluded || !entries) {
          advance = len;
          break;
        }
        const kept = entries.filter((e) => !e.upperOnly || span.every(isUpper));
        if (kept.length === 0 || isStreetName(text, tokens, i, i + len)) continue;
        let end = (span[span.length - 1] as PlaceToken).end;
        // "Iran (Islamic Republic of)": keep the closing parenthesis the phrase opened.
        if (text[end] === ')' && text.slice(first.start, end).includes('(')) end++;
        const matched = text.slice(first.start, end);
        for (const entry of kept) out.push(toHit(entry.record, entry.via, matched, field, context.span));
        advance = len;
        break;
      }
    }
    i += advance;
  }
}

function toHit(
  record: JurisdictionRecord,
  via: JurisdictionVia,
  matched: string,
  field: PlaceField,
  span: DaySpan | undefined,
): JurisdictionHit {
  const onDate = jurisdictionOn(record, span);
  const hit: JurisdictionHit = {
    code: record.code,
    name: record.name,
    level: onDate.level,
    matched,
    via,
    programs: record.programs,
    field,
  };
  if (record.partial) hit.partial = record.partial;
  if (onDate.sanctionedFrom) hit.sanctionedFrom = onDate.sanctionedFrom;
  if (onDate.levelNote) hit.levelNote = onDate.levelNote;
  return hit;
}

// A field, or a comma-separated part of it, that is just a code: "IR", "IRN", "UA-43".
function scanCodes(text: string, field: PlaceField, context: ScanContext): void {
  const { index, out } = context;
  for (const part of text.split(/[,;\n\r]/)) {
    const code = part.trim();
    if (!/^[A-Z]{2,3}(-\d{2})?$/.test(code)) continue;
    const record = index.codes.get(code);
    if (record) out.push(toHit(record, code.includes('-') ? 'region' : 'country', code, field, context.span));
  }
}

function scanField(text: string | undefined, field: PlaceField, context: ScanContext): void {
  if (typeof text !== 'string' || text.trim() === '') return;
  scanCodes(text, field, context);
  scan(text, field, false, context);
  if (/\p{Script=Cyrillic}/u.test(text)) scan(text, field, true, context);
}

/**
 * Finds sanctioned countries and regions named in a text or an address: country and region names in Latin,
 * Cyrillic and local scripts ("Krym", "Крым", "ایران"), their cities and ports ("ул. Ленина 5, Севастополь"), and
 * ISO codes when a field (or a comma-separated part) holds just the code (`IR`, `UA-43`). Use it on party
 * addresses, ports and free text of a payment.
 *
 * Matching is on whole words of a folded form (case, diacritics and apostrophes ignored; Cyrillic compared both
 * as written and transliterated), longest phrase first, so "Sevastopol" inside another word never matches.
 * Demonyms are not names: "Syrian Street, Paris" is not Syria. A place name that is part of a street name
 * ("Cuba Street", "Rue de Syrie") is not reported either.
 *
 * With `asOf`, each hit carries the level of that date (Syria is `comprehensive` for a payment of 2024), and
 * `sanctionedFrom` when the date is before the measures began (Donetsk before 21 February 2022).
 *
 * @example
 * findJurisdictions('ул. Ленина 5, Севастополь')[0]; // { code: 'UA-40', via: 'city', matched: 'Севастополь', … }
 * findJurisdictions({ country: 'IR' })[0]?.code; // 'IR'
 * findJurisdictions('Damascus', { asOf: '2024-05-13' })[0]?.level; // 'comprehensive'
 */
export function findJurisdictions(
  input: string | PlaceInput,
  options: FindJurisdictionsOptions = {},
): JurisdictionHit[] {
  const hits: JurisdictionHit[] = [];
  const context: ScanContext = {
    index: placeIndex(),
    span: options.asOf === undefined ? undefined : daySpanOf(options.asOf),
    out: hits,
  };
  if (typeof input === 'string') {
    scanField(input, 'text', context);
  } else if (input && typeof input === 'object') {
    scanField(input.country, 'country', context);
    scanField(input.region, 'region', context);
    scanField(input.city, 'city', context);
    scanField(input.street, 'street', context);
    if (Array.isArray(input.lines)) for (const line of input.lines) scanField(line, 'lines', context);
  }
  const seen = new Set<string>();
  return hits.filter((hit) => {
    const key = `${hit.code}|${hit.field}|${foldPlaceWord(hit.matched.replace(/\s+/g, ''))}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every jurisdiction the table knows, for reports and documentation. */
export function listJurisdictions(): readonly JurisdictionRecord[] {
  return JURISDICTIONS;
}
