import { type Entity, EntitySchema } from '../../src/model/entity.js';

/** A party of the list `test` (id `test:<id>`): its first name the primary one, the others aliases. */
export function testParty(schema: 'Person' | 'Organization' | 'Vessel', id: string, ...names: string[]): Entity {
  return EntitySchema.parse({
    id: `test:${id}`,
    sourceId: id,
    source: { list: 'test', name: 'test' },
    schema,
    names: names.map((full, i) => ({ full, kind: i === 0 ? 'primary' : 'alias' })),
  });
}
