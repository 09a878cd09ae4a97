import { beforeAll, describe, expect, it } from 'vitest';
import { EntitySchema } from '../../src/model/entity.js';
import { asOfBounds, listingOn } from '../../src/screen/asOf.js';
import { createTransactionScreener, type TransactionScreener } from '../../src/screen/screenTransaction.js';

// Wagner's OFAC designation date (20 June 2017), as the embedded list records it from Treasury's announcement.
const WAGNER_LISTING = { listedOn: { date: '2017-06-20' } };

describe('listingOn: what was listed on a transaction date', () => {
  it('reports a party listed after the transaction date as not yet listed', () => {
    expect(listingOn(WAGNER_LISTING, '2017-06-19')).toEqual({
      state: 'not-yet-listed',
      asOf: '2017-06-19',
      listedOn: { date: '2017-06-20' },
    });
  });

  it('counts a listing as in force from its own day on', () => {
    expect(listingOn(WAGNER_LISTING, '2017-06-20').state).toBe('listed');
    expect(listingOn(WAGNER_LISTING, '2024-05-13').state).toBe('listed');
    expect(listingOn(WAGNER_LISTING, '2017-06-20').uncertain).toBeUndefined();
  });

  it('counts a listing with no date as listed', () => {
    expect(listingOn({}, '1999-01-01')).toEqual({ state: 'listed', asOf: '1999-01-01' });
  });

  it('treats a year-only listing as listed during that year, and says the day is unknown', () => {
    const listing = listingOn({ listedOn: { date: '2023' } }, '2023-06-01');
    expect(listing.state).toBe('listed');
    expect(listing.uncertain).toContain('listed in 2023 (exact day unknown)');
    expect(listing.uncertain).toContain('treated as listed');
    expect(listingOn({ listedOn: { date: '2023' } }, '2022-12-31').state).toBe('not-yet-listed');
    expect(listingOn({ listedOn: { date: '2023' } }, '2024-01-02').uncertain).toBeUndefined();
  });

  it('treats a party delisted on or before the date as delisted', () => {
    const delisted = { listedOn: { date: '2014-03-20' }, delistedOn: { date: '2020-01-15' } };
    expect(listingOn(delisted, '2020-01-15').state).toBe('delisted');
    expect(listingOn(delisted, '2021-06-01')).toMatchObject({ state: 'delisted', delistedOn: { date: '2020-01-15' } });
    expect(listingOn(delisted, '2020-01-14').state).toBe('listed');
  });

  it('keeps a month-only delisting in force until the month has passed', () => {
    const delisted = { delistedOn: { date: '2020-01' } };
    const during = listingOn(delisted, '2020-01-10');
    expect(during.state).toBe('listed');
    expect(during.uncertain).toContain('delisted in 2020-01 (exact day unknown)');
    expect(listingOn(delisted, '2020-02-01').state).toBe('delisted');
  });

  it('refuses an as-of date that is not a date, naming the field', () => {
    expect(() => asOfBounds('last tuesday')).toThrow(/asOf: "last tuesday" is not a date/);
    expect(() => listingOn({}, '2024-13-45')).toThrow(/is not a date/);
  });
});

