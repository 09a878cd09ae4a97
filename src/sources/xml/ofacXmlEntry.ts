import { type Address, makeAddress } from '../../model/address.js';
import type { EntityInput, EntitySchemaName, VesselInfo } from '../../model/entity.js';
import { makeName, type Name, type NameKind } from '../../model/name.js';
import { parseOfacDate } from '../ofac/ofacValues.js';
import { childNode, childNodes, childText, type XmlNode } from '../shared/xmlRecords.js';
import { OFAC_XML_AKA_KINDS, OFAC_XML_SCHEMAS } from './ofacXml.data.js';
import { applyOfacIdItem, type OfacXmlFacts } from './ofacXmlIdItems.js';
import { ofacXmlLinks } from './ofacXmlLinks.js';
import { countryOrNote, keepProperty, type RecordNote } from './recordNotes.js';

/** An sdnEntry read into an entity candidate, without its list yet (the loader stamps `id` and `source`). */
export interface OfacXmlEntry {
  uid: string;
  entity: Omit<EntityInput, 'id' | 'source'>;
  notes: RecordNote[];
}

const SPACES = /\s+/;

/** The items of a list element (`programList/program`, `akaList/aka`, …). */
const itemsOf = (entry: XmlNode, list: string, item: string) => {
  const node = childNode(entry, list);
  return node ? childNodes(node, item) : [];
};

/** A name of the entry; people are printed "LAST, First Middle", so the parts are kept for matching. */
function ofacXmlName(node: XmlNode, kind: NameKind, schema: EntitySchemaName): Name | undefined {
  const last = childText(node, 'lastName');
  const first = childText(node, 'firstName');
  if (schema !== 'Person') {
    const full = [first, last].filter((p) => p !== '').join(' ');
    return full === '' ? undefined : makeName(full, kind);
  }
  if (last === '' || first === '') return last || first ? makeName(last || first, kind, { last, first }) : undefined;
  const [given, ...middle] = first.split(SPACES);
  return makeName(`${last}, ${first}`, kind, { last, first: given, middle: middle.join(' ') });
}

function addName(names: Name[], name: Name | undefined): void {
  if (name && !names.some((n) => n.full.toUpperCase() === name.full.toUpperCase())) names.push(name);
}

function readAkas(entry: XmlNode, schema: EntitySchemaName, facts: OfacXmlFacts): void {
  for (const aka of itemsOf(entry, 'akaList', 'aka')) {
    const type = childText(aka, 'type');
    const category = childText(aka, 'category');
    let kind = OFAC_XML_AKA_KINDS[`${type}/${category}`];
    if (!kind) {
      kind = 'alias';
      facts.notes.push({
        severity: 'warning',
        code: 'UNKNOWN_ALIAS_TYPE',
        field: 'names',
        message: `aka ${childText(aka, 'uid')}: type "${type}" / category "${category}" is unknown; loaded as an alias`,
      });
    }
    addName(facts.names, ofacXmlName(aka, kind, schema));
  }
}

function readAddress(node: XmlNode, facts: OfacXmlFacts): Address | undefined {
  const countryText = childText(node, 'country');
  const country = countryOrNote(countryText, 'addresses', facts.notes, `address ${childText(node, 'uid')}: `);
  const street = ['address1', 'address2', 'address3'].map((n) => childText(node, n)).filter((s) => s !== '');
  return makeAddress({
    street: street.join(', '),
    city: childText(node, 'city'),
    region: childText(node, 'stateOrProvince'),
    postalCode: childText(node, 'postalCode'),
    ...(country ? { country } : {}),
    ...(countryText ? { countryText } : {}),
  });
}

function readCountries(entry: XmlNode, list: string, item: string, facts: OfacXmlFacts): void {
  for (const node of itemsOf(entry, list, item)) {
    const text = childText(node, 'country');
    const country = countryOrNote(text, 'nationalities', facts.notes, `${item}: `);
    if (country && !facts.nationalities.includes(country)) facts.nationalities.push(country);
    else if (!country) keepProperty(facts.properties, 'nationalityText', text);
  }
}

function readBirth(entry: XmlNode, facts: OfacXmlFacts): void {
  for (const item of itemsOf(entry, 'dateOfBirthList', 'dateOfBirthItem')) {
    const text = childText(item, 'dateOfBirth');
    if (text === '') continue;
    const date = parseOfacDate(text);
    if (date) facts.birthDates.push(date);
    else {
      keepProperty(facts.properties, 'birthDateText', text);
      facts.notes.push({
        severity: 'warning',
        code: 'UNPARSED_DATE',
        field: 'birthDates',
        message: `date of birth "${text}" is not a date; kept as text`,
      });
    }
  }
  for (const item of itemsOf(entry, 'placeOfBirthList', 'placeOfBirthItem')) {
    const place = childText(item, 'placeOfBirth');
    if (place !== '') facts.birthPlaces.push(place);
  }
}

