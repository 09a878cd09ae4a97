import type { PartyAddress, PartyIdentifier, PartyRole, TransactionParty } from '../../model/transaction.js';
import { childNode, childNodes, childText, type XmlNode } from '../../sources/shared/xmlRecords.js';
import { bicCountry, checkBic, checkCountry, joinTexts, messageError, parseMessageDate } from './messageValues.js';
import { identifierTypeOfScheme } from './partyIdCodes.data.js';

/** Where a pacs.008 element sits, for error messages: `CdtTrfTxInf[2]/Cdtr`. */
export interface XmlPlace {
  path: string;
  file?: string;
}

function at(place: XmlPlace, child: string): XmlPlace {
  return { ...place, path: `${place.path}/${child}` };
}

/** Reads a `PstlAdr` (PostalAddress24/27 and older) into a party address; undefined when it holds nothing. */
export function readPostalAddress(node: XmlNode | undefined, place: XmlPlace): PartyAddress | undefined {
  if (!node) return undefined;
  const address: PartyAddress = {};
  const street = joinTexts([childText(node, 'StrtNm'), childText(node, 'BldgNb'), childText(node, 'BldgNm')], ' ');
  // Address parts without a field of their own (department, floor, district…) go to the lines, so nothing is lost
  // and jurisdiction checks see them (a district can be the only place a region is named).
  const extras = ['Dept', 'SubDept', 'Flr', 'PstBx', 'Room', 'TwnLctnNm', 'DstrctNm'].map((n) => childText(node, n));
  const lines = [...childNodes(node, 'AdrLine').map((n) => n.text), ...extras].filter((l) => l.trim() !== '');
  if (lines.length > 0) address.lines = lines;
  if (street) address.street = street;
  if (childText(node, 'TwnNm')) address.city = childText(node, 'TwnNm');
  if (childText(node, 'PstCd')) address.postalCode = childText(node, 'PstCd');
  if (childText(node, 'CtrySubDvsn')) address.region = childText(node, 'CtrySubDvsn');
  const country = childText(node, 'Ctry');
  if (country) address.country = checkCountry(country, at(place, 'Ctry').path, place.file);
  return Object.keys(address).length > 0 ? address : undefined;
}

function schemeCode(other: XmlNode): string | undefined {
  const scheme = childNode(other, 'SchmeNm');
  return (scheme && (childText(scheme, 'Cd') || childText(scheme, 'Prtry'))) || undefined;
}

function readOthers(parent: XmlNode, out: PartyIdentifier[]): void {
  for (const other of childNodes(parent, 'Othr')) {
    const value = childText(other, 'Id');
    if (!value) continue;
    const code = schemeCode(other);
    const identifier: PartyIdentifier = { type: identifierTypeOfScheme(code), value };
    const label = joinTexts([code, childText(other, 'Issr')], ' / ');
    if (label) identifier.label = label;
    out.push(identifier);
  }
}

/**
 * Reads a party (`Dbtr`, `Cdtr`, `UltmtDbtr`, `UltmtCdtr`, `InitgPty`, `Invcr`): name, postal address, organisation
 * or private identification, country of residence. `account` is the matching `…Acct` element, when there is one.
 *
 * @throws InputError `E_MESSAGE` when the party has neither a name nor a BIC, or a code in it is malformed.
 */
