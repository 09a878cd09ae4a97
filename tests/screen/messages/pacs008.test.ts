import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findJurisdictions } from '../../../src/screen/jurisdictions.js';
import { parsePacs008 } from '../../../src/screen/messages/pacs008.js';
import { fixturePath } from '../../helpers/sharedLists.js';
import { expectMessageError } from './expectMessageError.js';

const dexiasXml = readFileSync(fixturePath('messages/pacs008-dexias.xml'), 'utf8');
const ultimateXml = readFileSync(fixturePath('messages/pacs008-ultimate-parties.xml'), 'utf8');

function party(xml: string, role: string, index = 0) {
  return parsePacs008(xml)[index]?.parties.find((p) => p.role === role);
}

describe('parsePacs008 (pacs.008.001.08 payment to DEXIAS in Istanbul)', () => {
  const [tx] = parsePacs008(dexiasXml, { file: 'pacs008-dexias.xml' });

  it('reads the amount, currency, settlement date and references', () => {
    expect(tx).toMatchObject({
      id: '8a562c67-ca16-48ba-b074-65581be6f011',
      date: '2024-03-15',
      amount: 48250,
      currency: 'USD',
      instructedAmount: { amount: 48250, currency: 'USD' },
      chargeBearer: 'SHAR',
      purpose: 'GDDS',
      remittanceInformation: 'INVOICE 2024-118 INDUSTRIAL VALVES',
      instructions: 'PLEASE ADVISE BENEFICIARY BY PHONE',
    });
    expect(tx?.message).toEqual({
      format: 'pacs.008',
      version: 'pacs.008.001.08',
      messageId: 'COBA240315-0001',
      instructionId: 'COBA-INSTR-118',
      endToEndId: 'INV-2024-118',
      transactionId: 'COBA-TX-240315-118',
      uetr: '8a562c67-ca16-48ba-b074-65581be6f011',
      index: 1,
      file: 'pacs008-dexias.xml',
    });
  });

  it('reads the Türkiye-based beneficiary with its IBAN, structured address and tax id', () => {
    expect(tx?.parties.find((p) => p.role === 'beneficiary')).toEqual({
      role: 'beneficiary',
      name: 'DEXIAS INTERNATIONAL PRODUCTS AND TRADE LIMITED COMPANY',
      account: 'TR330006100519786457841326',
      address: {
        street: 'Mecidiyekoy Street Bloc No: 12/221',
        city: 'Istanbul',
        country: 'TR',
        lines: ['Kushtepe Neighborhood', 'Sisli'],
      },
      country: 'TR',
      identifiers: [{ type: 'taxId', value: '2931074985', label: 'TXID' }],
      schema: 'Organization',
      messageField: 'CdtTrfTxInf[1]/Cdtr',
    });
  });

  it('reads the ordering customer with its LEI and the debtor agent', () => {
    const debtor = tx?.parties.find((p) => p.role === 'originator');
    expect(debtor).toMatchObject({
      name: 'Hansa Ventiltechnik GmbH',
      account: 'DE89370400440532013000',
      country: 'DE',
    });
    expect(debtor?.address).toEqual({
      street: 'Am Sandtorkai 41',
      city: 'Hamburg',
      postalCode: '20457',
      country: 'DE',
    });
    expect(debtor?.identifiers).toEqual([{ type: 'lei', value: '529900T8BM49AURSDO55' }]);
    expect(tx?.parties.find((p) => p.role === 'originatorBank')).toMatchObject({ bic: 'COBADEFFXXX', country: 'DE' });
  });

  it('reads the intermediary, creditor agent, instructing and instructed agents with their BIC countries', () => {
    const banks = tx?.parties
      .filter((p) => p.schema === 'Organization' && p.bic)
      .map((p) => [p.role, p.bic, p.country]);
    expect(banks).toEqual([
      ['instructingAgent', 'COBADEFFXXX', 'DE'],
      ['instructedAgent', 'CHASUS33XXX', 'US'],
      ['originatorBank', 'COBADEFFXXX', 'DE'],
      ['intermediaryBank', 'CHASUS33', 'US'],
      ['beneficiaryBank', 'TGBATRIS', 'TR'],
    ]);
    expect(tx?.parties.find((p) => p.role === 'intermediaryBank')?.name).toBe('JPMORGAN CHASE BANK, N.A.');
  });
});

