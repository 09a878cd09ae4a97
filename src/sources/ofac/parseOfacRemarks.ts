import type { CountryCode } from '../../model/country.js';
import type { Identifier, IdentifierType } from '../../model/identifier.js';
import { makeName, type Name } from '../../model/name.js';
import type { PartialDate } from '../../model/partialDate.js';
import type { Relationship } from '../../model/relationship.js';
import { OFAC_REMARK_LABELS, type OfacRemarkMeaning } from './ofacRemarks.data.js';
import { ofacCountry, parseOfacDate } from './ofacValues.js';

/** A remark value that was kept, but not as a typed value (an unknown country, a date that does not parse). */
export interface OfacRemarkWarning {
  code: 'UNKNOWN_COUNTRY' | 'UNPARSED_DATE';
  field: string;
  message: string;
}

/** What an OFAC remarks field says, sorted into the entity's fields; `unparsed` keeps the rest verbatim. */
export interface OfacRemarkFacts {
  birthDates: PartialDate[];
  birthPlaces: string[];
  nationalities: CountryCode[];
  /** Countries the remarks tie an organisation to ("Nationality of Registration"). */
  countries: CountryCode[];
  gender?: 'male' | 'female';
  identifiers: Identifier[];
  /** Names from "a.k.a. '…'" (weak aliases), "f.k.a. '…'" (former names) and "n.k.a. '…'" (aliases) segments. */
  names: Name[];
  /** "Linked To: X" and the like; `targetId` is filled later, when the whole list is known. */
  relationships: Relationship[];
  positions: string[];
  vesselBuildDate?: PartialDate;
  properties: Record<string, string[]>;
  /** Segments no label matched (or whose value could not be read), exactly as written. */
  unparsed: string[];
  warnings: OfacRemarkWarning[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const BY_LENGTH = [...OFAC_REMARK_LABELS].sort((a, b) => b[0].length - a[0].length);
// One anchored alternation, longest label first, so "Passport Booklet" wins over "Passport".
const LABEL = new RegExp(
  `^(?:[Aa]lt\\.\\s+)?(${BY_LENGTH.map(([label]) => escapeRegExp(label)).join('|')})(?=$|[\\s:,])`,
);
const MEANING = new Map<string, OfacRemarkMeaning>(OFAC_REMARK_LABELS.map(([label, meaning]) => [label, meaning]));

// "<value> (<country>) issued <date> expires <date>", each part after the value optional.
const ID_VALUE = /^(.+?)(?:\s+\(([^()]+)\))?(?:\s+issued\s+(.+?))?(?:\s+expires\s+(.+?))?$/;
const QUOTED_NAME = /^'(.+)'$/s;
const WALLET = /^-?\s*([A-Za-z0-9]+)\s+(\S+)$/;
const VALUE_START = /^[\s:#,]+/;
const IMO_PREFIX = /^IMO\s*/;
const GENDERS: Readonly<Record<string, 'male' | 'female'>> = { male: 'male', female: 'female' };

/**
 * Splits a remarks field into its "; "-separated segments; the period that closes the whole field is dropped from
 * the last segment (it ends the sentence, not the value).
 */
export function splitOfacRemarks(remarks: string): string[] {
  const trimmed = remarks.trim();
  if (trimmed === '' || trimmed === '-0-') return [];
  return trimmed
    .replace(/\.$/, '')
    .split('; ')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function emptyFacts(): OfacRemarkFacts {
  return {
    birthDates: [],
    birthPlaces: [],
    nationalities: [],
    countries: [],
    identifiers: [],
    names: [],
    relationships: [],
    positions: [],
    properties: {},
    unparsed: [],
    warnings: [],
  };
}

function keep(facts: OfacRemarkFacts, key: string, value: string): void {
  const values = facts.properties[key];
  if (values) values.push(value);
  else facts.properties[key] = [value];
}

function readIdentifier(facts: OfacRemarkFacts, type: IdentifierType, label: string, value: string): boolean {
  const parts = ID_VALUE.exec(value);
  const raw = parts?.[1];
  if (!parts || !raw) return false;
  const identifier: Identifier = { type, value: type === 'imo' ? raw.replace(IMO_PREFIX, '') : raw, label };
  const countryText = parts[2];
  if (countryText) {
    const country = ofacCountry(countryText);
    if (country) identifier.country = country;
    else {
      identifier.note = countryText;
      facts.warnings.push({
        code: 'UNKNOWN_COUNTRY',
        field: 'identifiers',
        message: `${label} ${raw}: country "${countryText}" is not a known country; kept as the identifier's note`,
      });
    }
  }
  const issued = parts[3] ? parseOfacDate(parts[3]) : undefined;
  if (issued) identifier.issuedOn = issued;
  const expires = parts[4] ? parseOfacDate(parts[4]) : undefined;
  if (expires) identifier.expiresOn = expires;
  if ((parts[3] && !issued) || (parts[4] && !expires)) {
    identifier.note = [identifier.note, value].filter(Boolean).join('; ');
  }
  facts.identifiers.push(identifier);
  return true;
}

function readDate(facts: OfacRemarkFacts, value: string, field: string): PartialDate | undefined {
  const date = parseOfacDate(value);
  if (!date) {
    facts.warnings.push({ code: 'UNPARSED_DATE', field, message: `"${value}" is not a date; kept as text` });
  }
  return date;
}

function readCountry(facts: OfacRemarkFacts, value: string, field: string): CountryCode | undefined {
  const country = ofacCountry(value);
  if (!country) {
    facts.warnings.push({ code: 'UNKNOWN_COUNTRY', field, message: `"${value}" is not a known country; kept as text` });
  }
  return country;
}

/** Applies one segment's meaning; false when the value cannot be read that way (the segment is then kept whole). */
function apply(facts: OfacRemarkFacts, meaning: OfacRemarkMeaning, label: string, value: string, segment: string) {
  switch (meaning.kind) {
    case 'birthDate': {
      const date = readDate(facts, value, 'birthDates');
      if (date) facts.birthDates.push(date);
      else keep(facts, 'birthDateText', value);
      return true;
    }
    case 'birthPlace':
      facts.birthPlaces.push(value);
      return true;
    case 'nationality': {
      const country = readCountry(facts, value, 'nationalities');
      if (country) facts.nationalities.push(country);
      else keep(facts, 'nationalityText', value);
      return true;
    }
    case 'gender': {
      const gender = GENDERS[value.toLowerCase()];
      if (gender) facts.gender = gender;
      return gender !== undefined;
    }
    case 'name': {
      // A name cut off by OFAC's 1000-character limit has no closing quote; it is kept whole, not guessed.
      const name = QUOTED_NAME.exec(value)?.[1]?.trim();
      if (name) facts.names.push(makeName(name, meaning.nameKind));
      return !!name;
    }
    case 'position':
      facts.positions.push(value);
      return true;
    case 'vesselBuildDate': {
      const date = readDate(facts, value, 'vessel.buildDate');
      if (date) facts.vesselBuildDate = date;
      else keep(facts, 'vesselBuildDateText', value);
      return true;
    }
    case 'cryptoWallet': {
      const wallet = WALLET.exec(value);
      if (!wallet?.[1] || !wallet[2]) return false;
      facts.identifiers.push({ type: 'cryptoWallet', value: wallet[2], label: `${label} - ${wallet[1]}` });
      return true;
    }
    case 'relationship':
      facts.relationships.push({ type: meaning.type, targetName: value, origin: `OFAC remarks: ${label}` });
      return true;
    case 'identifier':
      return readIdentifier(facts, meaning.type, label, value);
    case 'property':
      if (meaning.value === 'segment') keep(facts, meaning.key, segment);
      else if (meaning.value === 'date') {
        const date = readDate(facts, value, `properties.${meaning.key}`);
        keep(facts, meaning.key, date ? (date.to ? `${date.date}/${date.to}` : date.date) : value);
      } else {
        keep(facts, meaning.key, value);
        if (meaning.value === 'country') {
          const country = readCountry(facts, value, `properties.${meaning.key}`);
          if (country) facts.countries.push(country);
        }
      }
      return true;
  }
}

/**
 * Reads an OFAC legacy CSV remarks field (column 12 of sdn.csv, with its sdn_comments.csv continuation joined) into
 * typed facts: birth dates and places, nationalities, gender, identifiers, weak aliases, designation links and
 * properties, driven by {@link OFAC_REMARK_LABELS}. Nothing is lost: a segment it cannot read is returned verbatim
 * in `unparsed`, and a value kept only as text comes with a warning.
 *
 * @example
 * parseOfacRemarks("DOB 1970; POB Ukraine; Gender Male; Linked To: PRIVATE MILITARY COMPANY 'WAGNER'.");
 * // birthDates [{ date: '1970' }], birthPlaces ['Ukraine'], gender 'male',
 * // relationships [{ type: 'linkedTo', targetName: "PRIVATE MILITARY COMPANY 'WAGNER'", … }]
 */
export function parseOfacRemarks(remarks: string): OfacRemarkFacts {
  const facts = emptyFacts();
  for (const segment of splitOfacRemarks(remarks)) {
    const match = LABEL.exec(segment);
    const label = match?.[1];
    const meaning = label ? MEANING.get(label) : undefined;
    const value = match && label ? segment.slice(match[0].length).replace(VALUE_START, '').trim() : '';
    const read = meaning && label && value !== '' ? apply(facts, meaning, label, value, segment) : false;
    if (!read) facts.unparsed.push(segment);
  }
  return facts;
}