describe('screenTransaction judges a payment against the lists as they stood on its date', () => {
  const UK = { list: 'uk-fcdo', name: 'UK Sanctions List' };
  // The UK designated AZU INTERNATIONAL LTD STI (RUS1951) on 8 August 2023 (FCDO export of 11 Aug 2025).
  const azuUk = EntitySchema.parse({
    id: 'uk-fcdo:RUS1951',
    sourceId: 'RUS1951',
    source: UK,
    schema: 'Company',
    names: [{ full: 'AZU INTERNATIONAL LTD STI', kind: 'primary' }],
    programs: ['Russia'],
    listedOn: { date: '2023-08-08' },
  });
  // Fictional: a company 60% owned by it, and a shipping firm listed in 2019 and delisted in 2021 (invented dates).
  const ownedFirm = EntitySchema.parse({
    id: 'demo:GUNEY-KOPRU',
    sourceId: 'GUNEY-KOPRU',
    source: { list: 'demo', name: 'fictional test parties' },
    schema: 'Company',
    names: [{ full: 'GUNEY KOPRU MAKINA LIMITED SIRKETI', kind: 'primary' }],
    relationships: [
      { type: 'ownedBy', targetId: 'uk-fcdo:RUS1951', targetName: 'AZU INTERNATIONAL LTD STI', share: 60 },
    ],
  });
  const delistedFirm = EntitySchema.parse({
    id: 'test:KARADENIZ',
    sourceId: 'KARADENIZ',
    source: { list: 'test', name: 'fictional test list' },
    schema: 'Company',
    names: [{ full: 'KARADENIZ DENIZCILIK ANONIM SIRKETI', kind: 'primary' }],
    listedOn: { date: '2019-05-02' },
    delistedOn: { date: '2021-11-30' },
  });
  // DEXIAS as if its listing date were known only to the year (the legacy CSV has none; it first appears in 2023).
  const dexiasByYear = EntitySchema.parse({
    id: 'ofac-sdn:41936',
    sourceId: '41936',
    source: { list: 'ofac-sdn', name: 'OFAC SDN List' },
    schema: 'Company',
    names: [{ full: 'DEXIAS INTERNATIONAL PRODUCTS AND TRADE LIMITED COMPANY', kind: 'primary' }],
    programs: ['RUSSIA-EO14024'],
    listedOn: { date: '2023' },
  });
  let screener: TransactionScreener;
  beforeAll(() => {
    screener = createTransactionScreener([azuUk, ownedFirm, delistedFirm, dexiasByYear]);
  });
  const pay = (name: string, date: string) => ({
    id: `T-${date}`,
    date,
    amount: 5000,
    currency: 'EUR',
    parties: [
      { role: 'originator' as const, name: 'Hansa Ventiltechnik GmbH', address: { country: 'DE' } },
      { role: 'beneficiary' as const, name, address: { city: 'Istanbul', country: 'TR' } },
    ],
  });

  it('does not block a payment made the day before the listing, and says when it was listed', () => {
    const result = screener.screen(pay('AZU INTERNATIONAL LTD STI', '2023-08-07'));
    expect(result.decision).toBe('clear');
    expect(result.reasons[0]).toMatchObject({
      kind: 'not-yet-listed',
      severity: 'info',
      listedOn: { date: '2023-08-08' },
      entity: { id: 'uk-fcdo:RUS1951' },
    });
  });

  it('blocks the same payment made on the day of the listing', () => {
    const result = screener.screen(pay('AZU INTERNATIONAL LTD STI', '2023-08-08'));
    expect(result.decision).toBe('block');
    expect(result.reasons[0]).toMatchObject({ kind: 'name-match', severity: 'block' });
  });

  it('applies the 50% rule only once the owner is listed', () => {
    expect(screener.screen(pay('GUNEY KOPRU MAKINA LIMITED SIRKETI', '2023-08-07')).decision).toBe('clear');
    const after = screener.screen(pay('GUNEY KOPRU MAKINA LIMITED SIRKETI', '2023-08-08'));
    expect(after.decision).toBe('block');
    expect(after.reasons.find((r) => r.kind === 'ownership')?.path?.[0]).toMatchObject({ to: 'uk-fcdo:RUS1951' });
  });

  it("judges against another date when asked (a look-back on today's lists)", () => {
    const result = screener.screen(pay('AZU INTERNATIONAL LTD STI', '2023-08-07'), { asOf: '2023-09-01' });
    expect(result).toMatchObject({ asOf: '2023-09-01', decision: 'block' });
  });

  it('treats a listing known only to the year as in force, and says the day is unknown', () => {
    const result = screener.screen(pay('DEXIAS INTERNATIONAL PRODUCTS AND TRADE LIMITED COMPANY', '2023-06-01'));
    expect(result.decision).toBe('block');
    expect(result.reasons[0]?.message).toContain('listed in 2023 (exact day unknown)');
  });

  it('does not block a delisted party, but sends it to review with the delisting date', () => {
    const after = screener.screen(pay('KARADENIZ DENIZCILIK ANONIM SIRKETI', '2022-01-10'));
    expect(after.decision).toBe('review');
    expect(after.reasons[0]).toMatchObject({ kind: 'delisted', delistedOn: { date: '2021-11-30' } });
    expect(screener.screen(pay('KARADENIZ DENIZCILIK ANONIM SIRKETI', '2020-01-10')).decision).toBe('block');
  });
});
