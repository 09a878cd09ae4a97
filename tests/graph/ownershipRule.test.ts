import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { buildGraph } from '../../src/graph/buildGraph.js';
import type { GraphNode } from '../../src/graph/graphTypes.js';
import { blockedByOwnership, ownershipStatus } from '../../src/graph/ownershipRule.js';
import { EU_OWNERSHIP_OR_CONTROL_RULE, OFAC_50_PERCENT_RULE } from '../../src/graph/ownershipRules.data.js';
import { AZU_NAME, company, DEXIAS_NAME, sdn, seedEntities } from './seedEntities.js';

const AZU = 'ofac-sdn:42033';
const DEXIAS = 'ofac-sdn:41936';
const ownedBy = (targetId: string, targetName: string, share?: number) => ({
  type: 'ownedBy' as const,
  targetId,
  targetName,
  ...(share !== undefined ? { share } : {}),
});
// Only the OFAC SDN entries are blocked persons; the fictional `demo:` companies are not.
const isSdn = (node: GraphNode) => node.entity?.source.list === 'ofac-sdn';

describe('the OFAC 50% rule', () => {
  it('blocks a vendor a user says is 60% owned by AZU INTERNATIONAL, with the path to AZU', () => {
    const graph = buildGraph(seedEntities(), {
      extraRelationships: [
        {
          from: { name: 'Örnek Köprü Dış Ticaret' },
          type: 'ownedBy',
          to: { id: AZU, name: 'AZU INTERNATIONAL' },
          share: 60,
        },
      ],
    });
    const { blocked } = blockedByOwnership(graph, { isBlocked: isSdn });
    expect(blocked).toHaveLength(1);
    expect(blocked[0]).toMatchObject({
      entityId: 'user:ornek-kopru-dis-ticaret',
      status: 'blocked-by-rule',
      blocked: true,
      reason: 'ownership',
      aggregateShare: 60,
      rule: 'OFAC 50% rule',
      contributions: [{ ownerId: AZU, ownerName: AZU_NAME, share: 60, ownerStatus: 'listed' }],
    });
    expect(blocked[0]?.contributions[0]?.path).toEqual([
      expect.objectContaining({ from: 'user:ornek-kopru-dis-ticaret', type: 'ownedBy', to: AZU, share: 60 }),
    ]);
  });

  it('adds up two blocked owners: 30% AZU + 25% DEXIAS = 55% blocks ORNEK LIMAN', () => {
    const graph = buildGraph([
      ...seedEntities(),
      company('ORNEK-LIMAN', 'ORNEK LIMAN LOJISTIK ANONIM SIRKETI', [
        ownedBy(AZU, AZU_NAME, 30),
        ownedBy(DEXIAS, DEXIAS_NAME, 25),
      ]),
    ]);
    const status = ownershipStatus(graph, 'demo:ORNEK-LIMAN', { isBlocked: isSdn });
    expect(status).toMatchObject({ blocked: true, status: 'blocked-by-rule', aggregateShare: 55 });
    expect(status.contributions.map((c) => [c.ownerId, c.share, c.ownerStatus])).toEqual([
      [AZU, 30, 'listed'],
      [DEXIAS, 25, 'listed'],
    ]);
  });

  it('does not block at 30% + 15% = 45%, but reports it below the threshold with the 45% figure', () => {
    const graph = buildGraph([
      ...seedEntities(),
      company('ORNEK-ACENTE', 'ORNEK ACENTE', [ownedBy(AZU, AZU_NAME, 30), ownedBy(DEXIAS, DEXIAS_NAME, 15)]),
    ]);
    const { blocked, atRisk } = blockedByOwnership(graph, { isBlocked: isSdn });
    expect(blocked).toEqual([]);
    expect(atRisk).toEqual([
      expect.objectContaining({
        entityId: 'demo:ORNEK-ACENTE',
        status: 'not-blocked',
        blocked: false,
        belowThreshold: true,
        aggregateShare: 45,
      }),
    ]);
  });

  it('blocks down a chain without multiplying: AZU → 60% → B → 60% → C blocks both B and C', () => {
    const graph = buildGraph([
      ...seedEntities(),
      company('B', 'ORNEK B', [ownedBy(AZU, AZU_NAME, 60)]),
      company('C', 'ORNEK C', [ownedBy('demo:B', 'ORNEK B', 60)]),
    ]);
    const { blocked } = blockedByOwnership(graph, { isBlocked: isSdn });
    expect(blocked.map((s) => s.entityId)).toEqual(['demo:B', 'demo:C']);
    const c = blocked[1]!;
    // 60% of 60% is 36%, yet OFAC counts B, itself blocked, with its full 60%.
    expect(c.aggregateShare).toBe(60);
    expect(c.contributions[0]).toMatchObject({ ownerId: 'demo:B', ownerStatus: 'blocked-by-rule' });
    expect(c.contributions[0]?.path.map((s) => `${s.from} ${s.type} ${s.share}% ${s.to}`)).toEqual([
      'demo:C ownedBy 60% demo:B',
      `demo:B ownedBy 60% ${AZU}`,
    ]);
  });

  it('ends on an ownership cycle: A and B owning 60% of each other block neither, until a blocked owner holds A', () => {
    const cycle = [
      company('A', 'ORNEK A', [ownedBy('demo:B', 'ORNEK B', 60)]),
      company('B', 'ORNEK B', [ownedBy('demo:A', 'ORNEK A', 60)]),
    ];
    expect(blockedByOwnership(buildGraph([...seedEntities(), ...cycle]), { isBlocked: isSdn }).blocked).toEqual([]);

    const held = [company('A', 'ORNEK A', [ownedBy('demo:B', 'ORNEK B', 60), ownedBy(AZU, AZU_NAME, 50)]), cycle[1]!];
    const { blocked } = blockedByOwnership(buildGraph([...seedEntities(), ...held]), { isBlocked: isSdn });
    expect(blocked.map((s) => [s.entityId, s.aggregateShare])).toEqual([
      ['demo:A', 110],
      ['demo:B', 60],
    ]);
  });

  it('reports an owner with no stated share as a risk, counting it neither as 0 nor as 100', () => {
    const graph = buildGraph([
      ...seedEntities(),
      company('UNKNOWN', 'ORNEK BILINMEYEN', [ownedBy(AZU, AZU_NAME)]),
      company('SUB', 'ORNEK ISTIRAK', [{ type: 'subsidiaryOf', targetId: DEXIAS, targetName: DEXIAS_NAME }]),
    ]);
    const { blocked, atRisk } = blockedByOwnership(graph, { isBlocked: isSdn });
    expect(blocked).toEqual([]);
    expect(
      atRisk.map((s) => [s.entityId, s.aggregateShare, s.belowThreshold, s.unknownShares.map((u) => u.risk)]),
    ).toEqual([
      ['demo:UNKNOWN', 0, false, [`owned by blocked ${AZU_NAME}, share unknown`]],
      ['demo:SUB', 0, false, [`a subsidiary of blocked ${DEXIAS_NAME}, share unknown`]],
    ]);
  });

  it('keeps the known share when the same owner also appears without one', () => {
    const graph = buildGraph([
      ...seedEntities(),
      company('BOTH', 'ORNEK IKI KAYIT', [ownedBy(AZU, AZU_NAME), ownedBy(AZU, AZU_NAME, 51)]),
    ]);
    expect(ownershipStatus(graph, 'demo:BOTH', { isBlocked: isSdn })).toMatchObject({
      blocked: true,
      aggregateShare: 51,
      unknownShares: [],
    });
  });

  it('explains a listed party as listed, and refuses an id it does not hold', () => {
    const graph = buildGraph(seedEntities());
    expect(ownershipStatus(graph, AZU, { isBlocked: isSdn })).toMatchObject({ status: 'listed', blocked: true });
    expect(() => ownershipStatus(graph, 'demo:NOBODY')).toThrow(InputError);
  });
});

