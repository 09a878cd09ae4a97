import type { IdentifierType } from '../../model/identifier.js';

/**
 * What an entry of the CSL `ids` field is: an identifier of a given type, a fact kept under a property key,
 * or the party's gender. The CSL copies OFAC's "ID list", which mixes real identifiers (passports, tax numbers)
 * with listing facts (directive dates, websites, secondary-sanctions notes).
 */
export type CslIdLabelMeaning =
  | { kind: 'identifier'; type: IdentifierType }
  | { kind: 'property'; key: string }
  | { kind: 'gender' };

/**
 * Labels of the CSL `ids` field, matched in order (first match wins) against the label as published
 * ("Tax ID No.", "Listing Date (EO 14024 Directive 3):"). Listing facts come first so that a label such as
 * "Listing Date (CMIC)" is not taken for an identifier. A label no row matches is kept as an `other`
 * identifier with its label. Reviewed as data: add a row when a new label appears.
 */
export const CSL_ID_LABELS: ReadonlyArray<readonly [RegExp, CslIdLabelMeaning]> = [
  [/^gender$/i, { kind: 'gender' }],
  [/^website$/i, { kind: 'property', key: 'website' }],
  [/^email address$/i, { kind: 'property', key: 'email' }],
  [/^phone( number)?$/i, { kind: 'property', key: 'phone' }],
  [/^organization established date$/i, { kind: 'property', key: 'incorporationDate' }],
  [/^organization type:?$/i, { kind: 'property', key: 'organizationType' }],
  [/^target type$/i, { kind: 'property', key: 'targetType' }],
  [/^issuer name$/i, { kind: 'property', key: 'issuerName' }],
  [/^equity ticker$/i, { kind: 'property', key: 'equityTicker' }],
  [/^nationality (of registration|country)$/i, { kind: 'property', key: 'nationalityOfRegistration' }],
  [
    /date|directive|determination|sanctions risk|sanctions information|prohibited|caatsa|ifca/i,
    {
      kind: 'property',
      key: 'sanctionsInformation',
    },
  ],
  [/passport|travel document/i, { kind: 'identifier', type: 'passport' }],
  [/^swift\/bic$/i, { kind: 'identifier', type: 'bic' }],
  [/^legal entity number$/i, { kind: 'identifier', type: 'lei' }],
  [/^(vessel registration identification|imo)\b/i, { kind: 'identifier', type: 'imo' }],
  [/^mmsi$/i, { kind: 'identifier', type: 'mmsi' }],
  [/^digital currency address/i, { kind: 'identifier', type: 'cryptoWallet' }],
  [
    /tax|^nit\b|^r\.?f\.?c\.?$|^c\.u\.i\.t\.?$|^ruc\b|fein|fiscal code|v\.a\.t\.|^inn\b/i,
    {
      kind: 'identifier',
      type: 'taxId',
    },
  ],
  [
    /registration (id|number|document)|company number|uscc|social credit code|^c\.r\. no|incorporation|^le number$|charity|^ogrn/i,
    {
      kind: 'identifier',
      type: 'registration',
    },
  ],
  [
    /national id|cedula|^d\.n\.i\.?$|c\.u\.r\.p|credencial electoral|electoral registry|identification number|personal id|^kenyan id|^ssn$|national foreign id/i,
    {
      kind: 'identifier',
      type: 'nationalId',
    },
  ],
];
