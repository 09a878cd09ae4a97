import { beforeAll, describe, expect, it } from 'vitest';
import type { TransactionInput } from '../../../src/model/transaction.js';
import { TURKEY_RUSSIA_BELARUS_RULE } from '../../../src/screen/rules/turkeyCounterparty.js';
import { createTransactionScreener, type TransactionScreener } from '../../../src/screen/screenTransaction.js';
import { loadDefaultList } from '../../../src/sources/defaultList.js';

type Party = TransactionInput['parties'][number];
const pay = (originator: Party, beneficiary: Party): TransactionInput => ({
  id: 'TR-1',
  date: '2024-06-12',
  amount: 30000,
  currency: 'USD',
  parties: [originator, beneficiary],
});
const hamburg: Party = {
  role: 'originator',
  name: 'Hansa Ventiltechnik GmbH',
  address: { city: 'Hamburg', country: 'DE' },
};

let screener: TransactionScreener;
beforeAll(async () => {
  screener = createTransactionScreener(await loadDefaultList(), { rules: [TURKEY_RUSSIA_BELARUS_RULE] });
});

describe('shipped rule tr-counterparty-russia-belarus', () => {
  it('flags a Turkish beneficiary owned by AZU INTERNATIONAL (RUSSIA-EO14024), with the ownership path', () => {
    const context = screener.analyse(
      pay(hamburg, {
        role: 'beneficiary',
        name: 'ORNEK KOPRU DIS TICARET LIMITED SIRKETI',
        address: { city: 'Istanbul', country: 'TR' },
      }),
    );
    const findings = TURKEY_RUSSIA_BELARUS_RULE.evaluate(context);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ field: 'parties[1].name', entity: { id: 'ofac-sdn:42033' } });
    expect(findings[0]?.message).toContain('TR-based ORNEK KOPRU DIS TICARET LIMITED SIRKETI (beneficiary)');
    expect(findings[0]?.path?.[0]).toMatchObject({ type: 'ownedBy', share: 60 });
  });

  it('flags the Istanbul firm of the Rayya network as linked to Belarus-listed parties', () => {
    const findings = TURKEY_RUSSIA_BELARUS_RULE.evaluate(
      screener.analyse(
        pay(hamburg, {
          role: 'beneficiary',
          name: 'RAYYA DANISMANLIK HIZMETLERI LIMITED SIRKETI',
          address: { city: 'Istanbul', country: 'TR' },
        }),
      ),
    );
    const ids = findings.map((f) => f.entity?.id);
    expect(ids).toContain('ofac-sdn:48389');
    expect(ids).toContain('ofac-sdn:48382');
  });

  it('flags a Turkish party paid by a Belarus-listed company', () => {
    const result = screener.screen(
      pay(
        { role: 'originator', name: 'KIDMA TECH OJSC', address: { city: 'Minsk', country: 'BY' } },
        { role: 'beneficiary', name: 'Yildiz Makina Sanayi A.S.', address: { city: 'Izmir', country: 'TR' } },
      ),
    );
    const rule = result.reasons.find((r) => r.ruleId === 'tr-counterparty-russia-belarus');
    expect(rule).toMatchObject({ field: 'parties[1].name', entity: { id: 'ofac-sdn:33397' } });
    expect(rule?.message).toContain('BELARUS-EO14038');
  });

  it('ignores a Russia-listed party when no party is in Turkey', () => {
    const context = screener.analyse(
      pay(hamburg, { role: 'beneficiary', name: 'RADIOAVTOMATIKA LLC', address: { city: 'Moscow', country: 'RU' } }),
    );
    expect(TURKEY_RUSSIA_BELARUS_RULE.evaluate(context)).toEqual([]);
  });
});
