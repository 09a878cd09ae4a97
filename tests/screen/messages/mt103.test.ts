import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findJurisdictions } from '../../../src/screen/jurisdictions.js';
import { parseMt103 } from '../../../src/screen/messages/mt103.js';
import { fixturePath } from '../../helpers/sharedLists.js';
import { expectMessageError } from './expectMessageError.js';

const dexiasMt = readFileSync(fixturePath('messages/mt103-dexias.txt'), 'utf8');
const sevastopolMt = readFileSync(fixturePath('messages/mt103-sevastopol.txt'), 'utf8');

// A minimal valid text block; tests change one field at a time.
const minimal = [':20:REF1', ':23B:CRED', ':32A:240315EUR100,', ':50K:ACME LTD', ':59:BETA GMBH', ':71A:SHA', '-'];
const withField = (tag: string, ...lines: string[]) => {
  const at = minimal.findIndex((l) => l.startsWith(`:${tag}:`));
  const out = [...minimal];
  out.splice(at, 1, `:${tag}:${lines[0] ?? ''}`, ...lines.slice(1));
  return out.join('\n');
};
const without = (tag: string) => minimal.filter((l) => !l.startsWith(`:${tag}:`)).join('\n');

describe('parseMt103 (full message paying DEXIAS in Istanbul via an intermediary)', () => {
  const tx = parseMt103(dexiasMt, { file: 'mt103-dexias.txt' });

  it('reads reference, value date, currency, amount with a decimal comma, and the instructed amount', () => {
    expect(tx).toMatchObject({
      id: 'COBA240315-118',
      date: '2024-03-15',
      amount: 48250,
      currency: 'USD',
      instructedAmount: { amount: 48250, currency: 'USD' },
      chargeBearer: 'SHA',
    });
    expect(tx.message).toEqual({
      format: 'MT103',
      messageId: 'COBA240315-118',
      bankOperationCode: 'CRED',
      uetr: '8a562c67-ca16-48ba-b074-65581be6f011',
      file: 'mt103-dexias.txt',
    });
  });

  it('reads the beneficiary whose name runs over two 35-character lines', () => {
    expect(tx.parties.find((p) => p.role === 'beneficiary')).toEqual({
      role: 'beneficiary',
      name: 'DEXIAS INTERNATIONAL PRODUCTS AND TRADE LIMITED COMPANY',
      account: 'TR330006100519786457841326',
      address: { lines: ['MECIDIYEKOY STREET BLOC NO 12/221', 'ISTANBUL, TURKEY'], country: 'TR' },
      country: 'TR',
      messageField: ':59:',
    });
  });

  it('reads the ordering customer with its account and the country of its last address line', () => {
    expect(tx.parties.find((p) => p.role === 'originator')).toMatchObject({
      name: 'HANSA VENTILTECHNIK GMBH',
      account: 'DE89370400440532013000',
      address: { lines: ['AM SANDTORKAI 41', '20457 HAMBURG, GERMANY'], country: 'DE' },
    });
  });

  it('reads the banks in payment order, with the sender and receiver of blocks 1 and 2 as agents', () => {
    expect(tx.parties.filter((p) => p.bic).map((p) => [p.messageField, p.role, p.bic, p.country])).toEqual([
      ['{1:}', 'instructingAgent', 'COBADEFF', 'DE'],
      [':52A:', 'originatorBank', 'COBADEFF', 'DE'],
      [':56A:', 'intermediaryBank', 'CHASUS33', 'US'],
      [':57A:', 'beneficiaryBank', 'TGBATRIS', 'TR'],
      ['{2:}', 'instructedAgent', 'CHASUS33', 'US'],
    ]);
  });

  it('reads remittance information, sender-to-receiver information and the residence country of :77B:', () => {
    expect(tx).toMatchObject({
      remittanceInformation: '/INV/2024-118 INDUSTRIAL VALVES',
      instructions: '/ACC/PLEASE ADVISE BENEFICIARY',
      regulatoryReporting: '/BENEFRES/TR//ISTANBUL',
      countries: ['TR'],
    });
  });

  it('reads the same payment from the text block alone', () => {
    const block4 = dexiasMt.slice(dexiasMt.indexOf('{4:') + 3, dexiasMt.indexOf('-}'));
    const alone = parseMt103(block4);
    expect(alone.parties.map((p) => p.role)).toEqual([
      'originator',
      'originatorBank',
      'intermediaryBank',
      'beneficiaryBank',
      'beneficiary',
    ]);
    expect(alone.amount).toBe(48250);
  });
});

