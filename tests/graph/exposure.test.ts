import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { buildGraph } from '../../src/graph/buildGraph.js';
import { exposure } from '../../src/graph/exposure.js';
import { isAnyListRecord } from '../../src/graph/listedNode.js';
import { company, seedEntities, WAGNER_NAME } from './seedEntities.js';

describe('exposure to listed parties through relationships', () => {
  const graph = buildGraph(seedEntities());

  it('finds Wagner one hop from SEWA SECURITY SERVICES, with the path and its relationship type', () => {
    const [first] = exposure(graph, 'ofac-sdn:39618');
    expect(first?.node.id).toBe('ofac-sdn:22543');
    expect(first?.depth).toBe(1);
    expect(first?.relationshipTypes).toEqual(['linkedTo']);
    expect(first?.path).toEqual([
      {
        from: 'ofac-sdn:39618',
        fromName: 'SEWA SECURITY SERVICES',
        type: 'linkedTo',
        to: 'ofac-sdn:22543',
        toName: WAGNER_NAME,
        origin: 'OFAC remarks: Linked To',
      },
    ]);
  });

  it('reaches UTKIN two hops from SEWA, through Wagner, shortest path first', () => {
    const hits = exposure(graph, 'ofac-sdn:39618');
    expect(hits.map((h) => [h.node.id, h.depth])).toEqual([
      ['ofac-sdn:22543', 1],
      ['ofac-sdn:22544', 2],
    ]);
    expect(hits[1]?.path.map((s) => `${s.from} ${s.type} ${s.to}`)).toEqual([
      'ofac-sdn:39618 linkedTo ofac-sdn:22543',
      'ofac-sdn:22543 linkedTo ofac-sdn:22544',
    ]);
  });

  it('follows the Rayya network from RAYYA DANISMANLIK to RAYYA Samer and on to BLACK SHIELD within two hops', () => {
    const hits = exposure(graph, 'ofac-sdn:48389');
    expect(hits.map((h) => h.node.name)).toEqual(['RAYYA, Samer', 'BLACK SHIELD COMPANY FOR GENERAL TRADING LLC']);
    expect(hits[1]?.relationshipTypes).toEqual(['linkedTo', 'linkedTo']);
  });

  it('honours maxDepth: one hop stops at RAYYA Samer, three reach KIDMA TECH', () => {
    expect(exposure(graph, 'ofac-sdn:48389', { maxDepth: 1 }).map((h) => h.node.id)).toEqual(['ofac-sdn:48382']);
    expect(exposure(graph, 'ofac-sdn:48389', { maxDepth: 3 }).map((h) => h.node.id)).toEqual([
      'ofac-sdn:48382',
      'ofac-sdn:48380',
      'ofac-sdn:33397',
    ]);
    expect(exposure(graph, 'ofac-sdn:48389', { maxDepth: 0 })).toEqual([]);
  });

  it('ends on a cycle of links and reports each listed party once', () => {
    const ring = buildGraph([
      company('A', 'ORNEK A', [{ type: 'linkedTo', targetId: 'demo:B', targetName: 'ORNEK B' }]),
      company('B', 'ORNEK B', [{ type: 'linkedTo', targetId: 'demo:C', targetName: 'ORNEK C' }]),
      company('C', 'ORNEK C', [{ type: 'linkedTo', targetId: 'demo:A', targetName: 'ORNEK A' }]),
    ]);
    // The demo companies carry no program; count every list record as listed here.
    const hits = exposure(ring, 'demo:A', { maxDepth: 50, isListed: isAnyListRecord });
    expect(hits.map((h) => [h.node.id, h.depth])).toEqual([
      ['demo:B', 1],
      ['demo:C', 1],
    ]);
  });

  it('passes through unlisted parties but does not report them: a user vendor owned by a company linked to Wagner', () => {
    const g = buildGraph(seedEntities(), {
      extraRelationships: [
        { from: { name: 'Vendor Ltd' }, type: 'ownedBy', to: { name: 'Holding Ltd' }, share: 80 },
        { from: { name: 'Holding Ltd' }, type: 'ownedBy', to: { id: 'ofac-sdn:39618', name: 'SEWA' }, share: 100 },
      ],
    });
    const hits = exposure(g, 'user:vendor-ltd', { maxDepth: 3 });
    expect(hits.map((h) => [h.node.id, h.relationshipTypes.join(' > ')])).toEqual([
      ['ofac-sdn:39618', 'ownedBy > ownedBy'],
      ['ofac-sdn:22543', 'ownedBy > ownedBy > linkedTo'],
    ]);
    expect(hits[0]?.path[0]).toMatchObject({ fromName: 'Vendor Ltd', toName: 'Holding Ltd', share: 80 });
  });

  it('follows only the relationship types asked for', () => {
    const g = buildGraph(seedEntities(), {
      extraRelationships: [
        { from: { name: 'Vendor Ltd' }, type: 'ownedBy', to: { id: 'ofac-sdn:39618', name: 'SEWA' }, share: 10 },
      ],
    });
    expect(exposure(g, 'user:vendor-ltd', { types: ['ownedBy', 'subsidiaryOf'] }).map((h) => h.node.id)).toEqual([
      'ofac-sdn:39618',
    ]);
  });

  it('on a date before Wagner was designated (20 June 2017), does not report it', () => {
    const hits = exposure(graph, 'ofac-sdn:39618', { asOf: '2017-06-19' });
    expect(hits.map((h) => h.node.id)).toEqual([]);
    expect(exposure(graph, 'ofac-sdn:39618', { asOf: '2017-06-20' }).map((h) => h.node.id)).toEqual([
      'ofac-sdn:22543',
      'ofac-sdn:22544',
    ]);
  });

  it('lets the caller say what counts as listed', () => {
    const onlyPeople = exposure(graph, 'ofac-sdn:39618', { isListed: (n) => n.schema === 'Person' });
    expect(onlyPeople.map((h) => h.node.id)).toEqual(['ofac-sdn:22544']);
  });

  it('starts from several parties at once and says which one each path leaves from', () => {
    const hits = exposure(graph, ['ofac-sdn:39618', 'ofac-sdn:48389'], { maxDepth: 1 });
    expect(hits.map((h) => [h.startId, h.node.id])).toEqual([
      ['ofac-sdn:39618', 'ofac-sdn:22543'],
      ['ofac-sdn:48389', 'ofac-sdn:48382'],
    ]);
  });

  it('refuses a start party that is not in the graph, a fractional depth and a date it cannot read', () => {
    expect(() => exposure(graph, 'ofac-sdn:99999999')).toThrow(InputError);
    expect(() => exposure(graph, 'ofac-sdn:39618', { maxDepth: 1.5 })).toThrow(/maxDepth/);
    expect(() => exposure(graph, 'ofac-sdn:39618', { asOf: 'last Tuesday' })).toThrow(/asOf/);
  });
});
