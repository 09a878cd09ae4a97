import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadResult } from '../../../src/model/loadResult.js';
import type { TransactionInput } from '../../../src/model/transaction.js';
import { SHIPPED_RULES } from '../../../src/screen/rules/shippedRules.js';
import type { TransactionRule } from '../../../src/screen/rules/transactionRule.js';
import { createTransactionScreener } from '../../../src/screen/screenTransaction.js';
import { loadDefaultList } from '../../../src/sources/defaultList.js';

// A team's own rule, written as the rule API intends: a plain function over the screened transaction.
const largeToRussia: TransactionRule = {
  id: 'acme:large-ru',
  description: 'payments of 100 000 or more to a party in Russia',
  evaluate: (tx) =>
    tx.transaction.amount >= 100_000 &&
    tx.parties.some((p) => p.party.role === 'beneficiary' && p.countries.includes('RU'))
      ? [{ severity: 'review', field: 'amount', message: 'a payment of 100 000 or more to a party in Russia' }]
      : [],
};

const payment = (amount: number): TransactionInput => ({
  id: 'R-1',
  date: '2024-06-12',
  amount,
  currency: 'EUR',
  parties: [
    { role: 'originator', name: 'Hansa Ventiltechnik GmbH', address: { country: 'DE' } },
    { role: 'beneficiaryBank', bic: 'SABRRUMM' },
    { role: 'beneficiary', name: 'OOO Volga Stanki', address: { city: 'Kazan', country: 'RU' } },
  ],
});

let list: LoadResult;
beforeAll(async () => {
  list = await loadDefaultList();
});

describe('team rules', () => {
  it("runs a team's own rule and reports its findings as rule reasons with the rule's id", () => {
    const screener = createTransactionScreener(list, { rules: [largeToRussia] });
    const result = screener.screen(payment(150_000));
    expect(result.reasons).toContainEqual(
      expect.objectContaining({ kind: 'rule', ruleId: 'acme:large-ru', severity: 'review', field: 'amount' }),
    );
    expect(screener.screen(payment(5_000)).reasons.some((r) => r.ruleId === 'acme:large-ru')).toBe(false);
  });

  it('lets a rule block a payment the built-in checks would only review', () => {
    const blockRussia: TransactionRule = {
      ...largeToRussia,
      id: 'acme:block-ru',
      evaluate: (tx) => largeToRussia.evaluate(tx).map((f) => ({ ...f, severity: 'block' as const })),
    };
    expect(createTransactionScreener(list).screen(payment(150_000)).decision).toBe('review');
    expect(createTransactionScreener(list, { rules: [blockRussia] }).screen(payment(150_000)).decision).toBe('block');
  });

  it('names the rule when a rule fails, rather than hiding the failure', () => {
    const broken: TransactionRule = {
      id: 'acme:broken',
      description: 'throws',
      evaluate: () => {
        throw new TypeError('cannot read amount');
      },
    };
    expect(() => createTransactionScreener(list, { rules: [broken] }).screen(payment(1))).toThrow(
      /transaction rule "acme:broken" failed on transaction R-1: cannot read amount/,
    );
  });

  it('ships three rules with distinct ids and descriptions', () => {
    expect(SHIPPED_RULES.map((r) => r.id)).toEqual([
      'wagner-link',
      'tr-counterparty-russia-belarus',
      'dual-use-to-sanctioned-destination',
    ]);
    expect(SHIPPED_RULES.every((r) => r.description.length > 20)).toBe(true);
  });
});