describe('parseMt103 (text block with a Sevastopol address in Cyrillic)', () => {
  const tx = parseMt103(sevastopolMt);

  it('reads the structured ordering customer of :50F: with passport, birth date and birthplace', () => {
    expect(tx.parties.find((p) => p.role === 'originator')).toEqual({
      role: 'originator',
      name: 'MUELLER, HANS',
      address: { country: 'DE', lines: ['HAUPTSTRASSE 12'], city: 'BERLIN' },
      country: 'DE',
      identifiers: [{ type: 'passport', value: 'C01X00T47', country: 'DE', label: 'CCPT' }],
      schema: 'Person',
      birthDate: '1980-02-14',
      birthPlace: 'HAMBURG, DE',
      messageField: ':50F:',
    });
  });

  it('reads the Cyrillic beneficiary and its bank, and the jurisdiction check finds Sevastopol and Simferopol', () => {
    const beneficiary = tx.parties.find((p) => p.role === 'beneficiary');
    expect(beneficiary).toMatchObject({ name: 'ООО ЧЕРНОМОРСКИЙ ТРАНЗИТ', account: '40702810000000012345' });
    expect(findJurisdictions(beneficiary?.address ?? {})[0]).toMatchObject({ code: 'UA-40', matched: 'Севастополь' });
    const bank = tx.parties.find((p) => p.role === 'beneficiaryBank');
    expect(bank).toMatchObject({ name: 'РНКБ БАНК (ПАО)', schema: 'Organization', messageField: ':57D:' });
    expect(findJurisdictions(bank?.address ?? {})[0]?.code).toBe('UA-43');
  });

  it('reads amount with decimals and the OUR charges code', () => {
    expect(tx).toMatchObject({ amount: 12500.5, currency: 'EUR', date: '2024-04-02', chargeBearer: 'OUR' });
    expect(tx.remittanceInformation).toBe('ОПЛАТА ПО ДОГОВОРУ 17/2024');
  });
});

describe('parseMt103 (other field options and headers)', () => {
  it('takes the sender from the message input reference of an output message (block 2 "O")', () => {
    const message = `{1:F01TGBATRISAXXX0000000000}{2:O1030915240315COBADEFFAXXX12345678902403150915N}{4:\n${minimal.join('\n')}}`;
    const agents = parseMt103(message).parties.filter((p) => p.role.endsWith('Agent'));
    expect(agents.map((p) => [p.role, p.bic])).toEqual([
      ['instructingAgent', 'COBADEFF'],
      ['instructedAgent', 'TGBATRIS'],
    ]);
  });

  it('reads block 1 as the sender when there is no block 2', () => {
    const message = `{1:F01COBADEFFAXXX0000000000}{4:\n${minimal.join('\n')}}`;
    expect(parseMt103(message).parties[0]).toMatchObject({ role: 'instructingAgent', bic: 'COBADEFF' });
  });

  it('reads :50A: and :59A: with accounts and BICs, and :59F: with numbered lines', () => {
    const a = parseMt103(withField('50K', '/12345678', 'ACMEGB2L').replace(':50K:', ':50A:'));
    expect(a.parties[0]).toMatchObject({ role: 'originator', account: '12345678', bic: 'ACMEGB2L', country: 'GB' });
    const f = parseMt103(
      withField('59', '/TR330006100519786457841326', '1/DEXIAS IPTLC', '2/SISLI', '3/TR/ISTANBUL').replace(
        ':59:',
        ':59F:',
      ),
    );
    expect(f.parties[1]).toMatchObject({
      name: 'DEXIAS IPTLC',
      address: { lines: ['SISLI'], city: 'ISTANBUL', country: 'TR' },
    });
  });

  it('keeps option B and C fields, which name no party, in the instructions', () => {
    const text = minimal.join('\n').replace(':59:', ':53B:/D/987654\n:56C://FW021000021\n:59:');
    expect(parseMt103(text).instructions).toBe('53B /D/987654; 56C //FW021000021');
  });
});

