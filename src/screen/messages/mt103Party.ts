import type { PartyAddress, PartyIdentifier, PartyRole, TransactionParty } from '../../model/transaction.js';
import {
  bicCountry,
  checkBic,
  checkCountry,
  countryOfAddressLines,
  joinTexts,
  messageError,
  parseMessageDate,
} from './messageValues.js';
import type { MtField } from './mtBlocks.js';
import { NAME_CONTINUATION_WORDS } from './mtNames.data.js';
import { identifierTypeOfScheme } from './partyIdCodes.data.js';

type Party = Partial<TransactionParty> & { role: PartyRole };

function lastWord(line: string | undefined): string {
  return line?.trim().split(/\s+/).pop()?.toUpperCase() ?? '';
}

function fieldName(field: MtField): string {
  return `:${field.tag}:`;
}

// "/D/12345", "/12345", "//CH123456": an account or a party identifier line before the BIC or name.
function readIdentifierLine(line: string, party: Party): void {
  if (line.startsWith('//')) {
    // A national clearing code such as //FW021000021 or //CH123456.
    party.identifiers = [...(party.identifiers ?? []), { type: 'other', value: line.slice(2), label: 'clearing code' }];
    return;
  }
  party.account = line.replace(/^\/[CD]\//, '').replace(/^\//, '');
}

function finish(party: Party, field: MtField, file?: string): TransactionParty {
  if (party.name === undefined && party.bic === undefined) {
    throw messageError(fieldName(field), 'gives neither a name nor a BIC, so the party cannot be screened', file);
  }
  const country = party.country ?? party.address?.country ?? (party.bic ? bicCountry(party.bic) : undefined);
  if (country) party.country = country;
  return party as TransactionParty;
}

/**
 * Reads a party field in option A (`[/account]` then a BIC: :50A:, :52A:, :56A:, :57A:, :59A:, …).
 *
 * @throws InputError `E_MESSAGE` when the BIC is missing or malformed.
 */
export function readOptionA(field: MtField, role: PartyRole, file?: string): TransactionParty {
  const party: Party = { role, messageField: fieldName(field), schema: 'Organization' };
  const lines = [...field.lines];
  if (lines[0]?.startsWith('/')) readIdentifierLine(lines.shift() ?? '', party);
  const bic = lines.shift();
  if (!bic) throw messageError(fieldName(field), 'missing the BIC line', file);
  party.bic = checkBic(bic, fieldName(field), file);
  // :50A: and :59A: name a customer identified by its BIC; it may be any kind of organisation.
  if (field.tag === '50A' || field.tag === '59A') delete party.schema;
  return finish(party, field, file);
}

/**
 * Reads a free-format party field (`[/account]`, a name line, address lines: :50K:, :59:, :52D:, :57D:, …). A name
 * line ending in "AND", "&", "VE"… goes on to the next line. The last address line gives the country when it is
 * one ("TURKEY", "ISTANBUL, TURKIYE").
 *
 * @throws InputError `E_MESSAGE` when there is no name line.
 */
export function readNameAndAddress(field: MtField, role: PartyRole, file?: string): TransactionParty {
  const party: Party = { role, messageField: fieldName(field) };
  if (field.tag.endsWith('D')) party.schema = 'Organization';
  const lines = [...field.lines];
  if (lines[0]?.startsWith('/')) readIdentifierLine(lines.shift() ?? '', party);
  const nameLines = [lines.shift()];
  if (!nameLines[0]) throw messageError(fieldName(field), 'has an account line but no name line', file);
  // A name cut at 35 characters goes on to the next line; keep at least one line for the address.
  while (lines.length > 1 && NAME_CONTINUATION_WORDS.has(lastWord(nameLines[nameLines.length - 1]))) {
    nameLines.push(lines.shift());
  }
  party.name = nameLines.map((l) => l?.trim()).join(' ');
  if (lines.length > 0) {
    const address: PartyAddress = { lines };
    const country = countryOfAddressLines(lines);
    if (country) address.country = country;
    party.address = address;
  }
  return finish(party, field, file);
}

/**
 * Reads a structured party field, :50F: or :59F:. The first line is an account (`/…`) or, in 50F, a party
 * identifier `CODE/CC/identifier` (CCPT passport, NIDN national id, TXID tax id, CUST customer number…); the
 * next lines are numbered: `1/` name, `2/` address, `3/` country and town, and in 50F `4/` date of birth,
 * `5/` place of birth, `6/` customer number, `7/` national identity number, `8/` more of the previous line.
 *
 * @throws InputError `E_MESSAGE` for a missing name, an unnumbered line, a bad country code or birth date.
 */
export function readOptionF(field: MtField, role: PartyRole, file?: string): TransactionParty {
  const where = fieldName(field);
  const party: Party = { role, messageField: where };
  const identifiers: PartyIdentifier[] = [];
  const names: string[] = [];
  const addressLines: string[] = [];
  const towns: string[] = [];
  const lines = [...field.lines];
  const first = lines[0] ?? '';
  if (first.startsWith('/')) {
    party.account = first.slice(1);
    lines.shift();
  } else if (/^[A-Z]{4}\/[A-Z]{2}\/./.test(first)) {
    const [code = '', country = '', ...rest] = first.split('/');
    identifiers.push({
      type: identifierTypeOfScheme(code),
      value: rest.join('/'),
      country: checkCountry(country, where, file),
      label: code,
    });
    lines.shift();
  }
  let lastIdentifier = identifiers[identifiers.length - 1];
  for (const line of lines) {
    const numbered = /^([1-8])\/(.*)$/.exec(line);
    if (!numbered)
      throw messageError(where, `line "${line}" should start with a number and a slash, e.g. "1/NAME"`, file);
    const [, number, text = ''] = numbered;
    if (field.tag === '59F' && !['1', '2', '3'].includes(number ?? '')) {
      throw messageError(where, `line "${line}": :59F: only uses 1/ name, 2/ address and 3/ country and town`, file);
    }
    if (number === '1') names.push(text.trim());
    else if (number === '2') addressLines.push(text.trim());
    else if (number === '3') {
      const [country = '', ...town] = text.split('/');
      if (!party.address?.country) party.address = { ...party.address, country: checkCountry(country, where, file) };
      if (town.length > 0) towns.push(town.join('/').trim());
    } else if (number === '4') {
      party.birthDate = parseMessageDate(text, 'yyyyMMdd', where, file);
      party.schema = 'Person';
    } else if (number === '5') {
      const [country = '', ...place] = text.split('/');
      party.birthPlace = joinTexts([place.join('/'), checkCountry(country, where, file)], ', ') ?? text;
      party.schema = 'Person';
    } else if (number === '6' || number === '7') {
      const [country = '', ...rest] = text.split('/');
      lastIdentifier = {
        type: number === '7' ? 'nationalId' : 'other',
        value: rest.join('/'),
        country: checkCountry(country, where, file),
        label: number === '7' ? 'national identity number' : 'customer identification number',
      };
      identifiers.push(lastIdentifier);
    } else if (number === '8' && lastIdentifier) {
      lastIdentifier.value += text.trim();
    }
  }
  if (names.length === 0) throw messageError(where, 'missing the name line "1/"', file);
  party.name = names.join(' ');
  if (addressLines.length > 0) party.address = { ...party.address, lines: addressLines };
  if (towns.length > 0) party.address = { ...party.address, city: towns.join(' ') };
  if (identifiers.some((i) => ['passport', 'nationalId'].includes(i.type))) party.schema = 'Person';
  if (identifiers.length > 0) party.identifiers = identifiers;
  return finish(party, field, file);
}

/** Reads the BIC of a sender or receiver from a 12-character logical terminal address (BIC8 + terminal + branch). */
export function bicOfTerminal(address: string, field: string, file?: string): string {
  const branch = address.slice(9, 12);
  const bic = address.slice(0, 8) + (branch === 'XXX' ? '' : branch);
  return checkBic(bic, field, file);
}

/** The sender or receiver bank of an MT message, from its header BIC, as a party (`messageField` `{1:}` / `{2:}`). */
export function headerAgent(bic: string, role: PartyRole, messageField: string): TransactionParty {
  const party: TransactionParty = { role, bic, schema: 'Organization', messageField };
  const country = bicCountry(bic);
  if (country) party.country = country;
  return party;
}
