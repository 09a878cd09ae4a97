import type { CountryCode } from '../../model/country.js';
import type { Identifier, IdentifierType } from '../../model/identifier.js';
import { makeName, type Name } from '../../model/name.js';
import type { PartialDate } from '../../model/partialDate.js';
import type { Relationship } from '../../model/relationship.js';
import { OFAC_REMARK_LABELS, type OfacRemarkMeaning } from '../ofac/ofacRemarks.data.js';
import { parseOfacDate } from '../ofac/ofacValues.js';
import { ownString } from '../shared/ownStrings.js';
import { OFAC_XML_ID_TYPES } from './ofacXml.data.js';
import { countryOrNote, keepProperty, type RecordNote } from './recordNotes.js';

/** The facts of one sdnEntry that its idList (and other lists) add to, as the entity is built. */
export interface OfacXmlFacts {
  names: Name[];
  identifiers: Identifier[];
  properties: Record<string, string[]>;
  nationalities: CountryCode[];
  countries: CountryCode[];
  birthDates: PartialDate[];
  birthPlaces: string[];
  positions: string[];
  relationships: Relationship[];
  gender?: 'male' | 'female';
  vesselBuildDate?: PartialDate;
  notes: RecordNote[];
}

/** One `id` element of an sdnEntry's idList, trimmed. */
export interface OfacIdItem {
  idType: string;
  idNumber: string;
  idCountry: string;
  issueDate: string;
  expirationDate: string;
}

