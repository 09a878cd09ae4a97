import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/buildGraph.js';
import { exposure } from '../../src/graph/exposure.js';
import { blockedByOwnership, ownershipStatus } from '../../src/graph/ownershipRule.js';
import { EU_OWNERSHIP_OR_CONTROL_RULE } from '../../src/graph/ownershipRules.data.js';
import type { RelationshipGraph } from '../../src/graph/relationshipGraph.js';
import { loadDefaultList } from '../../src/sources/defaultList.js';
import { ftmJsonLoader } from '../../src/sources/ftmJson.js';
import { parseOfacCsvSet } from '../../src/sources/ofacCsv.js';
import { hasShared, sharedInput } from '../helpers/sharedLists.js';

describe('the 50% rule on the embedded demonstration list', () => {
  it('blocks the two fictional Örnek companies: KOPRU 60% by AZU, LIMAN 30% AZU + 25% DEXIAS', async () => {
    const graph = buildGraph((await loadDefaultList()).entities);
    const { blocked, atRisk } = blockedByOwnership(graph, { isBlocked: (n) => n.entity?.source.list === 'ofac-sdn' });
    expect(blocked.map((s) => [s.entityId, s.aggregateShare])).toEqual([
      ['demo:ORNEK-KOPRU', 60],
      ['demo:ORNEK-LIMAN', 55],
    ]);
    expect(atRisk).toEqual([]);
  });
});

describe.skipIf(!hasShared)('exposure on the OFAC SDN list of 3 May 2024 (real ../shared/lists file)', () => {
  let graph: RelationshipGraph;
  beforeAll(async () => {
    graph = buildGraph((await parseOfacCsvSet({ sdn: sharedInput('ofac/legacy_csv_2024-05/sdn.csv') })).entities);
  });

  it('finds Wagner one hop from SEWA SECURITY SERVICES and UTKIN two hops away', () => {
    const hits = exposure(graph, 'ofac-sdn:39618');
    expect(hits[0]).toMatchObject({ depth: 1, relationshipTypes: ['linkedTo'], node: { id: 'ofac-sdn:22543' } });
    expect(hits.find((h) => h.node.id === 'ofac-sdn:22544')?.relationshipTypes).toEqual(['linkedTo', 'linkedTo']);
  });

  it('links RAYYA DANISMANLIK (48389) to RAYYA, Samer (48382) in one hop', () => {
    const hits = exposure(graph, 'ofac-sdn:48389', { maxDepth: 1 });
    expect(hits.map((h) => h.node.id)).toContain('ofac-sdn:48382');
  });

  it('keeps every "Linked To" of the file, including those to names that are not SDN entries', () => {
    expect(graph.nodes().filter((n) => n.kind === 'name-only').length).toBeGreaterThan(0);
    expect(graph.edgeCount % 2).toBe(0);
  });
});

describe.skipIf(!hasShared)('ownership in the OpenSanctions Zala cluster (real ../shared/lists file)', () => {
  let graph: RelationshipGraph;
  const ZAKHAROV = 'opensanctions:NK-aU5ybkbRFJucf8YMwsJvDw';
  const SPS = 'opensanctions:NK-9Xa4Kg7Y7nfccE7VcZt6Q6';
  const CST_RU = 'opensanctions:ru-inn-5920040846';
  const IZHTELECOM = 'opensanctions:NK-56Edov9bas9puzaChH5pBy';
  const ASSOCIATION = 'opensanctions:NK-SiYwWfxwLVrVeFswsvAvsm';
  beforeAll(async () => {
    graph = buildGraph(
      (await ftmJsonLoader.parse(sharedInput('opensanctions/yente_fixture_zala/entities.ftm.json'))).entities,
    );
  });

  it('blocks the unlisted companies Alexander Zakharov owns 75% and 100% of', () => {
    const { blocked } = blockedByOwnership(graph);
    expect(blocked.map((s) => [s.entityId, s.aggregateShare])).toEqual([
      [SPS, 75],
      [CST_RU, 100],
    ]);
    expect(blocked[0]?.contributions[0]).toMatchObject({ ownerId: ZAKHAROV, ownerStatus: 'listed' });
  });

  it('flags the company he owns in a share the register does not state', () => {
    const status = ownershipStatus(graph, IZHTELECOM);
    expect(status.blocked).toBe(false);
    expect(status.unknownShares.map((u) => u.ownerId)).toEqual([ZAKHAROV]);
  });

  it('under the EU rule also blocks the association he directs, by control', () => {
    const status = ownershipStatus(graph, ASSOCIATION, { rule: EU_OWNERSHIP_OR_CONTROL_RULE });
    expect(status).toMatchObject({ blocked: true, reason: 'control' });
    expect(ownershipStatus(graph, ASSOCIATION).blocked).toBe(false);
  });
});
