import type { IdentifierType } from '../../model/identifier.js';
import type { NameKind } from '../../model/name.js';
import type { RelationshipType } from '../../model/relationship.js';

/**
 * What one segment of an OFAC remarks field ("DOB 1970", "Tax ID No. 2931074985 (Turkey)", "Linked To: X") says,
 * keyed by the label it starts with. `property` keeps the value under a key of `Entity.properties`: as written
 * (`text`), as an ISO date when it parses (`date`), as a country that also joins `Entity.countries` (`country`),
 * or as the whole segment (`segment`, for sanctions notes that only make sense whole).
 */
export type OfacRemarkMeaning =
  | { kind: 'birthDate' }
  | { kind: 'birthPlace' }
  | { kind: 'nationality' }
  | { kind: 'gender' }
  | { kind: 'name'; nameKind: NameKind }
  | { kind: 'position' }
  | { kind: 'vesselBuildDate' }
  | { kind: 'cryptoWallet' }
  | { kind: 'relationship'; type: RelationshipType }
  | { kind: 'identifier'; type: IdentifierType }
  | { kind: 'property'; key: string; value: 'text' | 'date' | 'country' | 'segment' };

const id = (type: IdentifierType): OfacRemarkMeaning => ({ kind: 'identifier', type });
const text = (key: string): OfacRemarkMeaning => ({ kind: 'property', key, value: 'text' });
const sanctionsNote: OfacRemarkMeaning = { kind: 'property', key: 'sanctionsInformation', value: 'segment' };

/**
 * The labels that open a segment of the OFAC legacy CSV remarks, and what they mean. A segment may also start with
 * "alt. " (a further value of the same kind); the label is matched as written, longest label first, and must be
 * followed by a space, a colon, a comma or the end. Segments no label matches are kept verbatim in
 * `Entity.remarks`. Reviewed as data: when OFAC brings a new label, add a row here, never an `if` in code.
 */
