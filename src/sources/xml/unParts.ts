import { type Address, makeAddress } from '../../model/address.js';
import type { Identifier } from '../../model/identifier.js';
import { childText, type XmlNode } from '../shared/xmlRecords.js';
import { countryOrNote, keepProperty, type RecordNote } from './recordNotes.js';
import { unDate } from './unBirthDate.js';
import { UN_DOCUMENT_TYPES } from './unList.data.js';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const texts = (node: XmlNode, names: readonly string[]) =>
  names.map((n) => oneLine(childText(node, n))).filter((t) => t !== '');

/**
 * Reads an INDIVIDUAL_ADDRESS or ENTITY_ADDRESS (STREET, CITY, STATE_PROVINCE, ZIP_CODE, COUNTRY, NOTE) into an
 * address; the NOTE ("as of June 2016", "Registered office address") is kept in the address text. Undefined
 * when the element is empty.
 */
export function unAddress(node: XmlNode, notes: RecordNote[]): Address | undefined {
  const countryText = oneLine(childText(node, 'COUNTRY'));
  const country = countryOrNote(countryText, 'addresses', notes, 'address: ');
  const note = oneLine(childText(node, 'NOTE'));
  const parts = texts(node, ['STREET', 'CITY', 'STATE_PROVINCE', 'ZIP_CODE', 'COUNTRY']);
  const full = [parts.join(', '), note && parts.length > 0 ? `(${note})` : note].filter((p) => p !== '').join(' ');
  return makeAddress({
    full,
    street: childText(node, 'STREET'),
    city: childText(node, 'CITY'),
    region: childText(node, 'STATE_PROVINCE'),
    postalCode: childText(node, 'ZIP_CODE'),
    ...(country ? { country } : {}),
    ...(countryText ? { countryText } : {}),
  });
}

/** An INDIVIDUAL_PLACE_OF_BIRTH as one line ("Musanze District, Northern Province, Rwanda"), or '' when empty. */
export function unBirthPlace(node: XmlNode): string {
  const place = texts(node, ['STREET', 'CITY', 'STATE_PROVINCE', 'COUNTRY']).join(', ');
  const note = oneLine(childText(node, 'NOTE'));
  return [place, note && place ? `(${note})` : note].filter((p) => p !== '').join(' ');
}

/**
 * Reads an INDIVIDUAL_DOCUMENT (TYPE_OF_DOCUMENT, TYPE_OF_DOCUMENT2, NUMBER, ISSUING_COUNTRY or COUNTRY_OF_ISSUE,
 * DATE_OF_ISSUE, CITY_OF_ISSUE, NOTE) into a typed identifier. A document the UN describes without a NUMBER
 * (only in its NOTE) is kept as text in `properties.identityDocuments`, with a warning.
 */
export function unDocument(
  node: XmlNode,
  properties: Record<string, string[]>,
  notes: RecordNote[],
): Identifier | undefined {
  const kind = oneLine(childText(node, 'TYPE_OF_DOCUMENT'));
  const detail = oneLine(childText(node, 'TYPE_OF_DOCUMENT2'));
  const number = oneLine(childText(node, 'NUMBER'));
  const note = oneLine(childText(node, 'NOTE'));
  const label = [kind, detail && `(${detail})`].filter((p) => p !== '').join(' ');
  if (number === '') {
    const text = [label, note].filter((p) => p !== '').join(': ');
    if (text === '') return undefined;
    keepProperty(properties, 'identityDocuments', text);
    notes.push({
      severity: 'warning',
      code: 'DOCUMENT_WITHOUT_NUMBER',
      field: 'identifiers',
      message: `document "${text}" has no NUMBER; kept as text in properties.identityDocuments`,
    });
    return undefined;
  }
  const identifier: Identifier = {
    type: UN_DOCUMENT_TYPES[kind.toLowerCase()] ?? 'other',
    value: number,
    label: label || 'document',
  };
  const countryText = oneLine(childText(node, 'ISSUING_COUNTRY') || childText(node, 'COUNTRY_OF_ISSUE'));
  const country = countryOrNote(countryText, 'identifiers', notes, `document ${number}: `);
  if (country) identifier.country = country;
  const issuedText = childText(node, 'DATE_OF_ISSUE');
  const issued = unDate(issuedText);
  if (issued) identifier.issuedOn = issued;
  const city = oneLine(childText(node, 'CITY_OF_ISSUE'));
  const extra = [
    !country && countryText ? `issued by ${countryText}` : '',
    city ? `issued in ${city}` : '',
    issuedText && !issued ? `issued ${issuedText}` : '',
    note,
  ].filter((p) => p !== '');
  if (extra.length > 0) identifier.note = extra.join('; ');
  return identifier;
}
