import { type Address, makeAddress } from '../../model/address.js';
import { type CountryCode, toCountryCode } from '../../model/country.js';
import type { Identifier } from '../../model/identifier.js';
import { childNodes, type XmlNode } from '../shared/xmlRecords.js';
import { EU_CONTACT_KEYS, EU_ID_FLAGS, EU_ID_TYPES, EU_UNKNOWN_COUNTRY } from './euList.data.js';
import { isoCalendarDay } from './isoCalendarDay.js';
import { countryOrNote, keepProperty, type RecordNote } from './recordNotes.js';

const attr = (node: XmlNode, name: string) => (node.attrs[name] ?? '').replace(/\s+/g, ' ').trim();
const remarksOf = (node: XmlNode) =>
  childNodes(node, 'remark')
    .map((r) => r.text.replace(/\s+/g, ' '))
    .filter((t) => t !== '');

/**
 * The country of an EU element: its `countryIso2Code`, else its `countryDescription`; "00" and "UNKNOWN" mean
 * unknown. Returns the code and the description as written (kept when no code could be found).
 */
export function euCountry(node: XmlNode, field: string, notes: RecordNote[]): { code?: CountryCode; text: string } {
  const iso = attr(node, 'countryIso2Code');
  const description = attr(node, 'countryDescription');
  const text = EU_UNKNOWN_COUNTRY.has(description) ? '' : description;
  const knownIso = iso !== '' && !EU_UNKNOWN_COUNTRY.has(iso);
  const fromIso = knownIso ? toCountryCode(iso) : undefined;
  if (fromIso) return { code: fromIso, text };
  // An obsolete code ("CS", Serbia and Montenegro) falls back to the description; one warning names both.
  const written = text || (knownIso ? iso : '');
  const context = knownIso && text ? `countryIso2Code ${iso}, ` : '';
  const code = written ? countryOrNote(written, field, notes, context) : undefined;
  return code ? { code, text } : { text: written };
}

/**
 * Reads an `address` element (street, poBox, place, city, zipCode, region, country) into an address; its
 * `contactInfo` children (PHONE, FAX, EMAIL, WEB) go to the entity's properties and its remarks to `remarks`.
 */
export function euAddress(
  node: XmlNode,
  properties: Record<string, string[]>,
  remarks: string[],
  notes: RecordNote[],
): Address | undefined {
  for (const contact of childNodes(node, 'contactInfo')) {
    const key = attr(contact, 'key');
    keepProperty(properties, EU_CONTACT_KEYS[key.toUpperCase()] ?? `contact${key}`, attr(contact, 'value'));
  }
  for (const remark of remarksOf(node)) remarks.push(`address: ${remark}`);
  const { code, text } = euCountry(node, 'addresses', notes);
  const poBox = attr(node, 'poBox');
  const street = [attr(node, 'street'), poBox ? `P.O. Box ${poBox}` : ''].filter((p) => p).join(', ');
  const city = [attr(node, 'place'), attr(node, 'city')].filter((p) => p).join(', ');
  return makeAddress({
    street,
    city,
    region: attr(node, 'region'),
    postalCode: attr(node, 'zipCode'),
    ...(code ? { country: code } : {}),
    ...(text ? { countryText: text } : {}),
  });
}

/** The nationalities of the `citizenship` elements; a country that cannot be mapped is kept as text. */
export function euCitizenships(
  entity: XmlNode,
  properties: Record<string, string[]>,
  notes: RecordNote[],
): CountryCode[] {
  const codes: CountryCode[] = [];
  for (const node of childNodes(entity, 'citizenship')) {
    const { code, text } = euCountry(node, 'nationalities', notes);
    if (code && !codes.includes(code)) codes.push(code);
    else if (!code && text) keepProperty(properties, 'nationalityText', text);
  }
  return codes;
}

/**
 * Reads an `identification` element into typed identifiers (via {@link EU_ID_TYPES}; others are `other` with the
 * EU's description as the label). Its flags (known false, reported lost, …), issuer, name on the document and
 * remarks are kept in `note`; a Latin transcription of the number is added as a second identifier.
 */
export function euIdentifiers(node: XmlNode, notes: RecordNote[]): Identifier[] {
  const number = attr(node, 'number');
  const latin = attr(node, 'latinNumber');
  const code = attr(node, 'identificationTypeCode');
  const label = attr(node, 'identificationTypeDescription') || code || 'identification';
  if (!number && !latin) {
    notes.push({
      severity: 'warning',
      code: 'EMPTY_IDENTIFIER',
      field: 'identifiers',
      message: `identification "${label}" has no number; skipped`,
    });
    return [];
  }
  const type = EU_ID_TYPES[code.toLowerCase()] ?? 'other';
  const base: Omit<Identifier, 'value'> = { type, label };
  const { code: country, text: countryText } = euCountry(node, 'identifiers', notes);
  if (country) base.country = country;
  const issued = isoCalendarDay(attr(node, 'issueDate'));
  if (issued) base.issuedOn = { date: issued };
  const expires = isoCalendarDay(attr(node, 'validTo'));
  if (expires) base.expiresOn = { date: expires };
  const issuedBy = attr(node, 'issuedBy');
  const holder = attr(node, 'nameOnDocument');
  const note = [
    ...EU_ID_FLAGS.filter(([flag]) => attr(node, flag) === 'true').map(([, words]) => words),
    !country && countryText ? `country ${countryText}` : '',
    issuedBy ? `issued by ${issuedBy}` : '',
    holder ? `in the name of ${holder}` : '',
    ...remarksOf(node),
  ].filter((p) => p !== '');
  if (note.length > 0) base.note = note.join('; ');
  const identifiers: Identifier[] = [{ ...base, value: number || latin }];
  if (number && latin && latin !== number)
    identifiers.push({ ...base, value: latin, label: `${label} (Latin transcription)` });
  return identifiers;
}
