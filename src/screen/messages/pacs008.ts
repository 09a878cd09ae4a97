import { ListLoadError } from '../../errors.js';
import { CountryCodeSchema } from '../../model/country.js';
import type { PartyRole, Transaction, TransactionParty } from '../../model/transaction.js';
import {
  childNode,
  childNodes,
  childText,
  descendants,
  streamXmlRecords,
  type XmlNode,
} from '../../sources/shared/xmlRecords.js';
import { finishTransaction } from './finishTransaction.js';
import { joinTexts, messageError, parseIsoAmount, parseMessageDate } from './messageValues.js';
import { readAgent, readParty, type XmlPlace } from './pacs008Party.js';
import { readRemittance } from './pacs008Remittance.js';

const NAMESPACE = /^urn:iso:std:iso:20022:tech:xsd:([a-z]{4}\.\d{3}\.\d{3}\.\d{2})$/;

// Customer parties, their account element, and their role, in payment-chain order.
const PARTIES: ReadonlyArray<[element: string, account: string | undefined, role: PartyRole]> = [
  ['UltmtDbtr', undefined, 'ultimateDebtor'],
  ['InitgPty', undefined, 'other'],
  ['Dbtr', 'DbtrAcct', 'originator'],
  ['Cdtr', 'CdtrAcct', 'beneficiary'],
  ['UltmtCdtr', undefined, 'ultimateCreditor'],
];

// Agents (banks), their account element, and their role. The reimbursement agents carry the cover payment.
const AGENTS: ReadonlyArray<[element: string, account: string | undefined, role: PartyRole]> = [
  ['InstgAgt', undefined, 'instructingAgent'],
  ['InstdAgt', undefined, 'instructedAgent'],
  ['PrvsInstgAgt1', undefined, 'intermediaryBank'],
  ['PrvsInstgAgt2', undefined, 'intermediaryBank'],
  ['PrvsInstgAgt3', undefined, 'intermediaryBank'],
  ['DbtrAgt', 'DbtrAgtAcct', 'originatorBank'],
  ['InstgRmbrsmntAgt', 'InstgRmbrsmntAgtAcct', 'intermediaryBank'],
  ['InstdRmbrsmntAgt', 'InstdRmbrsmntAgtAcct', 'intermediaryBank'],
  ['ThrdRmbrsmntAgt', 'ThrdRmbrsmntAgtAcct', 'intermediaryBank'],
  ['IntrmyAgt1', 'IntrmyAgt1Acct', 'intermediaryBank'],
  ['IntrmyAgt2', 'IntrmyAgt2Acct', 'intermediaryBank'],
  ['IntrmyAgt3', 'IntrmyAgt3Acct', 'intermediaryBank'],
  ['CdtrAgt', 'CdtrAgtAcct', 'beneficiaryBank'],
];

const MANDATORY = ['Dbtr', 'DbtrAgt', 'CdtrAgt', 'Cdtr'];

interface DocumentInfo {
  node: XmlNode;
  version?: string;
}

function parseXml(xml: string, file: string | undefined): DocumentInfo[] {
  const records: XmlNode[] = [];
  let root: XmlNode | undefined;
  try {
    const top = streamXmlRecords(
      file ?? 'pacs.008 message',
      xml,
      (_name, depth) => depth === 1,
      (node) => records.push(node),
    );
    root = { name: top.name, attrs: top.attrs, children: records, text: '', line: 1 };
  } catch (error) {
    const reason = error instanceof ListLoadError ? error.message : String(error);
    throw messageError('Document', `not a readable XML document: ${reason}`, undefined);
  }
  const documents = root.name === 'Document' ? [root] : records.flatMap((r) => descendantsAndSelf(r, 'Document'));
  if (documents.length === 0) {
    throw messageError('Document', `not a pacs.008 document: the root element is <${root.name}>`, file);
  }
  return documents.map((node) => {
    const namespace = Object.values(node.attrs).find((v) => v.startsWith('urn:iso:std:iso:20022:tech:xsd:'));
    const version = namespace ? NAMESPACE.exec(namespace)?.[1] : undefined;
    const message = node.children[0];
    if ((namespace && !version?.startsWith('pacs.008.')) || message?.name !== 'FIToFICstmrCdtTrf') {
      const found = `<${message?.name ?? 'nothing'}>${namespace ? ` in namespace ${namespace}` : ''}`;
      throw messageError(
        'Document',
        `not a pacs.008 document: expected <FIToFICstmrCdtTrf> (urn:iso:std:iso:20022:tech:xsd:pacs.008.001.xx), found ${found}`,
        file,
      );
    }
    return version ? { node: message, version } : { node: message };
  });
}