function readVessel(entry: XmlNode, facts: OfacXmlFacts): VesselInfo | undefined {
  const info = childNode(entry, 'vesselInfo');
  const vessel: VesselInfo = {};
  const set = (key: 'callSign' | 'type' | 'owner' | 'tonnage' | 'grossRegisteredTonnage', element: string) => {
    const value = info ? childText(info, element) : '';
    if (value !== '') vessel[key] = value;
  };
  set('callSign', 'callSign');
  set('type', 'vesselType');
  set('owner', 'vesselOwner');
  set('tonnage', 'tonnage');
  set('grossRegisteredTonnage', 'grossRegisteredTonnage');
  const flagText = info ? childText(info, 'vesselFlag') : '';
  const flag = countryOrNote(flagText, 'vessel.flag', facts.notes, 'vessel flag: ');
  if (flag) vessel.flag = flag;
  else if (flagText) vessel.flagText = flagText;
  if (facts.vesselBuildDate) vessel.buildDate = facts.vesselBuildDate;
  return Object.keys(vessel).length > 0 ? vessel : undefined;
}

/**
 * Reads one `sdnEntry` of an OFAC SDN.XML or CONSOLIDATED.XML into an entity candidate: type, names and a.k.a.s,
 * programs, title, addresses, idList (typed identifiers and the other facts OFAC prints there), dates and places
 * of birth, nationalities and citizenships, vessel particulars, and remarks with their "(Linked To: …)" links.
 * The caller stamps the list and validates it through the LoadCollector.
 */
export function ofacXmlEntry(entry: XmlNode): OfacXmlEntry {
  const uid = childText(entry, 'uid');
  const sdnType = childText(entry, 'sdnType');
  const facts: OfacXmlFacts = {
    names: [],
    identifiers: [],
    properties: {},
    nationalities: [],
    countries: [],
    birthDates: [],
    birthPlaces: [],
    positions: [],
    relationships: [],
    notes: [],
  };
  let schema = OFAC_XML_SCHEMAS[sdnType];
  if (!schema) {
    schema = 'LegalEntity';
    facts.notes.push({
      severity: 'warning',
      code: 'UNKNOWN_TYPE',
      field: 'schema',
      message: `sdnType "${sdnType}" is unknown; loaded as LegalEntity`,
    });
  }
  addName(facts.names, ofacXmlName(entry, 'primary', schema));
  readAkas(entry, schema, facts);
  const title = childText(entry, 'title');
  if (title) facts.positions.push(title);
  for (const item of itemsOf(entry, 'idList', 'id')) {
    applyOfacIdItem(facts, {
      idType: childText(item, 'idType'),
      idNumber: childText(item, 'idNumber'),
      idCountry: childText(item, 'idCountry'),
      issueDate: childText(item, 'issueDate'),
      expirationDate: childText(item, 'expirationDate'),
    });
  }
  const addresses = itemsOf(entry, 'addressList', 'address')
    .map((node) => readAddress(node, facts))
    .filter((a): a is Address => !!a);
  readCountries(entry, 'nationalityList', 'nationality', facts);
  readCountries(entry, 'citizenshipList', 'citizenship', facts);
  readBirth(entry, facts);
  const remarks = childText(entry, 'remarks');
  const countries = new Set([...addresses.flatMap((a) => (a.country ? [a.country] : [])), ...facts.countries]);

  const entity: OfacXmlEntry['entity'] = {
    sourceId: uid,
    schema,
    names: facts.names,
    birthDates: facts.birthDates,
    birthPlaces: facts.birthPlaces,
    nationalities: facts.nationalities,
    countries: [...countries],
    addresses,
    identifiers: facts.identifiers,
    programs: [...new Set(itemsOf(entry, 'programList', 'program').map((p) => p.text))].filter((p) => p !== ''),
    positions: facts.positions,
    remarks: remarks ? [remarks] : [],
    relationships: [...facts.relationships, ...ofacXmlLinks(remarks)],
    properties: facts.properties,
  };
  if (facts.gender) entity.gender = facts.gender;
  const vessel = readVessel(entry, facts);
  if (vessel) entity.vessel = vessel;
  return { uid, entity, notes: facts.notes };
}
