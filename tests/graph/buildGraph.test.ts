import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { buildGraph } from '../../src/graph/buildGraph.js';
import { AZU_NAME, company, seedEntities, WAGNER_NAME } from './seedEntities.js';

describe('the relationship graph', () => {
  const graph = buildGraph(seedEntities());

  it('shows SEWA SECURITY SERVICES linked to Wagner, as its OFAC record states', () => {
    const sewa = graph.neighbours('ofac-sdn:39618');
    expect(sewa.map((n) => [n.type, n.node.id, n.origin])).toEqual([
      ['linkedTo', 'ofac-sdn:22543', 'OFAC remarks: Linked To'],
    ]);
  });

  it('shows the link from the other side too: Wagner is linked to SEWA and UTKIN, whose records name it', () => {
    const wagner = graph.neighbours('ofac-sdn:22543');
    expect(wagner.map((n) => n.node.name).sort()).toEqual(['SEWA SECURITY SERVICES', 'UTKIN, Dmitriy Valeryevich']);
    expect(wagner.every((n) => n.type === 'linkedTo')).toBe(true);
  });

  it('stores an ownership stated on both records (as FtM gives it) once from each side', () => {
    const g = buildGraph([
      ...seedEntities().map((e) =>
        e.id === 'ofac-sdn:42033'
          ? {
              ...e,
              relationships: [
                { type: 'ownerOf' as const, targetId: 'demo:KOPRU', targetName: 'ORNEK KOPRU', share: 60 },
              ],
            }
          : e,
      ),
      company('KOPRU', 'ORNEK KOPRU', [
        { type: 'ownedBy', targetId: 'ofac-sdn:42033', targetName: AZU_NAME, share: 60 },
      ]),
    ]);
    expect(g.neighbours('demo:KOPRU')).toEqual([
      expect.objectContaining({ type: 'ownedBy', share: 60, node: expect.objectContaining({ id: 'ofac-sdn:42033' }) }),
    ]);
    expect(g.neighbours('ofac-sdn:42033')).toEqual([
      expect.objectContaining({ type: 'ownerOf', share: 60, node: expect.objectContaining({ id: 'demo:KOPRU' }) }),
    ]);
  });

  it('keeps a link to a party of a list not loaded (RADIOAVTOMATIKA) as a name-only node', () => {
    const [radio] = graph.neighbours('ofac-sdn:41936');
    expect(radio?.node).toMatchObject({
      id: 'ofac-sdn:35348',
      name: 'RADIOAVTOMATIKA LLC',
      kind: 'name-only',
      listed: false,
    });
    expect(graph.neighbours('ofac-sdn:35348').map((n) => n.node.id)).toEqual(['ofac-sdn:41936']);
  });

  it('keeps a relationship with no target id as an edge to a name-only node, never dropping it', () => {
    const g = buildGraph([company('NO-ID', 'ORNEK HOLDING', [{ type: 'ownedBy', targetName: 'Ömer Yılmaz' }])]);
    const [owner] = g.neighbours('demo:NO-ID');
    expect(owner).toMatchObject({
      type: 'ownedBy',
      node: { id: 'name:omer-yilmaz', kind: 'name-only', listed: false },
    });
    expect(g.neighbours('name:omer-yilmaz')[0]).toMatchObject({ type: 'ownerOf', node: { id: 'demo:NO-ID' } });
  });

  it('adds the owners a user supplies as unlisted parties of their own, linked to the listed ones by id', () => {
    const g = buildGraph(seedEntities(), {
      extraRelationships: [
        {
          from: { name: 'Örnek Köprü Dış Ticaret Ltd. Şti.', schema: 'Company' },
          type: 'ownedBy',
          to: { id: 'ofac-sdn:42033', name: 'AZU INTERNATIONAL' },
          share: 60,
        },
        { from: { name: 'Örnek Köprü Dış Ticaret Ltd. Şti.' }, type: 'hasDirector', to: { name: 'Ayşe Demir' } },
      ],
    });
    const vendor = g.node('user:ornek-kopru-dis-ticaret-ltd-sti');
    expect(vendor).toMatchObject({ kind: 'user', listed: false, schema: 'Company' });
    expect(g.neighbours(vendor!.id).map((n) => [n.type, n.node.id, n.share, n.origin])).toEqual([
      ['ownedBy', 'ofac-sdn:42033', 60, 'user-supplied'],
      ['hasDirector', 'user:ayse-demir', undefined, 'user-supplied'],
    ]);
    expect(g.neighbours('ofac-sdn:42033', { types: ['ownerOf'] })[0]?.node.id).toBe(vendor!.id);
  });

  it('refuses a user relationship with a share above 100, naming it', () => {
    const bad = () =>
      buildGraph([], {
        extraRelationships: [{ from: { name: 'A' }, type: 'ownedBy', to: { name: 'B' }, share: 160 }],
      });
    expect(bad).toThrow(InputError);
    expect(bad).toThrow(/extraRelationships\[0\]\.share/);
  });

  it('filters neighbours by type and by the date the relationship held', () => {
    const g = buildGraph([
      ...seedEntities(),
      company('SOLD', 'ORNEK ESKI ORTAKLIK', [
        { type: 'ownedBy', targetId: 'ofac-sdn:42033', targetName: AZU_NAME, share: 70, until: { date: '2021-12' } },
        { type: 'linkedTo', targetId: 'ofac-sdn:22543', targetName: WAGNER_NAME },
      ]),
    ]);
    expect(g.neighbours('demo:SOLD', { types: ['linkedTo'] }).map((n) => n.node.id)).toEqual(['ofac-sdn:22543']);
    expect(g.neighbours('demo:SOLD', { types: ['ownedBy'], asOf: '2021-12-31' })).toHaveLength(1);
    expect(g.neighbours('demo:SOLD', { types: ['ownedBy'], asOf: new Date(2022, 0, 1) })).toEqual([]);
    expect(g.neighbours('ofac-sdn:42033', { asOf: '2022-06-01' })).toEqual([]);
  });

  it('marks list records with a program as listed, and a program-less demo company as an unlisted entity', () => {
    const g = buildGraph([...seedEntities(), company('KOPRU', 'ORNEK KOPRU')]);
    expect(g.node('ofac-sdn:22543')).toMatchObject({ kind: 'entity', listed: true, schema: 'Organization' });
    expect(g.node('demo:KOPRU')).toMatchObject({ kind: 'entity', listed: false });
  });

  it('returns no neighbours for an id it does not hold', () => {
    expect(graph.neighbours('ofac-sdn:1')).toEqual([]);
    expect(graph.node('ofac-sdn:1')).toBeUndefined();
  });
});