export function readParty(node: XmlNode, role: PartyRole, place: XmlPlace, account?: XmlNode): TransactionParty {
  const party: Partial<TransactionParty> & { role: PartyRole } = { role, messageField: place.path };
  const name = childText(node, 'Nm');
  if (name) party.name = name.replace(/\s+/g, ' ');
  const address = readPostalAddress(childNode(node, 'PstlAdr'), at(place, 'PstlAdr'));
  if (address) party.address = address;
  const identifiers: PartyIdentifier[] = [];
  const id = childNode(node, 'Id');
  const org = id && childNode(id, 'OrgId');
  const person = id && childNode(id, 'PrvtId');
  if (org) {
    party.schema = 'Organization';
    // AnyBIC since pacs.008.001.08, BICOrBEI before.
    const bic = childText(org, 'AnyBIC') || childText(org, 'BICOrBEI');
    if (bic) party.bic = checkBic(bic, at(place, 'Id/OrgId/AnyBIC').path, place.file);
    const lei = childText(org, 'LEI');
    if (lei) identifiers.push({ type: 'lei', value: lei });
    readOthers(org, identifiers);
  }
  if (person) {
    party.schema = 'Person';
    const birth = childNode(person, 'DtAndPlcOfBirth');
    if (birth) {
      const date = childText(birth, 'BirthDt');
      const field = at(place, 'Id/PrvtId/DtAndPlcOfBirth/BirthDt').path;
      if (date) party.birthDate = parseMessageDate(date, 'yyyy-MM-dd', field, place.file);
      const born = joinTexts([childText(birth, 'CityOfBirth'), childText(birth, 'PrvcOfBirth')], ', ');
      const bornIn = joinTexts([born, childText(birth, 'CtryOfBirth')], ', ');
      if (bornIn) party.birthPlace = bornIn;
    }
    readOthers(person, identifiers);
  }
  if (identifiers.length > 0) party.identifiers = identifiers;
  if (account) readAccount(account, party);
  const residence = childText(node, 'CtryOfRes');
  const country = residence ? checkCountry(residence, at(place, 'CtryOfRes').path, place.file) : undefined;
  const known = country ?? party.address?.country ?? (party.bic ? bicCountry(party.bic) : undefined);
  if (known) party.country = known;
  return requireNameOrBic(party, place);
}

/**
 * Reads an agent (`DbtrAgt`, `CdtrAgt`, `IntrmyAgt1`, `InstgAgt`, …): `FinInstnId` with its BIC (`BICFI`, or `BIC`
 * before version 06), LEI, clearing member id, name and address.
 *
 * @throws InputError `E_MESSAGE` when the BIC is malformed or the agent has neither a BIC nor a name.
 */
export function readAgent(node: XmlNode, role: PartyRole, place: XmlPlace, account?: XmlNode): TransactionParty {
  const party: Partial<TransactionParty> & { role: PartyRole } = {
    role,
    messageField: place.path,
    schema: 'Organization',
  };
  const institution = childNode(node, 'FinInstnId') ?? node;
  const bicElement = childNode(institution, 'BICFI') ? 'BICFI' : 'BIC';
  const bic = childText(institution, bicElement);
  if (bic) party.bic = checkBic(bic, at(place, `FinInstnId/${bicElement}`).path, place.file);
  const name = childText(institution, 'Nm');
  if (name) party.name = name.replace(/\s+/g, ' ');
  const address = readPostalAddress(childNode(institution, 'PstlAdr'), at(place, 'FinInstnId/PstlAdr'));
  if (address) party.address = address;
  const identifiers: PartyIdentifier[] = [];
  const lei = childText(institution, 'LEI');
  if (lei) identifiers.push({ type: 'lei', value: lei });
  const member = childNode(institution, 'ClrSysMmbId');
  if (member && childText(member, 'MmbId')) {
    const system = childNode(member, 'ClrSysId');
    const label = joinTexts(
      ['clearing member', system && (childText(system, 'Cd') || childText(system, 'Prtry'))],
      ' ',
    );
    identifiers.push({ type: 'other', value: childText(member, 'MmbId'), label: label ?? 'clearing member' });
  }
  const other = childNode(institution, 'Othr');
  if (other && childText(other, 'Id')) {
    identifiers.push({ type: identifierTypeOfScheme(schemeCode(other)), value: childText(other, 'Id') });
  }
  if (identifiers.length > 0) party.identifiers = identifiers;
  if (account) readAccount(account, party);
  const country = party.address?.country ?? (party.bic ? bicCountry(party.bic) : undefined);
  if (country) party.country = country;
  return requireNameOrBic(party, place);
}

function readAccount(account: XmlNode, party: Partial<TransactionParty>): void {
  const id = childNode(account, 'Id');
  const other = id && childNode(id, 'Othr');
  const number = (id && childText(id, 'IBAN')) || (other && childText(other, 'Id')) || undefined;
  if (number) party.account = number.replace(/\s+/g, '');
}

function requireNameOrBic(party: Partial<TransactionParty> & { role: PartyRole }, place: XmlPlace): TransactionParty {
  if (party.name === undefined && party.bic === undefined) {
    throw messageError(
      place.path,
      'names neither Nm nor a BIC, so the party cannot be screened; ask the sending bank for the name',
      place.file,
    );
  }
  return party as TransactionParty;
}
