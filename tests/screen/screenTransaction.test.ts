import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/buildGraph.js';
import { exposure } from '../../src/graph/exposure.js';
import type { RelationshipGraph } from '../../src/graph/relationshipGraph.js';
import type { LoadResult } from '../../src/model/loadResult.js';
import type { TransactionInput } from '../../src/model/transaction.js';
import { parseMt103 } from '../../src/screen/messages/mt103.js';
import { parsePacs008 } from '../../src/screen/messages/pacs008.js';
import { SHIPPED_RULES } from '../../src/screen/rules/shippedRules.js';
import type { TransactionReason } from '../../src/screen/screenedTransaction.js';
import {
  createTransactionScreener,
  screenTransaction,
  type TransactionScreener,
} from '../../src/screen/screenTransaction.js';
import { loadDefaultList } from '../../src/sources/defaultList.js';
import { fixturePath, hasShared, parseSharedOfacSet, sharedPath } from '../helpers/sharedLists.js';

const fixture = (name: string) => readFileSync(fixturePath(`tx/${name}`), 'utf8');
const json = (name: string) => JSON.parse(fixture(name)) as TransactionInput;
const ofKind = (reasons: readonly TransactionReason[], kind: TransactionReason['kind']) =>
  reasons.filter((r) => r.kind === kind);

/** A payment from a Hamburg firm to one beneficiary, for tests that vary only the beneficiary. */
function paymentTo(beneficiary: TransactionInput['parties'][number], extra: Partial<TransactionInput> = {}) {
  return {
    id: 'T-1',
    date: '2024-06-12',
    amount: 1000,
    currency: 'EUR',
    parties: [
      { role: 'originator', name: 'Hansa Ventiltechnik GmbH', address: { city: 'Hamburg', country: 'DE' } },
      beneficiary,
    ],
    ...extra,
  } satisfies TransactionInput;
}

let screener: TransactionScreener;
beforeAll(async () => {
  screener = createTransactionScreener(await loadDefaultList());
});