export const OFAC_REMARK_LABELS: ReadonlyArray<readonly [label: string, meaning: OfacRemarkMeaning]> = [
  // The person
  ['DOB', { kind: 'birthDate' }],
  ['POB', { kind: 'birthPlace' }],
  ['nationality', { kind: 'nationality' }],
  ['citizen', { kind: 'nationality' }],
  ['Gender', { kind: 'gender' }],
  ['Position', { kind: 'position' }],
  ['Alternate Title', { kind: 'position' }],
  ['Occupation', text('occupation')],
  // Names the remarks give. OFAC puts its "weak" a.k.a.s here (too broad to identify anyone alone); a former
  // name (a vessel's, a company's) and a "now known as" name are kept as such.
  ['a.k.a.', { kind: 'name', nameKind: 'weakAlias' }],
  ['f.k.a.', { kind: 'name', nameKind: 'formerName' }],
  ['n.k.a.', { kind: 'name', nameKind: 'alias' }],
  // Designation links
  ['Linked To', { kind: 'relationship', type: 'linkedTo' }],
  ['Subsidiary Of', { kind: 'relationship', type: 'subsidiaryOf' }],
  ['Owned or Controlled By', { kind: 'relationship', type: 'ownedBy' }],
  // Passports and travel documents
  ['Passport', id('passport')],
  ['Passport Booklet', id('passport')],
  ['Diplomatic Passport', id('passport')],
  ['Travel Document Number', id('passport')],
  ["Seafarer's Identification Document", id('passport')],
  ['British National Overseas Passport', id('passport')],
  // National identity numbers
  ['National ID No.', id('nationalId')],
  ['National Foreign ID Number', id('nationalId')],
  ['Identification Number', id('nationalId')],
  ['Personal ID Card', id('nationalId')],
  ['Turkish Identification Number', id('nationalId')],
  ["Citizen's Card Number", id('nationalId')],
  ['Kenyan ID No.', id('nationalId')],
  ['Cedula No.', id('nationalId')],
  ['C.U.R.P.', id('nationalId')],
  ['C.U.R.P. #', id('nationalId')],
  ['C.U.I.', id('nationalId')],
  ['C.U.I.P.', id('nationalId')],
  ['D.N.I.', id('nationalId')],
  ['I.F.E.', id('nationalId')],
  ['Credencial electoral', id('nationalId')],
  ['Electoral Registry No.', id('nationalId')],
  ['Numero de Identidad', id('nationalId')],
  ['SSN', id('nationalId')],
  ['Residency Number', id('nationalId')],
  ['Birth Certificate Number', id('nationalId')],
  ['Tazkira National ID Card', id('nationalId')],
  ['UAE Identification', id('nationalId')],
  ['Moroccan Personal ID No.', id('nationalId')],
  ['Bosnian Personal ID No.', id('nationalId')],
  ["Driver's License No.", id('other')],
  ['Cartilla de Servicio Militar Nacional', id('other')],
  ['Military Registration Number', id('other')],
  ['VisaNumberID', id('other')],
  ['Immigration No.', id('other')],
  ['SRE Permit No.', id('other')],
  // Tax numbers
  ['Tax ID No.', id('taxId')],
  ['INN', id('taxId')],
  ['R.F.C.', id('taxId')],
  ['RFC', id('taxId')],
  ['NIT #', id('taxId')],
  ['RUC #', id('taxId')],
  ['RIF #', id('taxId')],
  ['RTN', id('taxId')],
  ['C.U.I.T.', id('taxId')],
  ['V.A.T. Number', id('taxId')],
  ['Italian Fiscal Code', id('taxId')],
  ['US FEIN', id('taxId')],
  ['C.I.F.', id('taxId')],
  ['Paraguayan tax identification number', id('taxId')],
  ['Numero Unico de Identificacao Tributaria (NUIT)', id('taxId')],
  // Company and other registrations
  ['Registration Number', id('registration')],
  ['Registration ID', id('registration')],
  ['Business Registration Number', id('registration')],
  ['Business Registration Document #', id('registration')],
  ['Public Registration Number', id('registration')],
  ['Central Registration System Number', id('registration')],
  ['MSB Registration Number', id('registration')],
  ['OGRN', id('registration')],
  ['Company Number', id('registration')],
  ['Company Number IMO', id('registration')],
  ['Company ID', id('registration')],
  ['UK Company Number', id('registration')],
  ['Commercial Registry Number', id('registration')],
  ['Folio Mercantil No.', id('registration')],
  ['Matricula Mercantil No', id('registration')],
  ['Government Gazette Number', id('registration')],
  ['Unified Social Credit Code (USCC)', id('registration')],
  ['United Social Credit Code Certificate (USCCC)', id('registration')],
  ['Trade License No.', id('registration')],
  ['Tourism License No.', id('registration')],
  ['License', id('registration')],
  ['Permit Number', id('registration')],
  ['C.R. No.', id('registration')],
  ['Chamber of Commerce Number', id('registration')],
  ['Istanbul Chamber of Comm. No.', id('registration')],
  ['Dubai Chamber of Commerce Membership No.', id('registration')],
  ['Economic Register Number (CBLS)', id('registration')],
  ['Enterprise Number', id('registration')],
  ['Business Number', id('registration')],
  ['Branch Unit Number', id('registration')],
  ['Certificate of Incorporation Number', id('registration')],
  ['LE Number', id('registration')],
  ['Registered Charity No.', id('registration')],
  ['File Number', id('registration')],
  ['Organization Code', id('registration')],
  ['Romanian C.R.', id('registration')],
  ['Afghan Money Service Provider License Number', id('registration')],
  ['Trademark number', id('other')],
  ['D-U-N-S Number', id('other')],
  ['ISIN', id('other')],
  ['Identification Number ISIN', id('other')],
  ['Chinese Commercial Code', id('other')],
  // Financial identifiers
  ['SWIFT/BIC', id('bic')],
  ['Legal Entity Number', id('lei')],
  ['BIK (RU)', id('other')],
  ['Digital Currency Address', { kind: 'cryptoWallet' }],
  // Vessels
  ['Vessel Registration Identification IMO', id('imo')],
  ['Identification Number IMO', id('imo')],
  ['Vessel Registration Identification', id('registration')],
  ['MMSI', id('mmsi')],
  ['Vessel Year of Build', { kind: 'vesselBuildDate' }],
  ['Former Vessel Flag', text('formerVesselFlag')],
  ['Other Vessel Flag', text('otherVesselFlag')],
  ['Other Vessel Type', text('otherVesselType')],
  ['Other Vessel Call Sign', text('otherVesselCallSign')],
  // Aircraft
  ["Aircraft Manufacturer's Serial Number (MSN)", id('other')],
  ['Aircraft Construction Number (also called L/N or S/N or F/N)', id('other')],
  ['Aircraft Tail Number', id('other')],
  ['Previous Aircraft Tail Number', id('other')],
  ['Aircraft Mode S Transponder Code', id('other')],
  ['Aircraft Serial Identification', id('other')],
  ['Aircraft Model', text('aircraftModel')],
  ['Aircraft Operator', text('aircraftOperator')],
  ['Aircraft Manufacture Date', { kind: 'property', key: 'aircraftManufactureDate', value: 'date' }],
  // The organisation
  ['Organization Established Date', { kind: 'property', key: 'incorporationDate', value: 'date' }],
  ['Organization Type', text('organizationType')],
  ['Target Type', text('targetType')],
  ['Nationality of Registration', { kind: 'property', key: 'nationalityOfRegistration', value: 'country' }],
  ['Equity Ticker', text('equityTicker')],
  ['Issuer Name', text('issuerName')],
  ['Website', text('website')],
  ['Email Address', text('email')],
  ['Email', text('email')],
  ['Phone Number', text('phone')],
  ['Telephone', text('phone')],
  ['Telephone No.', text('phone')],
  ['Telephone Number', text('phone')],
  ['PHONE', text('phone')],
  ['Fax', text('fax')],
  ['FAX', text('fax')],
  // Sanctions notes, kept whole
  ['Secondary sanctions risk', sanctionsNote],
  ['Additional Sanctions Information', sanctionsNote],
  ['Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions', sanctionsNote],
  ['Executive Order', sanctionsNote],
  ['Listing Date', sanctionsNote],
  ['Effective Date', sanctionsNote],
  ['Purchase/Sales For Divestment Date', sanctionsNote],
  ['CAATSA Section', sanctionsNote],
  ['IFCA Determination', sanctionsNote],
  ['PEESA Information', sanctionsNote],
  ['For more information on directives', sanctionsNote],
  ['for more information on directives', sanctionsNote],
  ['For more information, please reference', sanctionsNote],
];
