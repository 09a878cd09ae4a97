import { describe, expect, it } from 'vitest';
import { EU_OWNERSHIP_OR_CONTROL_RULE } from '../../src/graph/ownershipRules.data.js';
import type { UserRelationshipInput } from '../../src/graph/userRelationship.js';
import type { TransactionInput } from '../../src/model/transaction.js';
import { exposureOfName } from '../../src/screen/nameExposure.js';
import { createTransactionScreener } from '../../src/screen/screenTransaction.js';
import { createTransactionContext } from '../../src/screen/transactionContext.js';
import { AZU_NAME, seedEntities } from '../graph/seedEntities.js';

// A fictional vendor and its director, as a customer's share register would give them.
const VENDOR = 'Örnek Köprü Dış Ticaret Limited Şirketi';
const register: UserRelationshipInput[] = [
  { from: { name: VENDOR }, type: 'ownedBy', to: { id: 'ofac-sdn:42033', name: AZU_NAME }, share: 60 },
  { from: { name: VENDOR }, type: 'hasDirector', to: { name: 'Ayşe Demir', schema: 'Person' } },
];
const screener = createTransactionScreener(seedEntities(), { extraRelationships: register });
const payTo = (name: string): TransactionInput => ({
  id: 'U-1',
  date: '2024-06-12',
  amount: 9800,
  currency: 'EUR',
  parties: [
    { role: 'originator', name: 'Hansa Ventiltechnik GmbH', address: { country: 'DE' } },
    { role: 'beneficiary', name, address: { city: 'Istanbul', country: 'TR' } },
  ],
});

describe('parties of user-supplied relationships in payments', () => {
  it('finds the vendor under the spelling of the payment ("LTD STI", no diacritics) and blocks it by the 50% rule', () => {
    const result = screener.screen(payTo('ORNEK KOPRU DIS TICARET LTD STI'));
    expect(result.decision).toBe('block');
    expect(result.reasons[0]).toMatchObject({
      kind: 'ownership',
      field: 'parties[1].name',
      path: [expect.objectContaining({ fromName: VENDOR, type: 'ownedBy', share: 60, to: 'ofac-sdn:42033' })],
    });
  });

  it("reaches AZU two hops from the vendor's director, for review", () => {
    const result = screener.screen(payTo('AYSE DEMIR'));
    expect(result.decision).toBe('review');
    expect(result.reasons.find((r) => r.kind === 'exposure')?.message).toContain(
      `Ayşe Demir → director of → ${VENDOR} → owned by (60%) → ${AZU_NAME}`,
    );
  });

  it('does not take another Örnek firm for the vendor', () => {
    expect(screener.screen(payTo('ORNEK LIMAN LOJISTIK ANONIM SIRKETI')).decision).toBe('clear');
  });

  it("blocks a firm whose director is listed under the EU's ownership-or-control rule, where OFAC's only reviews", () => {
    const directed: UserRelationshipInput[] = [
      { from: { name: 'Sahel Guvenlik Hizmetleri' }, type: 'hasDirector', to: { id: 'ofac-sdn:22544', name: 'UTKIN' } },
    ];
    const eu = createTransactionScreener(seedEntities(), {
      extraRelationships: directed,
      ownershipRule: EU_OWNERSHIP_OR_CONTROL_RULE,
    });
    const ofac = createTransactionScreener(seedEntities(), { extraRelationships: directed });
    const euResult = eu.screen(payTo('Sahel Guvenlik Hizmetleri'));
    expect(euResult.decision).toBe('block');
    expect(euResult.reasons[0]?.message).toContain('controlled by UTKIN, Dmitriy Valeryevich');
    expect(euResult.reasons[0]?.message).toContain('EU ownership or control');
    const ofacResult = ofac.screen(payTo('Sahel Guvenlik Hizmetleri'));
    expect(ofacResult.decision).toBe('review');
    expect(ofacResult.reasons[0]?.message).toContain('the OFAC 50% rule does not count control');
  });
});

describe('exposureOfName: the exposure of a screening query', () => {
  const context = createTransactionContext(screener.screener, { graph: screener.graph });

  it('finds Wagner one hop from "Sewa Security Services", with the path and relationship types', () => {
    const { matches, exposed } = exposureOfName(context, { name: 'Sewa Security Services' });
    expect(exposed).toBe(true);
    expect(matches[0]).toMatchObject({ entity: { id: 'ofac-sdn:39618' }, listedParty: true });
    expect(matches[0]?.exposure[0]).toMatchObject({
      depth: 1,
      relationshipTypes: ['linkedTo'],
      node: { id: 'ofac-sdn:22543' },
    });
  });

  it('explains a vendor of the share register: blocked by ownership, AZU one hop away', () => {
    const [vendor] = exposureOfName(context, { name: 'Ornek Kopru Dis Ticaret' }).matches;
    expect(vendor).toMatchObject({ listedParty: false, exposed: true, entity: { source: { list: 'graph' } } });
    expect(vendor?.ownership).toMatchObject({ status: 'blocked-by-rule', aggregateShare: 60 });
    expect(vendor?.exposure.map((h) => h.node.id)).toEqual(['ofac-sdn:42033']);
  });

  it('judges listings on a date: UTKIN, listed on 20 June 2017, is not exposure the day before', () => {
    const before = exposureOfName(context, { name: 'SEWA SECURITY SERVICES' }, { asOf: '2017-06-19' });
    expect(before.matches[0]?.exposure.map((h) => h.node.id)).not.toContain('ofac-sdn:22544');
    const after = exposureOfName(context, { name: 'SEWA SECURITY SERVICES' }, { asOf: '2017-06-20' });
    expect(after.matches[0]?.exposure.map((h) => h.node.id)).toContain('ofac-sdn:22544');
  });

  it('offers the nearest candidates when nothing matches, and reports no exposure', () => {
    const found = exposureOfName(context, { name: 'Van der Berg Kantoormeubelen B.V.' });
    expect(found).toMatchObject({ matches: [], exposed: false });
  });

  it('refuses an as-of date it cannot read, naming it', () => {
    expect(() => exposureOfName(context, { name: 'SEWA' }, { asOf: 'next week' })).toThrow(/asOf/);
  });
});
