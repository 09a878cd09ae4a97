import type { EntitySchemaName } from '../../model/entity.js';
import type { IdentifierType } from '../../model/identifier.js';

/** `subjectType code` → entity schema; the EU does not say what kind of organisation an "enterprise" is. */
export const EU_SUBJECT_TYPES: Readonly<Record<string, EntitySchemaName>> = {
  person: 'Person',
  enterprise: 'LegalEntity',
};

/**
 * `identificationTypeCode` → identifier type. Trade licences are company registrations in all but name; birth
 * certificates, residence permits, driving licences, voter and travel cards are kept as `other`, with the EU's
 * own description as the label.
 */
export const EU_ID_TYPES: Readonly<Record<string, IdentifierType>> = {
  passport: 'passport',
  id: 'nationalId',
  nrn: 'nationalId',
  ssn: 'nationalId',
  fiscalcode: 'taxId',
  tin: 'taxId',
  regnumber: 'registration',
  tradelic: 'registration',
  swiftbic: 'bic',
  imo: 'imo',
  lei: 'lei',
  birthcert: 'other',
  nationcert: 'other',
  travelcardid: 'other',
  electionid: 'other',
  residentperm: 'other',
  drivinglicence: 'other',
  other: 'other',
};

/** The `true`/`false` attributes of an `identification` that qualify the document, as words for its note. */
export const EU_ID_FLAGS: ReadonlyArray<readonly [attribute: string, words: string]> = [
  ['knownFalse', 'known false'],
  ['knownExpired', 'known expired'],
  ['reportedLost', 'reported lost'],
  ['revokedByIssuer', 'revoked by issuer'],
  ['diplomatic', 'diplomatic'],
];

/** `contactInfo key` → the entity property that keeps its value. */
export const EU_CONTACT_KEYS: Readonly<Record<string, string>> = {
  PHONE: 'phone',
  FAX: 'fax',
  EMAIL: 'email',
  WEB: 'website',
};

/**
 * How a nameAlias `remark` grades the alias, matched case-insensitively on the remark (including the EU's own
 * misspellings). A low quality alias is too broad to identify anyone alone: a weak alias.
 */
export const EU_ALIAS_QUALITY: ReadonlyArray<readonly [pattern: RegExp, weak: boolean]> = [
  [/\blo(?:w)? quality\b/i, true],
  [/\b(?:good|god|high) quality\b/i, false],
];

/** Country codes and descriptions the EU writes for "unknown". */
export const EU_UNKNOWN_COUNTRY: ReadonlySet<string> = new Set(['00', 'UNKNOWN']);
