import { describe, expect, it } from 'vitest';
import { listInputFromText } from '../../src/sources/shared/listInput.js';
import { watchlistJsonLoader } from '../../src/sources/watchlistJson.js';
import { rejection } from '../helpers/loadResults.js';
import { fixtureInput } from '../helpers/sharedLists.js';

const load = () => watchlistJsonLoader.parse(fixtureInput('watchlist/acme.watchlist.json'));
const text = (document: unknown) => listInputFromText('list.json', JSON.stringify(document));
const list = { list: 'acme-blocklist', name: 'ACME internal block list' };

describe('watchlist-json loader', () => {
  it('loads the good entities and rejects the bad ones, keeping the books', async () => {
    const result = await load();
    expect(result.meta).toMatchObject({ format: 'watchlist-json', records: 6, entities: 3, rejected: 3 });
    expect(result.meta.source).toEqual({ ...list, publishedAt: '2026-11-01' });
    expect(result.entities.map((e) => e.id)).toEqual(['acme-blocklist:B-1', 'ofac-sdn:22543', 'acme-blocklist:3']);
  });

  it("gives an entity without a source the file's list, and one without an id <list>:<sourceId>", async () => {
    const [trading] = (await load()).entities;
    expect(trading?.source).toEqual({ ...list, publishedAt: '2026-11-01' });
    expect(trading?.relationships[0]).toMatchObject({ type: 'ownedBy', targetId: 'ofac-sdn:41936', share: 100 });
    expect(trading?.names.map((n) => n.script)).toEqual(['Latn', 'Cyrl']);
  });

  it('keeps an entity that names its own list and id, taking the source id from it', async () => {
    const wagner = (await load()).entities[1];
    expect(wagner).toMatchObject({ sourceId: '22543', source: { list: 'ofac-sdn', name: 'OFAC SDN List' } });
  });

  it('names the index and field of each rejected entity', async () => {
    const errors = (await load()).issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.record, i.field])).toEqual([
      ['entities[3]', 'names'],
      ['entities[4]', 'nationalities.0'],
      ['entities[5]', undefined],
    ]);
    expect(errors[0]?.message).toBe('entity not loaded: entities[3].names: an entity needs at least one name');
  });

  it('warns about an id without namespace and a field the model does not know', async () => {
    const warnings = (await load()).issues.filter((i) => i.severity === 'warning');
    expect(warnings.map((w) => [w.record, w.code, w.field])).toEqual([
      ['entities[2]', 'ID_WITHOUT_NAMESPACE', 'id'],
      ['entities[2]', 'UNKNOWN_FIELD', 'nationality'],
    ]);
  });

  it('lets options.source rename the list', async () => {
    const result = await watchlistJsonLoader.parse(fixtureInput('watchlist/acme.watchlist.json'), {
      source: { list: 'acme-2027', name: 'ACME 2027' },
    });
    expect(result.entities[0]?.id).toBe('acme-2027:B-1');
    expect(result.meta.source).toEqual({ list: 'acme-2027', name: 'ACME 2027', publishedAt: '2026-11-01' });
  });

  it('refuses invalid JSON, naming the line and column', async () => {
    const broken = '{\n  "format": "sanctions-screen/watchlist@1",\n  "entities": [,]\n}';
    const error = await rejection(watchlistJsonLoader.parse(listInputFromText('broken.json', broken)));
    expect(error.code).toBe('E_FORMAT');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/invalid JSON at line 3, column 16/);
  });

  it('refuses JSON of another format, saying what is wrong', async () => {
    const ftm = await rejection(watchlistJsonLoader.parse(text({ id: 'NK-1', schema: 'Person', properties: {} })));
    expect(ftm.code).toBe('E_FORMAT');
    expect(ftm.message).toMatch(/found no "format" field/);
    const future = await rejection(
      watchlistJsonLoader.parse(text({ format: 'sanctions-screen/watchlist@2', list, entities: [] })),
    );
    expect(future.message).toMatch(/"format": "sanctions-screen\/watchlist@2"/);
    const array = await rejection(watchlistJsonLoader.parse(text([{ name: 'x' }])));
    expect(array.message).toMatch(/found an array/);
  });

  it('refuses a file whose list or entities are malformed', async () => {
    const noName = await rejection(
      watchlistJsonLoader.parse(text({ format: 'sanctions-screen/watchlist@1', list: { list: 'acme' }, entities: [] })),
    );
    expect(noName.code).toBe('E_FORMAT');
    expect(noName.message).toMatch(/list\.name/);
    const notArray = await rejection(
      watchlistJsonLoader.parse(text({ format: 'sanctions-screen/watchlist@1', list, entities: {} })),
    );
    expect(notArray.message).toMatch(/"entities" must be an array/);
  });

  it('refuses an empty file and a list without entities', async () => {
    expect((await rejection(watchlistJsonLoader.parse({ file: 'e.json', bytes: new Uint8Array() }))).code).toBe(
      'E_FILE_EMPTY',
    );
    const empty = text({ format: 'sanctions-screen/watchlist@1', list, entities: [] });
    expect((await rejection(watchlistJsonLoader.parse(empty))).code).toBe('E_LIST_EMPTY');
  });

  it('recognises its format tag', () => {
    expect(watchlistJsonLoader.sniff('{ "format": "sanctions-screen/watchlist@1", "list": {}', 'x')).toBe(true);
    expect(watchlistJsonLoader.sniff('{"results": []}', 'x')).toBe(false);
  });
});