function descendantsAndSelf(node: XmlNode, name: string): XmlNode[] {
  return node.name === name ? [node] : descendants(node, name);
}

/**
 * Reads an ISO 20022 pacs.008 (FI to FI customer credit transfer) into one {@link Transaction} per `CdtTrfTxInf`:
 * amount and settlement date, debtor and creditor with accounts and addresses, their agents, intermediary,
 * reimbursement, instructing and instructed agents, ultimate parties, remittance information (unstructured and
 * structured), purpose, instructions and regulatory reporting. Any version `pacs.008.001.xx` is accepted, bare or
 * inside a business-message envelope (AppHdr + Document).
 *
 * @throws InputError `E_MESSAGE` naming the element (`CdtTrfTxInf[1]/IntrBkSttlmAmt`) when the message is not a
 *   pacs.008, misses a mandatory element, or has a bad amount, date, currency, BIC or country code.
 */
export function parsePacs008(xml: string, options: { file?: string } = {}): Transaction[] {
  const { file } = options;
  const transactions: Transaction[] = [];
  for (const { node, version } of parseXml(xml, file)) {
    const header = childNode(node, 'GrpHdr');
    if (!header) throw messageError('GrpHdr', 'missing mandatory element GrpHdr (group header)', file);
    const messageId = childText(header, 'MsgId');
    if (!messageId) throw messageError('GrpHdr/MsgId', 'missing mandatory element MsgId', file);
    const items = childNodes(node, 'CdtTrfTxInf');
    if (items.length === 0) throw messageError('CdtTrfTxInf', 'the message holds no CdtTrfTxInf (transaction)', file);
    const declared = childText(header, 'NbOfTxs');
    if (declared && Number(declared) !== items.length) {
      throw messageError(
        'GrpHdr/NbOfTxs',
        `the header declares ${declared} transactions but the message holds ${items.length}: it is incomplete or altered`,
        file,
      );
    }
    items.forEach((item, i) => {
      const place: XmlPlace = { path: `CdtTrfTxInf[${i + 1}]`, ...(file ? { file } : {}) };
      transactions.push(readTransaction(item, header, place, { messageId, index: i + 1, version }));
    });
  }
  return transactions;
}

