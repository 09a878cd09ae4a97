import { CountryCodeSchema } from '../../model/country.js';
import type { PartyRole, Transaction, TransactionParty } from '../../model/transaction.js';
import { finishTransaction } from './finishTransaction.js';
import { joinTexts, messageError, parseMessageDate, parseSwiftAmount } from './messageValues.js';
import { bicOfTerminal, headerAgent, readNameAndAddress, readOptionA, readOptionF } from './mt103Party.js';
import { type MtField, type MtMessage, splitMtMessage } from './mtBlocks.js';

// Every MT103 field tag and the slot it fills: options of one field (50A, 50F, 50K) share a slot ("50a").
const SLOTS: Readonly<Record<string, string>> = {
  '20': '20',
  '13C': '13C',
  '23B': '23B',
  '23E': '23E',
  '26T': '26T',
  '32A': '32A',
  '33B': '33B',
  '36': '36',
  ...Object.fromEntries(['50A', '50F', '50K'].map((t) => [t, '50a'])),
  '51A': '51A',
  ...Object.fromEntries(['52A', '52D'].map((t) => [t, '52a'])),
  ...Object.fromEntries(['53A', '53B', '53D'].map((t) => [t, '53a'])),
  ...Object.fromEntries(['54A', '54B', '54D'].map((t) => [t, '54a'])),
  ...Object.fromEntries(['55A', '55B', '55D'].map((t) => [t, '55a'])),
  ...Object.fromEntries(['56A', '56C', '56D'].map((t) => [t, '56a'])),
  ...Object.fromEntries(['57A', '57B', '57C', '57D'].map((t) => [t, '57a'])),
  ...Object.fromEntries(['59', '59A', '59F'].map((t) => [t, '59a'])),
  '70': '70',
  '71A': '71A',
  '71F': '71F',
  '71G': '71G',
  '72': '72',
  '77B': '77B',
  '77T': '77T',
};

const REPEATABLE = new Set(['13C', '23E', '71F']);

// Party slots in payment-chain order, and the role each plays.
const PARTY_SLOTS: ReadonlyArray<[slot: string, role: PartyRole]> = [
  ['50a', 'originator'],
  ['51A', 'other'],
  ['52a', 'originatorBank'],
  ['53a', 'intermediaryBank'],
  ['54a', 'intermediaryBank'],
  ['55a', 'intermediaryBank'],
  ['56a', 'intermediaryBank'],
  ['57a', 'beneficiaryBank'],
  ['59a', 'beneficiary'],
];

const MANDATORY: ReadonlyArray<[slot: string, what: string]> = [
  ['20', "sender's reference"],
  ['23B', 'bank operation code'],
  ['32A', 'value date, currency and amount'],
  ['50a', 'ordering customer, :50A:, :50F: or :50K:'],
  ['59a', 'beneficiary customer, :59:, :59A: or :59F:'],
  ['71A', 'details of charges'],
];

function checkFields(message: MtMessage, file?: string): Map<string, MtField> {
  const bySlot = new Map<string, MtField>();
  for (const field of message.fields) {
    const slot = SLOTS[field.tag];
    if (!slot) {
      throw messageError(`:${field.tag}:`, `field :${field.tag}: is not part of an MT103 (line ${field.line})`, file);
    }
    const earlier = bySlot.get(slot);
    if (earlier && !REPEATABLE.has(field.tag)) {
      throw messageError(
        `:${field.tag}:`,
        `field :${field.tag}: (line ${field.line}) repeats :${earlier.tag}: (line ${earlier.line}); an MT103 allows it once`,
        file,
      );
    }
    if (!earlier) bySlot.set(slot, field);
  }
  for (const [slot, what] of MANDATORY) {
    if (!bySlot.has(slot)) throw messageError(`:${slot}:`, `missing mandatory field :${slot}: (${what})`, file);
  }
  return bySlot;
}

