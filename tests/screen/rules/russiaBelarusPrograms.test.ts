import { describe, expect, it } from 'vitest';
import { EntitySchema } from '../../../src/model/entity.js';
import type { TransactionInput } from '../../../src/model/transaction.js';
import { RUSSIA_BELARUS_PROGRAMS } from '../../../src/screen/rules/programs.data.js';
import { hasProgram } from '../../../src/screen/rules/ruleHelpers.js';
import { TURKEY_RUSSIA_BELARUS_RULE } from '../../../src/screen/rules/turkeyCounterparty.js';
import { createTransactionScreener } from '../../../src/screen/screenTransaction.js';

const withPrograms = (...programs: string[]) => ({ programs }) as Parameters<typeof hasProgram>[0];

describe('the Russia and Belarus programs of every loaded list', () => {
  it.each([
    ['OFAC SDN', 'RUSSIA-EO14024'],
    ['OFAC SDN', 'BELARUS-EO14038'],
    ['OFAC SDN', 'UKRAINE-EO13662'],
    ['OFAC SDN', 'CAATSA - RUSSIA'],
    ['UK FCDO and OFSI', 'Russia'],
    ['UK FCDO and OFSI', 'Belarus'],
    ['Canada SEMA', 'CA-SEMA-RUSSIA'],
    ['Canada SEMA', 'CA-SEMA-BELARUS'],
    ['Canada SEMA', 'CA-SEMA-UKRAINE'],
    ['Australia DFAT', 'Autonomous (Russia)'],
    ['Australia DFAT', 'Autonomous (Ukraine)'],
    ['EU FSF', 'UKR'],
    ['EU FSF', 'BLR'],
    ['OpenSanctions', 'GB-RUS'],
    ['OpenSanctions', 'EU-UKR'],
    ['OpenSanctions', 'AU-RUSSIA'],
    ['OpenSanctions', 'US-RUSHAR'],
    ['OpenSanctions', 'NZ-RSA2022'],
    ['OpenSanctions', 'SECO-UKRAINE'],
  ])('recognises the %s program %s', (_list, program) => {
    expect(hasProgram(withPrograms(program), RUSSIA_BELARUS_PROGRAMS)).toBe(true);
  });

  it.each([
    'CA-SEMA-IRAN',
    'CA-SEMA-HAMAS',
    'CA-JVCFOR',
    'CA-SEMA',
    'Autonomous (Iran)',
    'IRAN',
    'SDGT',
    'SYRIA',
    'Iran (Nuclear)',
    'UA-WS-MILIND',
    'EUHR',
  ])('does not take %s for a Russia or Belarus program', (program) => {
    expect(hasProgram(withPrograms(program), RUSSIA_BELARUS_PROGRAMS)).toBe(false);
  });
});

describe('shipped rule tr-counterparty-russia-belarus on Canada SEMA listings', () => {
  // As the Canada SEMA consolidated list gives them (../shared/lists/canada, loaded by src/sources/canada).
  const canada = { list: 'ca-sema', name: 'Canada Consolidated Autonomous Sanctions List' };
  const belaruskali = EntitySchema.parse({
    id: 'ca-sema:belarus-1-2-15',
    sourceId: 'belarus-1-2-15',
    source: canada,
    schema: 'LegalEntity',
    names: [{ full: 'Belaruskali OAO', kind: 'primary' }],
    countries: ['BY'],
    programs: ['CA-SEMA-BELARUS'],
    listedOn: { date: '2022-03-08' },
  });
  const wagner = EntitySchema.parse({
    id: 'ca-sema:russia-1-2-88',
    sourceId: 'russia-1-2-88',
    source: canada,
    schema: 'LegalEntity',
    names: [
      { full: 'Wagner', kind: 'primary' },
      { full: 'Vagner', kind: 'alias' },
    ],
    countries: ['RU'],
    programs: ['CA-SEMA-RUSSIA'],
    listedOn: { date: '2022-02-24' },
  });
  const screener = createTransactionScreener([belaruskali, wagner], { rules: [TURKEY_RUSSIA_BELARUS_RULE] });
  const potashSale = (date: string): TransactionInput => ({
    id: `BK-${date}`,
    date,
    amount: 240_000,
    currency: 'USD',
    parties: [
      { role: 'originator', name: 'Belaruskali OAO', address: { city: 'Soligorsk', country: 'BY' } },
      { role: 'beneficiary', name: 'Mersin Gubre Ticaret A.S.', address: { city: 'Mersin', country: 'TR' } },
    ],
  });

  it('flags a Turkish party paid by Belaruskali, listed by Canada under CA-SEMA-BELARUS', () => {
    const result = screener.screen(potashSale('2022-06-01'));
    const finding = result.reasons.find((r) => r.ruleId === 'tr-counterparty-russia-belarus');
    expect(finding).toMatchObject({ field: 'parties[1].name', entity: { id: 'ca-sema:belarus-1-2-15' } });
    expect(finding?.message).toContain('CA-SEMA-BELARUS');
  });

  it('stays quiet for the same payment made the day before Canada listed Belaruskali (8 March 2022)', () => {
    const result = screener.screen(potashSale('2022-03-07'));
    expect(result.reasons.some((r) => r.ruleId === 'tr-counterparty-russia-belarus')).toBe(false);
    expect(result.reasons.find((r) => r.kind === 'not-yet-listed')).toMatchObject({
      severity: 'info',
      field: 'parties[0].name',
      listedOn: { date: '2022-03-08' },
    });
  });

  it('flags a Turkish beneficiary paid by Canada-listed Wagner (CA-SEMA-RUSSIA)', () => {
    const result = screener.screen({
      ...potashSale('2023-02-01'),
      parties: [
        { role: 'originator', name: 'Wagner', address: { country: 'RU' } },
        { role: 'beneficiary', name: 'Anadolu Lojistik A.S.', address: { country: 'TR' } },
      ],
    });
    expect(result.reasons.find((r) => r.ruleId === 'tr-counterparty-russia-belarus')?.entity?.id).toBe(
      'ca-sema:russia-1-2-88',
    );
  });
});