describe('screenTransaction on the embedded list', () => {
  it('blocks a pacs.008 paying a firm 60% owned by AZU INTERNATIONAL, with the ownership path', () => {
    const [toOrnek, toFurniture] = parsePacs008(fixture('pacs008-ornek-kopru.xml'));
    const result = screener.screen(toOrnek!);
    expect(result.decision).toBe('block');
    const [ownership] = ofKind(result.reasons, 'ownership');
    expect(ownership).toMatchObject({ severity: 'block', field: 'parties[1].name' });
    expect(ownership?.message).toContain('owned 60% in aggregate');
    expect(ownership?.message).toContain('OFAC 50% rule');
    expect(ownership?.path).toEqual([
      expect.objectContaining({ from: 'demo:ORNEK-KOPRU', type: 'ownedBy', share: 60, to: 'ofac-sdn:42033' }),
    ]);
    expect(ownership?.ownership).toMatchObject({ aggregateShare: 60, threshold: 50 });
    // The firm itself is not a listed party: its name match is context, not the reason it is blocked.
    expect(ofKind(result.reasons, 'name-match').every((r) => r.severity === 'info')).toBe(true);
    expect(screener.screen(toFurniture!).decision).toBe('clear');
  });

  it('blocks an MT103 paying the same firm, written with an abbreviated Turkish legal form', () => {
    const result = screener.screen(parseMt103(fixture('mt103-ornek-kopru.txt')));
    expect(result.decision).toBe('block');
    const [ownership] = ofKind(result.reasons, 'ownership');
    expect(ownership?.field).toBe('parties[4].name');
    expect(ownership?.path?.[0]).toMatchObject({ to: 'ofac-sdn:42033', share: 60 });
  });

  it('adds the shares of two blocked owners: 30% AZU + 25% DEXIAS blocks ORNEK LIMAN', () => {
    const result = screener.screen(
      paymentTo({ role: 'beneficiary', name: 'ORNEK LIMAN LOJISTIK ANONIM SIRKETI', address: { country: 'TR' } }),
    );
    expect(result.decision).toBe('block');
    const [ownership] = ofKind(result.reasons, 'ownership');
    expect(ownership?.ownership?.aggregateShare).toBe(55);
    expect(ownership?.ownership?.contributions.map((c) => [c.ownerId, c.share])).toEqual([
      ['ofac-sdn:42033', 30],
      ['ofac-sdn:41936', 25],
    ]);
  });

  it('blocks a payment to DEXIAS identified only by its Turkish tax id', () => {
    const result = screener.screen(json('dexias-by-tax-id.json'));
    expect(result.decision).toBe('block');
    const [identifier] = ofKind(result.reasons, 'identifier');
    expect(identifier).toMatchObject({
      severity: 'block',
      field: 'parties[2].identifiers[0]',
      entity: { id: 'ofac-sdn:41936' },
    });
    expect(identifier?.message).toContain('2931074985');
  });

  it('blocks a beneficiary whose address is in Sevastopol, written in Cyrillic', () => {
    const result = screener.screen(json('sevastopol-cyrillic.json'));
    expect(result.decision).toBe('block');
    const [place] = ofKind(result.reasons, 'jurisdiction');
    expect(place).toMatchObject({
      severity: 'block',
      field: 'parties[1].address.city',
      jurisdiction: { code: 'UA-40', matched: 'Севастополь', level: 'regional-comprehensive' },
    });
  });

  it('sends a payment whose remittance information names the Wagner Group to review', () => {
    const result = screener.screen(json('wagner-free-text.json'));
    expect(result.decision).toBe('review');
    const hits = ofKind(result.reasons, 'free-text');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]).toMatchObject({ severity: 'review', field: 'remittanceInformation' });
    expect(hits.map((h) => h.entity?.id)).toContain('ofac-sdn:22543');
    expect(hits[0]?.message).toContain('WAGNER');
  });

  it('finds no listed name in ordinary payment wording', () => {
    const result = screener.screen(
      paymentTo(
        { role: 'beneficiary', name: 'Van der Berg Kantoormeubelen B.V.', address: { country: 'NL' } },
        { remittanceInformation: 'PAYMENT FOR SERVICES RENDERED, INVOICE 2024-118 INDUSTRIAL VALVES, GROUP ORDER' },
      ),
    );
    expect(ofKind(result.reasons, 'free-text')).toEqual([]);
    expect(result.decision).toBe('clear');
  });

  it('clears an ordinary payment for office chairs between Hamburg and Rotterdam', () => {
    const result = screener.screen(json('clean-office-chairs.json'));
    expect(result.decision).toBe('clear');
    expect(result.reasons.filter((r) => r.severity !== 'info')).toEqual([]);
    expect(result.listVersions?.[0]).toMatchObject({ list: 'default', entities: 51 });
  });

  it('sends dual-use integrated circuits paid for from Moscow to review', () => {
    const result = screener.screen(json('dual-use-to-russia.json'));
    expect(result.decision).toBe('review');
    const [goods] = ofKind(result.reasons, 'goods');
    expect(goods).toMatchObject({ severity: 'review', field: 'goods[0].hsCode', jurisdiction: { code: 'RU' } });
    expect(goods?.message).toContain('8542');
  });

  it('reports a heightened jurisdiction in an address for review, not as a block', () => {
    const result = screener.screen(
      paymentTo({ role: 'beneficiary', name: 'OOO Severnaya Elektronika', address: { city: 'Moscow', country: 'RU' } }),
    );
    expect(result.decision).toBe('review');
    expect(ofKind(result.reasons, 'jurisdiction')[0]).toMatchObject({
      severity: 'review',
      jurisdiction: { code: 'RU' },
    });
  });

  it('blocks a confirmed name match of a listed party and explains it', () => {
    const result = screener.screen(paymentTo({ role: 'beneficiary', name: 'SEWA SECURITY SERVICES' }));
    expect(result.decision).toBe('block');
    const [match] = ofKind(result.reasons, 'name-match');
    expect(match).toMatchObject({ severity: 'block', field: 'parties[1].name', entity: { id: 'ofac-sdn:39618' } });
    expect(match?.explanation?.length).toBeGreaterThan(0);
    // A listed party blocks in its own right; its links are not repeated as exposure.
    expect(ofKind(result.reasons, 'exposure')).toEqual([]);
  });
});

describe('screenTransaction with relationships the user supplies', () => {
  let withLinks: TransactionScreener;
  beforeAll(async () => {
    withLinks = createTransactionScreener(await loadDefaultList(), {
      extraRelationships: [
        {
          from: { name: 'Bangui Logistique SARL' },
          type: 'linkedTo',
          to: { id: 'ofac-sdn:39618', name: 'SEWA SECURITY SERVICES' },
        },
        {
          from: { name: 'Anadolu Elektronik Sanayi A.S.' },
          type: 'ownedBy',
          to: { id: 'ofac-sdn:41936', name: 'DEXIAS INTERNATIONAL PRODUCTS AND TRADE LIMITED COMPANY' },
        },
      ],
    });
  });

  it('sends a party linked to a listed party to review, with the path to Wagner two hops away', () => {
    const result = withLinks.screen(paymentTo({ role: 'beneficiary', name: 'Bangui Logistique SARL' }));
    expect(result.decision).toBe('review');
    const exposure = ofKind(result.reasons, 'exposure');
    expect(exposure.map((r) => r.entity?.id)).toEqual(expect.arrayContaining(['ofac-sdn:39618', 'ofac-sdn:22543']));
    const toWagner = exposure.find((r) => r.entity?.id === 'ofac-sdn:22543');
    expect(toWagner?.path?.map((s) => s.toName)).toEqual([
      'SEWA SECURITY SERVICES',
      "PRIVATE MILITARY COMPANY 'WAGNER'",
    ]);
    expect(toWagner?.message).toContain(
      "Bangui Logistique SARL → linked to → SEWA SECURITY SERVICES → linked to → PRIVATE MILITARY COMPANY 'WAGNER'",
    );
  });

  it('sends a firm owned by a listed party in an unknown share to review', () => {
    const result = withLinks.screen(paymentTo({ role: 'beneficiary', name: 'Anadolu Elektronik Sanayi A.S.' }));
    expect(result.decision).toBe('review');
    const [ownership] = ofKind(result.reasons, 'ownership');
    expect(ownership).toMatchObject({ severity: 'review' });
    expect(ownership?.message).toContain('share unknown');
  });
});

