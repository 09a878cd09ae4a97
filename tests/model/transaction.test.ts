import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseTransaction, type TransactionInput, TransactionSchema } from '../../src/model/transaction.js';

const dexiasPayment: TransactionInput = {
  id: 'INV-2024-118',
  date: '2024-03-15',
  amount: 48250,
  currency: 'USD',
  parties: [
    { role: 'originator', name: 'Hansa Ventiltechnik GmbH', account: 'DE89370400440532013000', country: 'DE' },
    { role: 'intermediaryBank', bic: 'CHASUS33' },
    {
      role: 'beneficiary',
      name: 'DEXIAS INTERNATIONAL PRODUCTS AND TRADE LIMITED COMPANY',
      address: { lines: ['Mecidiyekoy Street, Bloc No: 12/221'], city: 'Istanbul', country: 'TR' },
      identifiers: [{ type: 'taxId', value: '2931074985' }],
      schema: 'Organization',
    },
  ],
};

function fieldOfError(input: unknown): string | undefined {
  try {
    parseTransaction(input);
  } catch (error) {
    if (error instanceof InputError) return error.field;
    throw error;
  }
  return undefined;
}

describe('TransactionSchema', () => {
  it('accepts a payment to a Türkiye-based company through an intermediary bank', () => {
    const tx = parseTransaction(dexiasPayment);
    expect(tx.parties).toHaveLength(3);
    expect(tx.parties[2]?.address?.country).toBe('TR');
    expect(tx.parties[1]?.bic).toBe('CHASUS33');
  });

  it('names the party and field of a BIC of the wrong length: parties[1].bic', () => {
    const input = structuredClone(dexiasPayment);
    input.parties[1] = { role: 'intermediaryBank', bic: 'CHASUS3' };
    expect(fieldOfError(input)).toBe('parties[1].bic');
  });

  it('refuses a party with neither a name nor a BIC, pointing at its name', () => {
    const input = structuredClone(dexiasPayment);
    input.parties[0] = { role: 'originator', account: 'DE89370400440532013000' };
    expect(fieldOfError(input)).toBe('parties[0].name');
    expect(() => parseTransaction(input)).toThrow(/a party needs a name or a BIC/);
  });

  it('refuses 30 February as a settlement date', () => {
    expect(fieldOfError({ ...dexiasPayment, date: '2024-02-30' })).toBe('date');
    expect(fieldOfError({ ...dexiasPayment, date: '15.03.2024' })).toBe('date');
  });

  it('refuses a negative amount and a lower-case currency', () => {
    expect(fieldOfError({ ...dexiasPayment, amount: -1 })).toBe('amount');
    expect(fieldOfError({ ...dexiasPayment, currency: 'usd' })).toBe('currency');
  });

  it('refuses an unknown country code in an address: parties[2].address.country', () => {
    const input = structuredClone(dexiasPayment);
    const beneficiary = input.parties[2];
    if (beneficiary?.address) beneficiary.address.country = 'XX';
    expect(fieldOfError(input)).toBe('parties[2].address.country');
  });

  it('refuses an unknown party role', () => {
    const input = structuredClone(dexiasPayment) as { parties: Array<Record<string, unknown>> };
    input.parties[0] = { role: 'payer', name: 'Hansa Ventiltechnik GmbH' };
    expect(fieldOfError(input)).toBe('parties[0].role');
  });

  it('keeps the 7 digits of an IMO number written "IMO 9321483"', () => {
    const tx = parseTransaction({ ...dexiasPayment, vessel: { name: 'CASPIAN STAR', imo: 'IMO 9321483' } });
    expect(tx.vessel?.imo).toBe('9321483');
    expect(fieldOfError({ ...dexiasPayment, vessel: { imo: 'IMO 93214' } })).toBe('vessel.imo');
  });

  it('drops the dots of an HS code and refuses one with letters', () => {
    const goods = [
      { description: 'industrial valves', hsCode: '8481.80', originCountry: 'DE', destinationCountry: 'TR' },
    ];
    expect(parseTransaction({ ...dexiasPayment, goods }).goods?.[0]?.hsCode).toBe('848180');
    expect(fieldOfError({ ...dexiasPayment, goods: [{ description: 'valves', hsCode: '84A1' }] })).toBe(
      'goods[0].hsCode',
    );
  });

  it('says how many other fields are wrong when several are', () => {
    expect(() => parseTransaction({ ...dexiasPayment, amount: -5, currency: 'dollars', date: 'yesterday' })).toThrow(
      /and 2 more: /,
    );
  });

  it('throws InputError with code E_INPUT', () => {
    try {
      parseTransaction({ ...dexiasPayment, parties: [] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).code).toBe('E_INPUT');
      expect((error as InputError).field).toBe('parties');
    }
  });

  it('infers the same type the schema parses to', () => {
    const parsed = TransactionSchema.parse(dexiasPayment);
    expect(parsed.parties[0]?.role).toBe('originator');
  });
});