describe('parsePacs008 (business message with ultimate parties and structured remittance)', () => {
  const transactions = parsePacs008(ultimateXml);

  it('reads both transactions from inside the AppHdr envelope and a prefixed Document', () => {
    expect(transactions.map((t) => [t.id, t.amount, t.date, t.message?.index])).toEqual([
      ['BNP-TX-1', 9800.5, '2024-06-20', 1],
      ['E2E-2', 150, '2024-06-21', 2],
    ]);
    expect(transactions[0]?.message?.version).toBe('pacs.008.001.09');
  });

  it('reads the ultimate debtor and the ultimate creditor', () => {
    expect(party(ultimateXml, 'ultimateDebtor')).toMatchObject({
      name: 'Société Générale de Fret SARL',
      address: { city: 'Marseille', country: 'FR' },
    });
    expect(party(ultimateXml, 'ultimateCreditor')).toMatchObject({
      name: 'Caspian Shipping Agency LLC',
      address: { lines: ['Bandar Abbas Port Road 3', 'Bandar Abbas'], country: 'IR' },
      country: 'IR',
    });
  });

  it('reads a private debtor with birth date, birthplace, passport and country of residence', () => {
    expect(party(ultimateXml, 'originator')).toMatchObject({
      name: 'Jean Dupont',
      schema: 'Person',
      birthDate: '1975-11-03',
      birthPlace: 'Oran, DZ',
      country: 'FR',
      identifiers: [{ type: 'passport', value: '19AB12345', label: 'CCPT' }],
    });
  });

  it('reads a creditor agent known only by name and clearing member id', () => {
    expect(party(ultimateXml, 'beneficiaryBank')).toMatchObject({
      name: 'Commerzbank AG Köln',
      identifiers: [{ type: 'other', value: '37040044', label: 'clearing member DEBLZ' }],
    });
  });

  it('joins the structured remittance into one text and keeps the invoicer as a party', () => {
    expect(transactions[0]?.remittanceInformation).toBe(
      'CINV FR-2024-0611 of 2024-06-11; remitted 9800.50 EUR; SCOR RF18539007547034; MV CASPIAN STAR IMO 9321483',
    );
    expect(party(ultimateXml, 'other')).toMatchObject({
      name: 'Kaspische Handelskontor GmbH',
      messageField: 'CdtTrfTxInf[1]/RmtInf/Strd[1]/Invcr',
    });
    expect(transactions[1]?.remittanceInformation).toBe('HOLIDAY DEPOSIT; BOOKING 5521');
  });

  it('reads purpose, regulatory reporting and the reporting country', () => {
    expect(transactions[0]).toMatchObject({
      purpose: 'FREIGHT',
      regulatoryReporting: 'DE 150 FREIGHT SERVICES',
      countries: ['DE'],
    });
  });

  it('gives the jurisdiction check what it needs: Bandar Abbas and Sevastopol in the parties’ addresses', () => {
    const places = transactions.flatMap((t) =>
      t.parties.flatMap((p) => (p.address ? findJurisdictions(p.address) : [])),
    );
    expect([...new Set(places.map((h) => h.code))]).toEqual(['IR', 'UA-40']);
  });
});

describe('parsePacs008 (older versions)', () => {
  const v02 = `<?xml version="1.0"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.02">
  <FIToFICstmrCdtTrf>
    <GrpHdr>
      <MsgId>OLD-1</MsgId><CreDtTm>2015-05-04T10:00:00</CreDtTm><NbOfTxs>1</NbOfTxs>
      <IntrBkSttlmDt>2015-05-04</IntrBkSttlmDt>
      <InstgAgt><FinInstnId><BIC>BKAUATWW</BIC></FinInstnId></InstgAgt>
    </GrpHdr>
    <CdtTrfTxInf>
      <PmtId><EndToEndId>E1</EndToEndId><TxId>T1</TxId></PmtId>
      <IntrBkSttlmAmt Ccy="EUR">10</IntrBkSttlmAmt>
      <Dbtr><Nm>A</Nm><Id><OrgId><BICOrBEI>GIBAATWW</BICOrBEI></OrgId></Id></Dbtr>
      <DbtrAgt><FinInstnId><BIC>GIBAATWW</BIC></FinInstnId></DbtrAgt>
      <CdtrAgt><FinInstnId><BIC>RZBAATWW</BIC></FinInstnId></CdtrAgt>
      <Cdtr><Nm>B</Nm></Cdtr>
    </CdtTrfTxInf>
  </FIToFICstmrCdtTrf>
</Document>`;

  it('reads version 02: BIC instead of BICFI, the settlement date and instructing agent in the group header', () => {
    const [tx] = parsePacs008(v02);
    expect(tx?.date).toBe('2015-05-04');
    expect(tx?.parties.find((p) => p.role === 'instructingAgent')).toMatchObject({
      bic: 'BKAUATWW',
      messageField: 'GrpHdr/InstgAgt',
    });
    expect(tx?.parties.find((p) => p.role === 'originator')?.bic).toBe('GIBAATWW');
    expect(tx?.parties.find((p) => p.role === 'beneficiaryBank')?.bic).toBe('RZBAATWW');
  });
});

