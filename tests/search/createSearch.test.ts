import { beforeAll, describe, expect, it } from 'vitest';
import type { Entity } from '../../src/model/entity.js';
import { createSearch, type ListSearch } from '../../src/search/createSearch.js';
import { loadDefaultList } from '../../src/sources/defaultList.js';

let search: ListSearch;
let entities: Entity[];
beforeAll(async () => {
  entities = (await loadDefaultList()).entities;
  search = createSearch(entities);
});
const ids = (query: string) => search.search(query).map((h) => h.entity.id);

describe('analyst look-up with fuse.js', () => {
  it('finds a listed party from a prefix typed in a search box', () => {
    expect(ids('^Prigo')).toContain('ofac-sdn:21171');
  });

  it('tolerates a typo', () => {
    expect(ids('Lukashenkko')).toEqual(expect.arrayContaining(['ofac-sdn:9760']));
  });

  it('finds a Cyrillic alias by its Latin transliteration', () => {
    // "Группа Вагнера" is indexed also as "Gruppa Vagnera".
    expect(ids('gruppa vagnera')).toContain('ofac-sdn:22543');
  });

  it('looks identifiers up anywhere with the include operator', () => {
    const [hit] = search.search("'2931074985");
    expect(hit?.entity.id).toBe('ofac-sdn:41936');
    expect(hit?.matchedFields).toContainEqual(expect.objectContaining({ field: 'identifiers', value: '2931074985' }));
  });

  it('searches programs and remarks too', () => {
    expect(ids("'BELARUS-EO14038").length).toBeGreaterThan(0);
  });

  it('supports exact match and OR from the extended syntax', () => {
    const exact = search.search('="PMC Wagner"');
    expect(exact.map((h) => h.entity.id)).toContain('au-dfat:7209');
    expect(ids("'belshina | 'belaruskali")).toEqual(expect.arrayContaining(['ofac-sdn:12863', 'ofac-sdn:32746']));
  });

  it('ranks by relevance between 0 and 1 and honours the limit', () => {
    const hits = search.search('Belaruskali', { limit: 2 });
    expect(hits.length).toBeLessThanOrEqual(2);
    for (const h of hits) expect(h.relevance).toBeGreaterThan(0);
    for (const h of hits) expect(h.relevance).toBeLessThanOrEqual(1);
  });

  it('returns nothing for an empty query', () => {
    expect(search.search('   ')).toEqual([]);
  });
});