describe('the EU ownership-or-control rule', () => {
  const halfOwned = () => buildGraph([...seedEntities(), company('HALF', 'ORNEK YARI', [ownedBy(AZU, AZU_NAME, 50)])]);

  it('does not block at exactly 50%, where the OFAC rule does', () => {
    const graph = halfOwned();
    expect(ownershipStatus(graph, 'demo:HALF', { isBlocked: isSdn, rule: EU_OWNERSHIP_OR_CONTROL_RULE })).toMatchObject(
      {
        blocked: false,
        belowThreshold: true,
        aggregateShare: 50,
        rule: 'EU ownership or control',
      },
    );
    expect(ownershipStatus(graph, 'demo:HALF', { isBlocked: isSdn, rule: OFAC_50_PERCENT_RULE }).blocked).toBe(true);
  });

  it('blocks a company whose director is listed, by control, where the OFAC rule only flags it', () => {
    const graph = buildGraph(seedEntities(), {
      extraRelationships: [
        { from: { name: 'Ornek Guvenlik' }, type: 'hasDirector', to: { id: 'ofac-sdn:22544', name: 'UTKIN' } },
      ],
    });
    const eu = ownershipStatus(graph, 'user:ornek-guvenlik', { isBlocked: isSdn, rule: EU_OWNERSHIP_OR_CONTROL_RULE });
    expect(eu).toMatchObject({ blocked: true, reason: 'control', aggregateShare: 0 });
    expect(eu.control).toEqual([
      expect.objectContaining({ controllerId: 'ofac-sdn:22544', relationship: 'hasDirector', counted: true }),
    ]);
    const ofac = blockedByOwnership(graph, { isBlocked: isSdn });
    expect(ofac.blocked).toEqual([]);
    expect(ofac.atRisk[0]?.control[0]).toMatchObject({ controllerId: 'ofac-sdn:22544', counted: false });
  });

  it('reads "controlled by" from the side that states it', () => {
    const graph = buildGraph(seedEntities(), {
      extraRelationships: [
        { from: { name: 'Kontrollu Ltd' }, type: 'associate', role: 'controlled by', to: { id: AZU, name: 'AZU' } },
        { from: { id: DEXIAS, name: 'DEXIAS' }, type: 'associate', role: 'controlled by', to: { name: 'Sahip Ltd' } },
      ],
    });
    const { blocked } = blockedByOwnership(graph, { isBlocked: isSdn, rule: EU_OWNERSHIP_OR_CONTROL_RULE });
    expect(blocked.map((s) => [s.entityId, s.reason])).toEqual([['user:kontrollu-ltd', 'control']]);
  });
});