function text(field: MtField | undefined): string | undefined {
  return field ? joinTexts(field.lines, ' ') : undefined;
}

function readParties(message: MtMessage, fields: Map<string, MtField>, file?: string): TransactionParty[] {
  const parties: TransactionParty[] = [];
  const { basicHeader, applicationHeader } = message;
  // Input messages (I) name the sender in block 1 and the receiver in block 2; output messages (O) the reverse,
  // the sender then sitting in the message input reference of block 2.
  // Without block 2 the direction is unknown; block 1 is then read as the sender, as in the messages banks send.
  const input = applicationHeader === undefined || applicationHeader.startsWith('I');
  const senderTerminal = input ? /^F01([A-Z0-9]{12})/.exec(basicHeader ?? '')?.[1] : undefined;
  const outputSender = /^O\d{3}\d{4}\d{6}([A-Z0-9]{12})/.exec(applicationHeader ?? '')?.[1];
  const receiverTerminal = input
    ? /^I\d{3}([A-Z0-9]{12})/.exec(applicationHeader ?? '')?.[1]
    : /^F01([A-Z0-9]{12})/.exec(basicHeader ?? '')?.[1];
  const sender = senderTerminal ?? outputSender;
  const senderField = senderTerminal ? '{1:}' : '{2:}';
  const receiverField = input ? '{2:}' : '{1:}';
  if (sender) parties.push(headerAgent(bicOfTerminal(sender, senderField, file), 'instructingAgent', senderField));
  for (const [slot, role] of PARTY_SLOTS) {
    const field = fields.get(slot);
    if (!field) continue;
    const option = field.tag.slice(2);
    if (option === 'A') parties.push(readOptionA(field, role, file));
    else if (option === 'F') parties.push(readOptionF(field, role, file));
    else if (option === 'K' || option === 'D' || option === '') parties.push(readNameAndAddress(field, role, file));
    // Options B and C give only an account or a location, no party: they are kept in `instructions`.
  }
  if (receiverTerminal) {
    parties.push(headerAgent(bicOfTerminal(receiverTerminal, receiverField, file), 'instructedAgent', receiverField));
  }
  return parties;
}

function checkHeaders(message: MtMessage, file?: string): void {
  const { basicHeader, applicationHeader } = message;
  if (basicHeader !== undefined && !/^F01[A-Z0-9]{12}/.test(basicHeader)) {
    throw messageError(
      '{1:}',
      `bad basic header "${basicHeader}": expected F01, then the 12-character sender address`,
      file,
    );
  }
  if (applicationHeader === undefined) return;
  const type = /^[IO](\d{3})/.exec(applicationHeader)?.[1];
  if (type !== '103') {
    const said = type ? `MT${type}` : `"${applicationHeader}"`;
    throw messageError('{2:}', `not an MT103: the application header says ${said}`, file);
  }
  if (!/^I\d{3}[A-Z0-9]{12}|^O\d{3}\d{10}[A-Z0-9]{12}/.test(applicationHeader)) {
    throw messageError(
      '{2:}',
      `bad application header "${applicationHeader}": the 12-character address is missing`,
      file,
    );
  }
}