describe('parseMt103 refuses malformed messages', () => {
  it('refuses a message without :32A:', () => {
    expectMessageError(() => parseMt103(without('32A')), ':32A:', /missing mandatory field :32A:/);
  });

  it('refuses a message without an ordering customer', () => {
    expectMessageError(() => parseMt103(without('50K')), ':50a:', /missing mandatory field :50a: \(ordering customer/);
  });

  it('refuses an amount written with a decimal point', () => {
    expectMessageError(() => parseMt103(withField('32A', '240315EUR100.50')), ':32A:', /bad amount "100.50"/);
  });

  it('refuses a value date that does not exist', () => {
    expectMessageError(() => parseMt103(withField('32A', '240230EUR100,')), ':32A:', /bad date "240230"/);
  });

  it('refuses a :32A: without a currency', () => {
    expectMessageError(() => parseMt103(withField('32A', '240315100,')), ':32A:', /expected YYMMDD, a currency/);
  });

  it('refuses an account-with-institution BIC of 7 characters', () => {
    const text = minimal.join('\n').replace(':59:', ':57A:TGBATRI\n:59:');
    expectMessageError(() => parseMt103(text), ':57A:', /bad BIC length: "TGBATRI" has 7 characters/);
  });

  it('refuses an MT202 given as an MT103', () => {
    const mt202 = `{1:F01COBADEFFAXXX0000000000}{2:I202CHASUS33XXXXN}{4:\n${minimal.join('\n')}}`;
    expectMessageError(() => parseMt103(mt202), '{2:}', /not an MT103: the application header says MT202/);
  });

  it('refuses a malformed basic header', () => {
    const text = `{1:F01COBADEFF}{2:I103CHASUS33XXXXN}{4:\n${minimal.join('\n')}}`;
    expectMessageError(() => parseMt103(text), '{1:}', /bad basic header/);
  });

  it('refuses a text block that is not closed', () => {
    expectMessageError(() => parseMt103(`{1:F01COBADEFFAXXX0000000000}{4:\n:20:REF1\n:23B:CRED`), '{4:}', /not closed/);
  });

  it('refuses a field an MT103 does not have, and a beneficiary given twice', () => {
    expectMessageError(() => parseMt103(withField('20', 'REF1', ':21:RELATED')), ':21:', /not part of an MT103/);
    const twice = minimal.join('\n').replace(':71A:', ':59A:BETAATWW\n:71A:');
    expectMessageError(() => parseMt103(twice), ':59A:', /repeats :59:/);
  });

  it('refuses unknown charges, a long reference and a bad bank operation code', () => {
    expectMessageError(() => parseMt103(withField('71A', 'ALL')), ':71A:', /expected BEN, OUR or SHA/);
    expectMessageError(() => parseMt103(withField('20', 'REFERENCE-TOO-LONG-1')), ':20:', /at most 16 characters/);
    expectMessageError(() => parseMt103(withField('23B', 'CR')), ':23B:', /bad bank operation code/);
  });

  it('refuses a :50F: without a name line or with a bad country code', () => {
    expectMessageError(
      () => parseMt103(withField('50K', '/123', '2/MAIN ST 1').replace(':50K:', ':50F:')),
      ':50F:',
      /name line "1\/"/,
    );
    const badCountry = withField('50K', '/123', '1/ACME', '3/XX/TOWN').replace(':50K:', ':50F:');
    expectMessageError(() => parseMt103(badCountry), ':50F:', /"XX" is not an ISO 3166/);
  });

  it('refuses text with no fields at all', () => {
    expectMessageError(() => parseMt103('hello'), '{4:}', /must start with a field tag/);
    expectMessageError(() => parseMt103(''), '{4:}', /no fields found/);
  });
});
