import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TransactionInput } from '../../src/model/transaction.js';
import { daySpanOf, jurisdictionOn } from '../../src/screen/jurisdictionOnDate.js';
import { JURISDICTIONS } from '../../src/screen/jurisdictions.data.js';
import { findJurisdictions } from '../../src/screen/jurisdictions.js';
import { DUAL_USE_DESTINATION_RULE } from '../../src/screen/rules/dualUseDestination.js';
import { createTransactionScreener, type TransactionScreener } from '../../src/screen/screenTransaction.js';
import { loadDefaultList } from '../../src/sources/defaultList.js';

const record = (code: string) => JURISDICTIONS.find((j) => j.code === code)!;

describe('jurisdictions as they stood on a date', () => {
  it('rates Syria comprehensive up to 30 June 2025 and heightened from 1 July 2025 (E.O. 14312)', () => {
    expect(jurisdictionOn(record('SY'), daySpanOf('2025-06-30'))).toMatchObject({ level: 'comprehensive' });
    expect(jurisdictionOn(record('SY'), daySpanOf('2025-06-30')).levelNote).toContain('E.O. 14312');
    expect(jurisdictionOn(record('SY'), daySpanOf('2025-07-01'))).toEqual({ level: 'heightened' });
    expect(jurisdictionOn(record('SY'), undefined)).toEqual({ level: 'heightened' });
  });

  it('gives a month or a year that spans the change the stricter level', () => {
    expect(jurisdictionOn(record('SY'), daySpanOf('2025')).level).toBe('comprehensive');
    expect(jurisdictionOn(record('SY'), daySpanOf('2025-07')).level).toBe('heightened');
  });

  it('rates Sudan comprehensive before the US embargo ended on 12 October 2017, heightened after', () => {
    expect(findJurisdictions('Khartoum', { asOf: '2017-10-11' })[0]?.level).toBe('comprehensive');
    expect(findJurisdictions('Khartoum', { asOf: '2017-10-12' })[0]?.level).toBe('heightened');
  });

  it('marks the so-called DNR as not yet embargoed before E.O. 14065 of 21 February 2022', () => {
    expect(findJurisdictions('Donetsk', { asOf: '2022-02-20' })[0]).toMatchObject({
      code: 'UA-14',
      sanctionedFrom: '2022-02-21',
    });
    expect(findJurisdictions('Donetsk', { asOf: '2022-02-21' })[0]?.sanctionedFrom).toBeUndefined();
  });

  it('reads Sudan in its French and Russian spellings, and South Sudan as another country', () => {
    expect(findJurisdictions('Soudan').map((h) => h.code)).toEqual(['SD']);
    expect(findJurisdictions('Хартум, Судан').map((h) => h.code)).toEqual(['SD', 'SD']);
    expect(findJurisdictions('Juba, South Sudan')).toEqual([]);
    expect(findJurisdictions('Juba, Republic of South Sudan; goods via Port Sudan').map((h) => h.matched)).toEqual([
      'Port Sudan',
    ]);
  });

  it('rates every jurisdiction on any date with one of the levels its record holds', () => {
    const day = fc
      .date({ min: new Date(1990, 0, 1), max: new Date(2035, 11, 31), noInvalidDate: true })
      .map(
        (d) =>
          `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`,
      );
    fc.assert(
      fc.property(fc.constantFrom(...JURISDICTIONS), day, (jurisdiction, asOf) => {
        const levels = [jurisdiction.level, ...(jurisdiction.earlier ?? []).map((e) => e.level)];
        const onDate = jurisdictionOn(jurisdiction, daySpanOf(asOf));
        expect(levels).toContain(onDate.level);
        expect(jurisdictionOn(jurisdiction, daySpanOf(asOf))).toEqual(onDate);
      }),
    );
  });
});

describe('screenTransaction rates places on the transaction date', () => {
  let screener: TransactionScreener;
  beforeAll(async () => {
    screener = createTransactionScreener(await loadDefaultList(), { rules: [DUAL_USE_DESTINATION_RULE] });
  });
  const toDamascus = (date: string): TransactionInput => ({
    id: `SY-${date}`,
    date,
    amount: 8000,
    currency: 'EUR',
    parties: [
      { role: 'originator', name: 'Hansa Ventiltechnik GmbH', address: { city: 'Hamburg', country: 'DE' } },
      { role: 'beneficiary', name: 'Al Noor Trading Co', address: { city: 'Damascus', country: 'SY' } },
    ],
  });

  it('blocks a payment to Damascus made while the US embargo on Syria was in force', () => {
    const result = screener.screen(toDamascus('2024-05-13'));
    expect(result.decision).toBe('block');
    const [place] = result.reasons;
    expect(place).toMatchObject({
      kind: 'jurisdiction',
      severity: 'block',
      field: 'parties[1].address.city',
      jurisdiction: { code: 'SY', level: 'comprehensive' },
    });
    expect(place?.message).toContain('on the transaction date (comprehensive until 2025-06-30');
  });

  it('sends the same payment made after the embargo was lifted to review', () => {
    const result = screener.screen(toDamascus('2025-08-01'));
    expect(result.decision).toBe('review');
    expect(result.reasons[0]).toMatchObject({ severity: 'review', jurisdiction: { level: 'heightened' } });
  });

  it('judges a 2025 payment as of an earlier date when asked (a look-back)', () => {
    expect(screener.screen(toDamascus('2025-08-01'), { asOf: '2025-03-01' }).decision).toBe('block');
  });

  it('reports a Donetsk address of a payment made before the regional embargo as info, not a block', () => {
    const result = screener.screen({
      ...toDamascus('2021-11-02'),
      parties: [
        { role: 'originator', name: 'Hansa Ventiltechnik GmbH', address: { country: 'DE' } },
        { role: 'beneficiary', name: 'Donbas Metal Trading LLC', address: { city: 'Donetsk', country: 'UA' } },
      ],
    });
    expect(result.decision).toBe('clear');
    expect(result.reasons[0]).toMatchObject({ kind: 'jurisdiction', severity: 'info' });
    expect(result.reasons[0]?.message).toContain('the measures apply from 2022-02-21, after the transaction date');
  });

  it('flags dual-use goods bought from Havana under the shipped dual-use rule', () => {
    const result = screener.screen({
      ...toDamascus('2024-05-13'),
      parties: [
        { role: 'originator', name: 'Importadora del Caribe S.A.', address: { city: 'La Habana', country: 'CU' } },
        { role: 'beneficiary', name: 'Hansa Ventiltechnik GmbH', address: { country: 'DE' } },
      ],
      goods: [{ description: 'single-board computers', hsCode: '8471.50' }],
    });
    expect(result.decision).toBe('block');
    const rule = result.reasons.find((r) => r.ruleId === 'dual-use-to-sanctioned-destination');
    expect(rule?.message).toContain('to Cuba via parties[0].address');
  });
});
