import { beforeAll, describe, expect, it } from 'vitest';
import type { TransactionInput } from '../../../src/model/transaction.js';
import { linkedToPartyRule, WAGNER_LINK_RULE } from '../../../src/screen/rules/linkedToWagner.js';
import { createTransactionScreener, type TransactionScreener } from '../../../src/screen/screenTransaction.js';
import { loadDefaultList } from '../../../src/sources/defaultList.js';

const pay = (name: string): TransactionInput => ({
  id: 'W-1',
  date: '2024-05-13',
  amount: 20000,
  currency: 'USD',
  parties: [
    { role: 'originator', name: 'Sahel Logistics SARL', address: { city: 'Bamako', country: 'ML' } },
    { role: 'beneficiary', name },
  ],
});

let screener: TransactionScreener;
beforeAll(async () => {
  screener = createTransactionScreener(await loadDefaultList(), {
    rules: [WAGNER_LINK_RULE],
    extraRelationships: [
      {
        from: { name: 'Bangui Logistique SARL' },
        type: 'linkedTo',
        to: { id: 'ofac-sdn:39618', name: 'SEWA SECURITY SERVICES' },
      },
    ],
  });
});

describe('shipped rule wagner-link', () => {
  it('flags SEWA SECURITY SERVICES as linked to Wagner, with the one-hop path', () => {
    const findings = WAGNER_LINK_RULE.evaluate(screener.analyse(pay('SEWA SECURITY SERVICES')));
    const toWagner = findings.find((f) => f.entity?.id === 'ofac-sdn:22543');
    expect(toWagner).toMatchObject({ severity: 'review', field: 'parties[1].name' });
    expect(toWagner?.path).toEqual([
      expect.objectContaining({ from: 'ofac-sdn:39618', type: 'linkedTo', to: 'ofac-sdn:22543' }),
    ]);
  });

  it('flags a user-supplied firm two hops from Wagner through SEWA', () => {
    const result = screener.screen(pay('Bangui Logistique SARL'));
    const rule = result.reasons.find((r) => r.kind === 'rule' && r.ruleId === 'wagner-link');
    expect(rule?.path?.map((s) => s.to)).toEqual(['ofac-sdn:39618', 'ofac-sdn:22543']);
    expect(rule?.message).toContain('within 2 hops');
  });

  it('flags a party that is a Wagner-named organisation without a recorded link (PMC WAGNER CENTER)', () => {
    const findings = WAGNER_LINK_RULE.evaluate(screener.analyse(pay('JOINT STOCK COMPANY PMC WAGNER CENTER')));
    expect(findings.map((f) => f.entity?.id)).toContain('ofac-sdn:47743');
  });

  it('says nothing about a party with no tie to Wagner', () => {
    expect(
      WAGNER_LINK_RULE.evaluate(screener.analyse(pay('DEXIAS INTERNATIONAL PRODUCTS AND TRADE LIMITED COMPANY'))),
    ).toEqual([]);
  });

  it('keeps to its own depth: a one-hop variant ignores the two-hop link', () => {
    const oneHop = linkedToPartyRule({
      id: 'wagner-1',
      description: 'one hop',
      anchorIds: ['ofac-sdn:22543'],
      maxDepth: 1,
    });
    expect(oneHop.evaluate(screener.analyse(pay('Bangui Logistique SARL')))).toEqual([]);
  });
});