describe('ownership on a date', () => {
  const graph = buildGraph(
    [
      ...seedEntities(),
      sdn('DELISTED', 'ORNEK ESKI LISTE', {
        source: { list: 'ofac-sdn', name: 'test' },
        delistedOn: { date: '2020-03-01' },
      }),
    ],
    {
      extraRelationships: [
        { from: { name: 'Vendor A' }, type: 'ownedBy', to: { id: AZU, name: 'AZU' }, share: 60 },
        { from: { name: 'Vendor B' }, type: 'ownedBy', to: { id: 'ofac-sdn:DELISTED', name: 'x' }, share: 75 },
        {
          from: { name: 'Vendor C' },
          type: 'ownedBy',
          to: { id: AZU, name: 'AZU' },
          share: 60,
          since: { date: '2024-02' },
        },
      ],
    },
  );

  it('does not block through an owner designated after the date (AZU, designated in 2023)', () => {
    expect(ownershipStatus(graph, 'user:vendor-a', { isBlocked: isSdn, asOf: '2022-06-30' }).blocked).toBe(false);
    expect(ownershipStatus(graph, 'user:vendor-a', { isBlocked: isSdn, asOf: '2023-06-30' }).blocked).toBe(true);
  });

  it('does not block through an owner delisted by then', () => {
    expect(ownershipStatus(graph, 'user:vendor-b', { isBlocked: isSdn, asOf: '2019-12-31' }).blocked).toBe(true);
    expect(ownershipStatus(graph, 'user:vendor-b', { isBlocked: isSdn, asOf: '2020-03-01' }).blocked).toBe(false);
  });

  it('does not count a holding acquired after the date', () => {
    const before = blockedByOwnership(graph, { isBlocked: isSdn, asOf: new Date(2024, 0, 31) });
    const after = blockedByOwnership(graph, { isBlocked: isSdn, asOf: new Date(2024, 1, 1) });
    expect(before.blocked.map((s) => s.entityId)).toEqual(['user:vendor-a']);
    expect(after.blocked.map((s) => s.entityId)).toEqual(['user:vendor-a', 'user:vendor-c']);
  });
});
