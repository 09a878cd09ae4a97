import { describe, expect, it } from 'vitest';
import { ListLoadError } from '../../../src/errors.js';
import { LoadCollector } from '../../../src/sources/shared/loadCollector.js';

const source = { list: 'test', name: 'Test list' };
const entity = (id: string, name = 'EXAMPLE TRADING LLC') => ({
  id: `test:${id}`,
  sourceId: id,
  source,
  schema: 'Company' as const,
  names: [{ full: name, kind: 'primary' as const }],
});

describe('the load books', () => {
  it('counts every record as loaded or rejected', () => {
    const books = new LoadCollector('watchlist-json', source, ['list.json']);
    books.add(entity('1'), { file: 'list.json', line: 2 });
    books.reject({ file: 'list.json', line: 3, record: '2' }, 'BAD', 'no name');
    const result = books.result();
    expect(result.meta).toMatchObject({ records: 2, entities: 1, rejected: 1 });
    expect(result.issues).toEqual([
      { severity: 'error', code: 'BAD', message: 'no name', file: 'list.json', line: 3, record: '2' },
    ]);
  });

  it('rejects a record that breaks the model, naming the field, instead of dropping it', () => {
    const books = new LoadCollector('watchlist-json', source, ['list.json']);
    books.add({ ...entity('1'), names: [] }, { file: 'list.json', line: 7 });
    const result = books.result();
    expect(result.meta.rejected).toBe(1);
    expect(result.issues[0]).toMatchObject({
      severity: 'error',
      code: 'INVALID_RECORD',
      field: 'names',
      line: 7,
      record: '1',
    });
  });

  it('keeps both records that share an id, renaming the second and warning', () => {
    const books = new LoadCollector('watchlist-json', source, ['list.json']);
    books.add(entity('1'), { file: 'list.json' });
    books.add(entity('1', 'OTHER TRADING LLC'), { file: 'list.json' });
    const result = books.result();
    expect(result.entities.map((e) => e.id)).toEqual(['test:1', 'test:1~2']);
    expect(result.issues[0]?.code).toBe('DUPLICATE_ID');
  });

  it('refuses a file with no records at all (E_LIST_EMPTY)', () => {
    const books = new LoadCollector('watchlist-json', source, ['empty.json']);
    expect(() => books.result()).toThrowError(expect.objectContaining({ code: 'E_LIST_EMPTY' }));
  });

  it('refuses a file whose stated record count differs from what was read (E_LIST_TRUNCATED)', () => {
    const books = new LoadCollector('ofac-xml', source, ['sdn.xml']);
    books.add(entity('1'), { file: 'sdn.xml' });
    try {
      books.result({ declaredCount: 442 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ListLoadError);
      expect((error as ListLoadError).code).toBe('E_LIST_TRUNCATED');
      expect((error as ListLoadError).message).toContain('states 442 records but 1 were found');
    }
  });
});
