import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/buildGraph.js';
import { blockedByOwnership } from '../../src/graph/ownershipRule.js';
import { EU_OWNERSHIP_OR_CONTROL_RULE, OFAC_50_PERCENT_RULE } from '../../src/graph/ownershipRules.data.js';
import type { Entity } from '../../src/model/entity.js';
import { company } from './seedEntities.js';

interface Holding {
  from: number;
  to: number;
  type: 'ownedBy' | 'ownerOf' | 'subsidiaryOf' | 'hasDirector';
  share: number | undefined;
}

const holdings = (size: number) =>
  fc.array(
    fc.record({
      from: fc.nat(size - 1),
      to: fc.nat(size - 1),
      type: fc.constantFrom('ownedBy', 'ownerOf', 'subsidiaryOf', 'hasDirector'),
      share: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    }),
    { maxLength: size * 3 },
  );

const ownershipGraphs = fc.integer({ min: 2, max: 12 }).chain((size) =>
  fc.record({
    size: fc.constant(size),
    holdings: holdings(size),
    blocked: fc.uniqueArray(fc.nat(size - 1), { maxLength: size }),
    extra: fc.nat(size - 1),
  }),
);

function entities(size: number, list: readonly Holding[]): Entity[] {
  return Array.from({ length: size }, (_, i) =>
    company(
      `P${i}`,
      `PARTY ${i}`,
      list
        .filter((h) => h.from === i)
        .map((h) => ({
          type: h.type,
          targetId: `demo:P${h.to}`,
          targetName: `PARTY ${h.to}`,
          ...(h.share !== undefined ? { share: h.share } : {}),
        })),
    ),
  );
}

/** A naive fixed point over all parties, written independently of the library's worklist. */
function naiveOfac(size: number, list: readonly Holding[], seeds: ReadonlySet<number>): Set<number> {
  const shares = new Map<string, number>();
  for (const h of list) {
    if (h.share === undefined || h.type === 'hasDirector') continue;
    const [owned, owner] = h.type === 'ownerOf' ? [h.to, h.from] : [h.from, h.to];
    if (owned === owner) continue;
    const key = `${owned}>${owner}`;
    shares.set(key, Math.max(shares.get(key) ?? 0, h.share));
  }
  const blocked = new Set(seeds);
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < size; i++) {
      if (blocked.has(i)) continue;
      let sum = 0;
      for (const owner of blocked) sum += shares.get(`${i}>${owner}`) ?? 0;
      if (sum >= 50 && [...blocked].some((o) => shares.has(`${i}>${o}`))) {
        blocked.add(i);
        changed = true;
      }
    }
  }
  return blocked;
}

const blockedIds = (size: number, list: readonly Holding[], seeds: ReadonlySet<number>, eu = false) => {
  const ids = new Set([...seeds].map((i) => `demo:P${i}`));
  const findings = blockedByOwnership(buildGraph(entities(size, list)), {
    isBlocked: (node) => ids.has(node.id),
    rule: eu ? EU_OWNERSHIP_OR_CONTROL_RULE : OFAC_50_PERCENT_RULE,
  });
  return { findings, all: new Set([...ids, ...findings.blocked.map((s) => s.entityId)]) };
};

describe('the ownership rule on random ownership graphs', () => {
  it('terminates and agrees with a naive fixed point', () => {
    fc.assert(
      fc.property(ownershipGraphs, ({ size, holdings: list, blocked }) => {
        const seeds = new Set(blocked);
        const expected = [...naiveOfac(size, list, seeds)].map((i) => `demo:P${i}`).sort();
        expect([...blockedIds(size, list, seeds).all].sort()).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('reports aggregate shares between 0 and 100 per contributing owner', () => {
    fc.assert(
      fc.property(ownershipGraphs, ({ size, holdings: list, blocked }) => {
        const findings = blockedByOwnership(buildGraph(entities(size, list)), {
          isBlocked: (node) => blocked.includes(Number(node.id.slice('demo:P'.length))),
        });
        for (const status of [...findings.blocked, ...findings.atRisk]) {
          expect(status.aggregateShare).toBeGreaterThanOrEqual(0);
          expect(status.aggregateShare).toBeLessThanOrEqual(100 * status.contributions.length);
          expect(status.aggregateShare).toBeLessThanOrEqual(100 * size);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never unblocks anyone when one more owner is blocked (OFAC and EU rules)', () => {
    fc.assert(
      fc.property(ownershipGraphs, fc.boolean(), ({ size, holdings: list, blocked, extra }, eu) => {
        const before = blockedIds(size, list, new Set(blocked), eu).all;
        const after = blockedIds(size, list, new Set([...blocked, extra]), eu).all;
        for (const id of before) expect(after.has(id)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
