import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TransactionInput } from '../../../src/model/transaction.js';
import { DUAL_USE_DESTINATION_RULE } from '../../../src/screen/rules/dualUseDestination.js';
import { createTransactionScreener, type TransactionScreener } from '../../../src/screen/screenTransaction.js';
import { loadDefaultList } from '../../../src/sources/defaultList.js';
import { fixturePath } from '../../helpers/sharedLists.js';

const dualUseToRussia = JSON.parse(readFileSync(fixturePath('tx/dual-use-to-russia.json'), 'utf8')) as TransactionInput;

let screener: TransactionScreener;
beforeAll(async () => {
  screener = createTransactionScreener(await loadDefaultList(), { rules: [DUAL_USE_DESTINATION_RULE] });
});

describe('shipped rule dual-use-to-sanctioned-destination', () => {
  it('flags integrated circuits (HS 8542.31) bought from Moscow', () => {
    const findings = DUAL_USE_DESTINATION_RULE.evaluate(screener.analyse(dualUseToRussia));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'review', field: 'goods[0].hsCode' });
    expect(findings[0]?.message).toContain('Russia via parties[0].address');
  });

  it('flags dual-use goods whose stated destination is Crimea', () => {
    const toCrimea = {
      ...dualUseToRussia,
      parties: [
        { role: 'originator', name: 'Elektronik Bauteile Handel GmbH', address: { country: 'DE' } },
        { role: 'beneficiary', name: 'Mare Nostrum Trading LLC', address: { country: 'AE' } },
      ],
      goods: [{ description: 'navigation receivers', hsCode: '9014.20', destinationCountry: 'UA' }],
      countries: [],
    } satisfies TransactionInput;
    // Ukraine as a whole is not sanctioned: without a region the rule stays quiet ...
    expect(DUAL_USE_DESTINATION_RULE.evaluate(screener.analyse(toCrimea))).toEqual([]);
    // ... and a buyer in Simferopol makes the same goods go to an occupied region.
    const simferopol = {
      ...toCrimea,
      parties: [
        { role: 'originator', name: 'Mare Nostrum Trading LLC', address: { city: 'Simferopol' } },
        { role: 'beneficiary', name: 'Elektronik Bauteile Handel GmbH', address: { country: 'DE' } },
      ],
      goods: [{ description: 'navigation receivers', hsCode: '9014.20' }],
    } satisfies TransactionInput;
    const [finding] = DUAL_USE_DESTINATION_RULE.evaluate(screener.analyse(simferopol));
    expect(finding?.message).toContain('Crimea');
  });

  it('says nothing about dual-use goods bought from the Netherlands', () => {
    const toNetherlands = {
      ...dualUseToRussia,
      parties: [
        { role: 'originator', name: 'Van der Berg Elektronica B.V.', address: { city: 'Eindhoven', country: 'NL' } },
        { role: 'beneficiary', name: 'Elektronik Bauteile Handel GmbH', address: { country: 'DE' } },
      ],
    } satisfies TransactionInput;
    expect(DUAL_USE_DESTINATION_RULE.evaluate(screener.analyse(toNetherlands))).toEqual([]);
  });

  it('says nothing about goods outside the dual-use table going to Russia', () => {
    const chairs = {
      ...dualUseToRussia,
      goods: [{ description: 'office chairs', hsCode: '9401.31' }],
    } satisfies TransactionInput;
    expect(DUAL_USE_DESTINATION_RULE.evaluate(screener.analyse(chairs))).toEqual([]);
  });
});