function readTransaction(
  item: XmlNode,
  header: XmlNode,
  place: XmlPlace,
  ref: { messageId: string; index: number; version: string | undefined },
): Transaction {
  const field = (name: string) => `${place.path}/${name}`;
  const { file } = place;
  const ids = childNode(item, 'PmtId');
  const endToEndId = ids ? childText(ids, 'EndToEndId') : '';
  if (!endToEndId) throw messageError(field('PmtId/EndToEndId'), 'missing mandatory element EndToEndId', file);
  const transactionId = ids ? childText(ids, 'TxId') : '';
  const uetr = ids ? childText(ids, 'UETR') : '';
  const instructionId = ids ? childText(ids, 'InstrId') : '';

  const amountNode = childNode(item, 'IntrBkSttlmAmt');
  if (!amountNode) throw messageError(field('IntrBkSttlmAmt'), 'missing mandatory element IntrBkSttlmAmt', file);
  const amount = parseIsoAmount(amountNode.text, field('IntrBkSttlmAmt'), file);
  const currency = readCurrency(amountNode, field('IntrBkSttlmAmt'), file);

  // The settlement date sits on the transaction (version 03 and later) or in the group header (older versions).
  const dateText = childText(item, 'IntrBkSttlmDt') || childText(header, 'IntrBkSttlmDt');
  const dateField = childText(item, 'IntrBkSttlmDt') ? field('IntrBkSttlmDt') : 'GrpHdr/IntrBkSttlmDt';
  if (!dateText) throw messageError(field('IntrBkSttlmDt'), 'missing interbank settlement date IntrBkSttlmDt', file);
  const date = parseMessageDate(dateText, 'yyyy-MM-dd', dateField, file);

  const parties: TransactionParty[] = [];
  for (const name of MANDATORY) {
    if (!childNode(item, name)) throw messageError(field(name), `missing mandatory element ${name}`, file);
  }
  for (const [element, account, role] of PARTIES) {
    const node = childNode(item, element);
    const accountNode = account ? childNode(item, account) : undefined;
    if (node) parties.push(readParty(node, role, { ...place, path: field(element) }, accountNode));
  }
  for (const [element, account, role] of AGENTS) {
    // Versions before 03 put the instructing and instructed agents in the group header.
    const node = childNode(item, element) ?? (element.startsWith('Inst') ? childNode(header, element) : undefined);
    const path = childNode(item, element) ? field(element) : `GrpHdr/${element}`;
    const accountNode = account ? childNode(item, account) : undefined;
    if (node) parties.push(readAgent(node, role, { ...place, path }, accountNode));
  }
  const remittance = readRemittance(item, place);
  parties.push(...remittance.parties);

  const transaction: Transaction = {
    id: uetr || transactionId || (endToEndId !== 'NOTPROVIDED' ? endToEndId : `${ref.messageId}/${ref.index}`),
    date,
    amount,
    currency,
    parties,
    message: {
      format: 'pacs.008',
      messageId: ref.messageId,
      endToEndId,
      index: ref.index,
      ...(ref.version ? { version: ref.version } : {}),
      ...(instructionId ? { instructionId } : {}),
      ...(transactionId ? { transactionId } : {}),
      ...(uetr ? { uetr } : {}),
      ...(file ? { file } : {}),
    },
  };
  const instructed = childNode(item, 'InstdAmt');
  if (instructed) {
    transaction.instructedAmount = {
      amount: parseIsoAmount(instructed.text, field('InstdAmt'), file),
      currency: readCurrency(instructed, field('InstdAmt'), file),
    };
  }
  if (remittance.text) transaction.remittanceInformation = remittance.text;
  const purpose = childNode(item, 'Purp');
  const purposeText = purpose && (childText(purpose, 'Cd') || childText(purpose, 'Prtry'));
  if (purposeText) transaction.purpose = purposeText;
  const chargeBearer = childText(item, 'ChrgBr');
  if (chargeBearer) transaction.chargeBearer = chargeBearer;
  const instructions = joinTexts(
    [
      ...childNodes(item, 'InstrForCdtrAgt').map((n) => joinTexts([childText(n, 'Cd'), childText(n, 'InstrInf')], ' ')),
      ...childNodes(item, 'InstrForNxtAgt').map((n) => joinTexts([childText(n, 'Cd'), childText(n, 'InstrInf')], ' ')),
    ],
    '; ',
  );
  if (instructions) transaction.instructions = instructions;
  readRegulatoryReporting(item, place, transaction);
  return finishTransaction(transaction, place.path, file);
}

function readCurrency(amount: XmlNode, field: string, file: string | undefined): string {
  const currency = amount.attrs['Ccy'] ?? '';
  if (!/^[A-Z]{3}$/.test(currency)) {
    const problem = currency ? `bad currency "${currency}"` : 'missing currency attribute Ccy';
    throw messageError(`${field}/@Ccy`, `${problem}: expected an ISO 4217 code such as "EUR"`, file);
  }
  return currency;
}

function readRegulatoryReporting(item: XmlNode, place: XmlPlace, transaction: Transaction): void {
  const texts: string[] = [];
  const countries = new Set<string>();
  for (const report of childNodes(item, 'RgltryRptg')) {
    const authority = childNode(report, 'Authrty');
    const authorityCountry = authority ? childText(authority, 'Ctry') : '';
    if (authorityCountry) countries.add(authorityCountry);
    for (const details of childNodes(report, 'Dtls')) {
      const country = childText(details, 'Ctry');
      if (country) countries.add(country);
      const text = joinTexts(
        [childText(details, 'Tp'), country, childText(details, 'Cd'), ...childNodes(details, 'Inf').map((n) => n.text)],
        ' ',
      );
      if (text) texts.push(text);
    }
  }
  if (texts.length > 0) transaction.regulatoryReporting = texts.join('; ');
  const valid = [...countries].filter((c) => CountryCodeSchema.safeParse(c).success);
  if (countries.size !== valid.length) {
    const bad = [...countries].find((c) => !valid.includes(c));
    throw messageError(`${place.path}/RgltryRptg`, `"${bad}" is not an ISO 3166 alpha-2 country code`, place.file);
  }
  if (valid.length > 0) transaction.countries = valid;
}