const REMARK_MEANINGS = new Map<string, OfacRemarkMeaning>(OFAC_REMARK_LABELS.map(([label, m]) => [label, m]));
const LABELS_LONGEST_FIRST = OFAC_REMARK_LABELS.map(([label]) => label).sort((a, b) => b.length - a.length);
const LABEL_END = /^$|^[\s:(-]/;
const IMO_PREFIX = /^IMO\s*/i;
const GENDERS: Readonly<Record<string, 'male' | 'female'>> = { male: 'male', female: 'female' };
const meanings = new Map<string, OfacRemarkMeaning | null>();

/**
 * What an idType means: the XML's own spellings first, then the CSV remarks label it is or starts with
 * ("Secondary sanctions risk:", "Executive Order 13662 Directive Determination -", "Listing Date (CMIC)").
 */
export function ofacIdMeaning(idType: string): OfacRemarkMeaning | undefined {
  let meaning = meanings.get(idType);
  if (meaning === undefined) {
    const label = LABELS_LONGEST_FIRST.find((l) => idType.startsWith(l) && LABEL_END.test(idType.slice(l.length)));
    meaning =
      OFAC_XML_ID_TYPES[idType] ??
      REMARK_MEANINGS.get(idType) ??
      (label ? REMARK_MEANINGS.get(label) : undefined) ??
      null;
    meanings.set(ownString(idType), meaning);
  }
  return meaning ?? undefined;
}

function dateOrNote(facts: OfacXmlFacts, text: string, field: string, label: string): PartialDate | undefined {
  if (text === '') return undefined;
  const date = parseOfacDate(text);
  if (!date) {
    facts.notes.push({
      severity: 'warning',
      code: 'UNPARSED_DATE',
      field,
      message: `${label}: "${text}" is not a date; kept as text`,
    });
  }
  return date;
}

function addIdentifier(facts: OfacXmlFacts, type: IdentifierType, item: OfacIdItem): void {
  const value = type === 'imo' ? item.idNumber.replace(IMO_PREFIX, '') : item.idNumber;
  const identifier: Identifier = { type, value, label: item.idType };
  const unread: string[] = [];
  const context = `${item.idType} ${item.idNumber}: `;
  const country = countryOrNote(item.idCountry, 'identifiers', facts.notes, context);
  if (country) identifier.country = country;
  else if (item.idCountry) unread.push(item.idCountry);
  const issued = dateOrNote(facts, item.issueDate, 'identifiers', context + 'issueDate');
  if (issued) identifier.issuedOn = issued;
  else if (item.issueDate) unread.push(`issued ${item.issueDate}`);
  const expires = dateOrNote(facts, item.expirationDate, 'identifiers', context + 'expirationDate');
  if (expires) identifier.expiresOn = expires;
  else if (item.expirationDate) unread.push(`expires ${item.expirationDate}`);
  if (unread.length > 0) identifier.note = unread.join('; ');
  facts.identifiers.push(identifier);
}

function applyProperty(
  facts: OfacXmlFacts,
  meaning: Extract<OfacRemarkMeaning, { kind: 'property' }>,
  item: OfacIdItem,
) {
  const { key } = meaning;
  if (meaning.value === 'segment') keepProperty(facts.properties, key, `${item.idType} ${item.idNumber}`);
  else if (meaning.value === 'date') {
    const date = dateOrNote(facts, item.idNumber, `properties.${key}`, item.idType);
    keepProperty(facts.properties, key, date ? (date.to ? `${date.date}/${date.to}` : date.date) : item.idNumber);
  } else {
    keepProperty(facts.properties, key, item.idNumber);
    if (meaning.value === 'country') {
      const country = countryOrNote(item.idNumber, `properties.${key}`, facts.notes, `${item.idType}: `);
      if (country && !facts.countries.includes(country)) facts.countries.push(country);
    }
  }
}

/**
 * Sorts one idList item into the entity's facts: a typed identifier (passport, tax number, IMO, SWIFT/BIC,
 * wallet address, …), or the other facts OFAC prints in the idList (gender, website, sanctions notes, dates of
 * establishment). An idType nobody knows becomes an `other` identifier keeping its label, so nothing is lost.
 */
export function applyOfacIdItem(facts: OfacXmlFacts, item: OfacIdItem): void {
  if (item.idNumber === '') {
    keepProperty(facts.properties, 'otherInformation', item.idType);
    return;
  }
  const meaning = ofacIdMeaning(item.idType);
  switch (meaning?.kind) {
    case undefined:
      addIdentifier(facts, 'other', item);
      return;
    case 'identifier':
      addIdentifier(facts, meaning.type, item);
      return;
    case 'cryptoWallet':
      facts.identifiers.push({ type: 'cryptoWallet', value: item.idNumber, label: item.idType });
      return;
    case 'gender': {
      const gender = GENDERS[item.idNumber.toLowerCase()];
      if (gender) facts.gender = gender;
      else keepProperty(facts.properties, 'gender', item.idNumber);
      return;
    }
    case 'birthDate': {
      const date = dateOrNote(facts, item.idNumber, 'birthDates', item.idType);
      if (date) facts.birthDates.push(date);
      else keepProperty(facts.properties, 'birthDateText', item.idNumber);
      return;
    }
    case 'birthPlace':
      facts.birthPlaces.push(item.idNumber);
      return;
    case 'nationality': {
      const country = countryOrNote(item.idNumber, 'nationalities', facts.notes, `${item.idType}: `);
      if (country) facts.nationalities.push(country);
      else keepProperty(facts.properties, 'nationalityText', item.idNumber);
      return;
    }
    case 'position':
      facts.positions.push(item.idNumber);
      return;
    case 'vesselBuildDate': {
      const date = dateOrNote(facts, item.idNumber, 'vessel.buildDate', item.idType);
      if (date) facts.vesselBuildDate = date;
      else keepProperty(facts.properties, 'vesselBuildDateText', item.idNumber);
      return;
    }
    case 'name':
      facts.names.push(makeName(item.idNumber, meaning.nameKind));
      return;
    case 'relationship':
      facts.relationships.push({
        type: meaning.type,
        targetName: item.idNumber,
        origin: `OFAC idList: ${item.idType}`,
      });
      return;
    case 'property':
      applyProperty(facts, meaning, item);
      return;
  }
}