// :77B: often states residence countries: /ORDERRES/BE//… and /BENEFRES/TR//….
function residenceCountries(report: string | undefined): string[] {
  if (!report) return [];
  const found = [...report.matchAll(/\/(?:ORDERRES|BENEFRES)\/([A-Z]{2})\//g)].map((m) => m[1] ?? '');
  return [...new Set(found.filter((c) => CountryCodeSchema.safeParse(c).success))];
}

/**
 * Reads a SWIFT MT103 (single customer credit transfer) into a {@link Transaction}: :20: reference, :23B: bank
 * operation code, :32A: value date, currency and amount, :33B: instructed amount, the parties (:50a: ordering
 * customer, :52a: ordering institution, :53a:–:55a: reimbursement banks, :56a: intermediary, :57a: account with
 * institution, :59a: beneficiary) and the sender and receiver BICs of blocks 1 and 2 as instructing and instructed
 * agents; :70: remittance information, :71A: charges, :72: sender-to-receiver information, :77B: regulatory
 * reporting. Accepts the full message `{1:}{2:}{3:}{4:…-}` or the text block alone. Fields :13C:, :36:, :71F:,
 * :71G: carry no party or place and are not kept.
 *
 * @throws InputError `E_MESSAGE` naming the field (`:32A:`) for a missing mandatory field, a bad amount, date,
 *   currency or BIC, a field an MT103 does not have, or a message of another type.
 */
export function parseMt103(messageText: string, options: { file?: string } = {}): Transaction {
  const { file } = options;
  const message = splitMtMessage(messageText, file);
  checkHeaders(message, file);
  const fields = checkFields(message, file);

  const reference = text(fields.get('20')) ?? '';
  if (reference.length > 16 || reference.startsWith('/') || reference.endsWith('/') || reference.includes('//')) {
    throw messageError(
      ':20:',
      `bad reference "${reference}": at most 16 characters, no leading, trailing or double "/"`,
      file,
    );
  }
  const operation = text(fields.get('23B')) ?? '';
  if (!/^[A-Z]{4}$/.test(operation)) {
    throw messageError(':23B:', `bad bank operation code "${operation}": expected 4 letters such as CRED`, file);
  }
  const valueLine = (fields.get('32A')?.lines ?? []).join('');
  const value = /^(\d{6})([A-Z]{3})(.*)$/.exec(valueLine);
  if (!value) {
    throw messageError(
      ':32A:',
      `bad value "${valueLine}": expected YYMMDD, a currency and an amount, e.g. 240315EUR48250,00`,
      file,
    );
  }
  const [, dateText = '', currency = '', amountText = ''] = value;
  const date = parseMessageDate(dateText, 'yyMMdd', ':32A:', file);
  const amount = parseSwiftAmount(amountText, ':32A:', file);
  const charges = text(fields.get('71A')) ?? '';
  if (!['BEN', 'OUR', 'SHA'].includes(charges)) {
    throw messageError(':71A:', `bad details of charges "${charges}": expected BEN, OUR or SHA`, file);
  }

  const uetr = message.userHeader.get('121');
  const transaction: Transaction = {
    id: reference,
    date,
    amount,
    currency,
    parties: readParties(message, fields, file),
    chargeBearer: charges,
    message: {
      format: 'MT103',
      messageId: reference,
      bankOperationCode: operation,
      ...(uetr ? { uetr } : {}),
      ...(file ? { file } : {}),
    },
  };
  const instructed = fields.get('33B');
  if (instructed) {
    const line = instructed.lines.join('');
    const parts = /^([A-Z]{3})(.*)$/.exec(line);
    if (!parts)
      throw messageError(':33B:', `bad value "${line}": expected a currency and an amount, e.g. EUR48250,00`, file);
    transaction.instructedAmount = {
      currency: parts[1] ?? '',
      amount: parseSwiftAmount(parts[2] ?? '', ':33B:', file),
    };
  }
  const remittance = text(fields.get('70'));
  if (remittance) transaction.remittanceInformation = remittance;
  const purpose = text(fields.get('26T'));
  if (purpose) transaction.purpose = purpose;
  const noPartyFields = message.fields
    .filter((f) => /^(5[3-7][BC]|23E)$/.test(f.tag))
    .map((f) => `${f.tag} ${text(f)}`);
  const instructions = joinTexts([...noPartyFields, text(fields.get('72'))], '; ');
  if (instructions) transaction.instructions = instructions;
  const report = text(fields.get('77B'));
  if (report) transaction.regulatoryReporting = report;
  const countries = residenceCountries(report);
  if (countries.length > 0) transaction.countries = countries;
  return finishTransaction(transaction, ':20:', file);
}
