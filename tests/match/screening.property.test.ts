import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createScreener, type Screener } from '../../src/match/createScreener.js';
import { type Entity, EntitySchema } from '../../src/model/entity.js';
import { normalizeName } from '../../src/normalize/normalizeName.js';
import { loadDefaultList } from '../../src/sources/defaultList.js';

let entities: Entity[];
let screener: Screener;
beforeAll(async () => {
  entities = (await loadDefaultList()).entities;
  screener = createScreener(entities);
});

const invisible = fc.constantFrom('\u200b', '\u200c', '\u200d', '\u00ad', '\u2060', '\ufeff', '\u200f');
const withInvisibles = (text: string, inserts: Array<[number, string]>) => {
  const chars = [...text];
  for (const [at, ch] of inserts) chars.splice(at % (chars.length + 1), 0, ch);
  return chars.join('');
};
const nameLike = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
  fc.constantFrom(
    'PMC Wagner',
    'ЧВК Вагнер',
    'Dmitriy Utkin',
    'AZU INTERNATIONAL LTD STI',
    'Richard Wagner',
    'Лукашенко',
  ),
);

describe('screening invariants (property tests)', () => {
  it('never throws on any Unicode string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (name) => {
        screener.screen({ name });
      }),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(nameLike, (name) => {
        expect(screener.screen({ name })).toEqual(screener.screen({ name }));
      }),
    );
  });

  it('gives the same result whatever invisible characters are inserted', () => {
    fc.assert(
      fc.property(nameLike, fc.array(fc.tuple(fc.nat(), invisible), { maxLength: 5 }), (name, inserts) => {
        expect(screener.screen({ name: withInvisibles(name, inserts) })).toEqual(screener.screen({ name }));
      }),
    );
  });

  it('finds every primary name and alias of the embedded list at score 1', () => {
    for (const entity of entities) {
      for (const name of entity.names.filter((n) => n.kind !== 'weakAlias')) {
        const hit = screener.screen({ name: name.full, limit: 50 }).matches.find((m) => m.entity.id === entity.id);
        expect(hit?.score, `${entity.id} "${name.full}"`).toBe(1);
        expect(hit?.match).toBe(true);
      }
    }
  });

  it('a listed name always finds itself at score 1, whatever the name', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => normalizeName(s).tokens.length > 0),
        fc.constantFrom('Person' as const, 'Company' as const),
        (full, schema) => {
          const entity = EntitySchema.parse({
            id: 'prop:1',
            sourceId: '1',
            source: { list: 'prop', name: 'property test' },
            schema,
            names: [{ full: full.trim() || full, kind: 'primary' }],
          });
          const s = createScreener([...entities, entity]);
          const hit = s.screen({ name: full, limit: 100 }).matches.find((m) => m.entity.id === 'prop:1');
          expect(hit?.score).toBe(1);
        },
      ),
      { numRuns: 60 },
    );
  });
});