describe('parsePacs008 refuses malformed messages', () => {
  const tx1 = 'CdtTrfTxInf[1]';

  it('refuses a pacs.009 (bank-to-bank transfer) as not a pacs.008', () => {
    const pacs009 = `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.009.001.08"><FICdtTrf><GrpHdr/></FICdtTrf></Document>`;
    expectMessageError(() => parsePacs008(pacs009), 'Document', /not a pacs\.008 document: .*found <FICdtTrf>/);
  });

  it('refuses an XML document of another kind', () => {
    expectMessageError(() => parsePacs008('<html><body/></html>'), 'Document', /root element is <html>/);
  });

  it('refuses text that is not XML, and a document cut short', () => {
    expectMessageError(() => parsePacs008(':20:REF\n:32A:240315EUR1,'), 'Document', /not a readable XML/);
    expectMessageError(() => parsePacs008(dexiasXml.slice(0, 1500)), 'Document', /truncated/);
  });

  it('refuses a missing interbank settlement amount', () => {
    const xml = dexiasXml.replace(/<IntrBkSttlmAmt[^>]*>[^<]*<\/IntrBkSttlmAmt>/, '');
    expectMessageError(() => parsePacs008(xml), `${tx1}/IntrBkSttlmAmt`, /missing mandatory element IntrBkSttlmAmt/);
  });

  it('refuses an amount written with a thousands separator', () => {
    const xml = dexiasXml.replace('<IntrBkSttlmAmt Ccy="USD">48250.00', '<IntrBkSttlmAmt Ccy="USD">48,250.00');
    expectMessageError(() => parsePacs008(xml), `${tx1}/IntrBkSttlmAmt`, /bad amount "48,250.00"/);
  });

  it('refuses a lower-case currency', () => {
    const xml = dexiasXml.replace('<IntrBkSttlmAmt Ccy="USD">', '<IntrBkSttlmAmt Ccy="usd">');
    expectMessageError(() => parsePacs008(xml), `${tx1}/IntrBkSttlmAmt/@Ccy`, /bad currency "usd"/);
  });

  it('refuses a settlement date that does not exist', () => {
    const xml = dexiasXml.replace('<IntrBkSttlmDt>2024-03-15', '<IntrBkSttlmDt>2024-02-30');
    expectMessageError(() => parsePacs008(xml), `${tx1}/IntrBkSttlmDt`, /bad date "2024-02-30"/);
  });

  it('refuses a creditor agent BIC of 7 characters', () => {
    const xml = dexiasXml.replace('<BICFI>TGBATRIS</BICFI>', '<BICFI>TGBATRI</BICFI>');
    expectMessageError(() => parsePacs008(xml), `${tx1}/CdtrAgt/FinInstnId/BICFI`, /bad BIC length: "TGBATRI" has 7/);
  });

  it('refuses "TU", not an ISO code for Türkiye, in the creditor address', () => {
    const xml = dexiasXml.replace(/(<DstrctNm>Sisli<\/DstrctNm>\s*)<Ctry>TR<\/Ctry>/, '$1<Ctry>TU</Ctry>');
    expectMessageError(() => parsePacs008(xml), `${tx1}/Cdtr/PstlAdr/Ctry`, /"TU" is not an ISO 3166/);
  });

  it('refuses a transaction without a creditor', () => {
    const xml = dexiasXml.replace(/<Cdtr>[\s\S]*?<\/Cdtr>/, '');
    expectMessageError(() => parsePacs008(xml), `${tx1}/Cdtr`, /missing mandatory element Cdtr/);
  });

  it('refuses a creditor without a name or BIC, as it cannot be screened', () => {
    const xml = dexiasXml.replace('<Nm>DEXIAS INTERNATIONAL PRODUCTS AND TRADE LIMITED COMPANY</Nm>', '');
    expectMessageError(() => parsePacs008(xml), `${tx1}/Cdtr`, /neither Nm nor a BIC/);
  });

  it('refuses a group header that announces more transactions than the message holds', () => {
    const xml = dexiasXml.replace('<NbOfTxs>1</NbOfTxs>', '<NbOfTxs>3</NbOfTxs>');
    expectMessageError(() => parsePacs008(xml), 'GrpHdr/NbOfTxs', /declares 3 transactions but the message holds 1/);
  });

  it('refuses a message without MsgId and names the file it came from', () => {
    const xml = dexiasXml.replace('<MsgId>COBA240315-0001</MsgId>', '');
    const error = expectMessageError(() => parsePacs008(xml, { file: 'in/batch-7.xml' }), 'GrpHdr/MsgId', /MsgId/);
    expect(error.message).toContain('in/batch-7.xml');
  });
});
