import type { IdentifierType } from '../../model/identifier.js';

/**
 * Identification scheme codes used in payment messages, mapped to the identifier types screening matches on.
 * ISO 20022 external code sets (`PrvtId/Othr/SchmeNm/Cd`, `OrgId/Othr/SchmeNm/Cd`) and the MT 50F party
 * identifier codes share most codes. Unknown codes are kept with type `other` and the code as label.
 */
export const PARTY_ID_SCHEME_TYPES: Readonly<Record<string, IdentifierType>> = {
  // Persons
  CCPT: 'passport', // passport number
  NIDN: 'nationalId', // national identity number
  SOSE: 'nationalId', // social security number
  ARNU: 'nationalId', // alien registration number
  DRLC: 'other', // driver's licence number
  CUST: 'other', // customer number at a bank
  EMPL: 'other', // employer number
  // Organisations and both
  TXID: 'taxId', // tax identification number
  BANK: 'other', // bank party identification
  CBID: 'other', // central bank identification number
  CHID: 'other', // clearing identification number
  COID: 'registration', // country identification code (trade register number)
  DUNS: 'other', // Dun & Bradstreet number
  BDID: 'other', // business domain identifier
  GS1G: 'other', // GS1 global location number
  IBEI: 'other', // international business entity identifier
};

/** The identifier type for a scheme code, `other` when the code is not in {@link PARTY_ID_SCHEME_TYPES}. */
export function identifierTypeOfScheme(code: string | undefined): IdentifierType {
  return (code && PARTY_ID_SCHEME_TYPES[code.toUpperCase()]) || 'other';
}
