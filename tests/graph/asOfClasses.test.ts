import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asOfClasses } from '../../src/graph/asOfClasses.js';
import { buildGraph } from '../../src/graph/buildGraph.js';
import { exposure } from '../../src/graph/exposure.js';
import { blockedByOwnership } from '../../src/graph/ownershipRule.js';
import { seedEntities } from './seedEntities.js';

// Wagner and UTKIN are dated 20 June 2017 in the seed; AZU and DEXIAS to the year 2023. The holding is fictional.
const graph = buildGraph(seedEntities(), {
  extraRelationships: [
    {
      from: { name: 'Vendor Ltd' },
      type: 'ownedBy',
      to: { id: 'ofac-sdn:42033', name: 'AZU' },
      share: 60,
      since: { date: '2024-02-01' },
      until: { date: '2024-09-30' },
    },
  ],
});
const classOf = asOfClasses(graph);

describe('classes of dates that read the graph alike', () => {
  it('puts two days with no listing or relationship date between them in one class', () => {
    expect(classOf('2024-03-01')).toBe(classOf('2024-06-30'));
    expect(classOf('2019-01-01')).toBe(classOf('2022-12-31'));
  });

  it('separates the days either side of a designation and of a holding’s start and end', () => {
    expect(classOf('2017-06-19')).not.toBe(classOf('2017-06-20'));
    expect(classOf('2024-01-31')).not.toBe(classOf('2024-02-01'));
    expect(classOf('2024-09-30')).not.toBe(classOf('2024-10-01'));
  });

  it('gives one class to every date of a graph without dates', () => {
    const undated = asOfClasses(buildGraph(seedEntities().map((e) => ({ ...e, listedOn: undefined }))));
    expect(undated('1999-01-01')).toBe(undated('2030-12-31'));
  });

  it('never puts two dates with different exposure or ownership answers in one class', () => {
    const day = fc
      .date({ min: new Date(2016, 0, 1), max: new Date(2026, 11, 31), noInvalidDate: true })
      .map(
        (d) =>
          `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`,
      );
    const answer = (asOf: string) => ({
      blocked: blockedByOwnership(graph, { asOf }).blocked.map((s) => s.entityId),
      exposure: exposure(graph, 'user:vendor-ltd', { asOf, maxDepth: 3 }).map((h) => h.node.id),
      wagner: exposure(graph, 'ofac-sdn:39618', { asOf }).map((h) => h.node.id),
    });
    fc.assert(
      fc.property(day, day, (a, b) => {
        if (classOf(a) === classOf(b)) expect(answer(a)).toEqual(answer(b));
      }),
      { numRuns: 200 },
    );
  });
});