describe('screenTransaction as a plain function', () => {
  it('screens with a screener it is given and validates the transaction first', async () => {
    const { screener: names } = createTransactionScreener(await loadDefaultList());
    const result = screenTransaction(json('sevastopol-cyrillic.json'), { screener: names });
    expect(result.decision).toBe('block');
    expect(() =>
      screenTransaction({ ...json('clean-office-chairs.json'), date: '2024-02-30' }, { screener: names }),
    ).toThrow(/date: not a calendar date/);
    expect(() => screenTransaction(json('clean-office-chairs.json'), { screener: names, asOf: 'soon' })).toThrow(
      /asOf: "soon" is not a date/,
    );
  });
});

describe.skipIf(!hasShared)('relationships in the OFAC SDN CSV set (real ../shared/lists files)', () => {
  let sdn: LoadResult;
  let graph: RelationshipGraph;
  beforeAll(async () => {
    sdn = await parseSharedOfacSet({ source: { publishedAt: '2024-05-03' } });
    graph = buildGraph(sdn.entities);
  }, 120_000);

  it('finds every party "Linked To" Wagner in the 2024-05 sdn.csv, with its one-hop path', () => {
    const rows = readFileSync(sharedPath('ofac/legacy_csv_2024-05/sdn.csv'), 'latin1').split('\n');
    const uids = rows
      .filter((row) => row.includes("Linked To: PRIVATE MILITARY COMPANY 'WAGNER'"))
      .map((row) => /^(\d+),/.exec(row)?.[1]);
    expect(uids).toHaveLength(18);
    for (const uid of uids) {
      const hit = exposure(graph, `ofac-sdn:${uid}`, { maxDepth: 1 }).find((h) => h.node.id === 'ofac-sdn:22543');
      expect(hit?.path, `ofac-sdn:${uid}`).toEqual([
        expect.objectContaining({ from: `ofac-sdn:${uid}`, type: 'linkedTo', to: 'ofac-sdn:22543' }),
      ]);
    }
    const fromWagner = exposure(graph, 'ofac-sdn:22543', { maxDepth: 1 }).map((h) => h.node.id);
    expect(fromWagner).toEqual(expect.arrayContaining(uids.map((uid) => `ofac-sdn:${uid}`)));
  });

  it('connects the Rayya network: every partner of the Istanbul firm 48389 within four hops', () => {
    const found = new Map(exposure(graph, 'ofac-sdn:48389', { maxDepth: 4 }).map((h) => [h.node.id, h]));
    const partners = ['48380', '48382', '48383', '48384', '48385', '48386', '48387', '48388', '48390', '33397'];
    for (const uid of partners) expect(found.has(`ofac-sdn:${uid}`), uid).toBe(true);
    expect(found.get('ofac-sdn:48382')?.depth).toBe(1);
    expect(found.get('ofac-sdn:48390')?.path.map((s) => s.to)).toEqual([
      'ofac-sdn:48382',
      'ofac-sdn:48380',
      'ofac-sdn:48384',
      'ofac-sdn:48390',
    ]);
  });

  it('blocks a payment to the Rayya firm and the Turkish-counterparty rule shows its Belarus links', () => {
    const screener = createTransactionScreener(sdn, { rules: SHIPPED_RULES });
    const result = screener.screen(
      paymentTo({
        role: 'beneficiary',
        name: 'RAYYA DANISMANLIK HIZMETLERI LTD STI',
        address: { city: 'Istanbul', country: 'TR' },
      }),
    );
    expect(result.decision).toBe('block');
    expect(result.reasons[0]).toMatchObject({ kind: 'name-match', entity: { id: 'ofac-sdn:48389' } });
    const rule = result.reasons.filter((r) => r.ruleId === 'tr-counterparty-russia-belarus');
    expect(rule.map((r) => r.entity?.id)).toEqual(expect.arrayContaining(['ofac-sdn:48389', 'ofac-sdn:48382']));
    expect(screener.screen(json('wagner-free-text.json')).reasons.some((r) => r.kind === 'free-text')).toBe(true);
    expect(screener.screen(json('clean-office-chairs.json')).decision).toBe('clear');
  }, 120_000);
});
