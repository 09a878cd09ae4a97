import { describe, expect, it } from 'vitest';
import { cslJsonLoader } from '../../src/sources/cslJson.js';
import { listInputFromText } from '../../src/sources/shared/listInput.js';
import { rejection } from '../helpers/loadResults.js';
import { fixtureInput } from '../helpers/sharedLists.js';

const result = { source: 'Entity List (EL) - Bureau of Industry and Security', name: 'A Co', alt_names: [] };

describe('csl-json loader', () => {
  it('loads the results of a consolidated.json and checks them against its total', async () => {
    const loaded = await cslJsonLoader.parse(fixtureInput('csl/consolidated_small.json'));
    expect(loaded.meta).toMatchObject({ format: 'csl-json', records: 3, entities: 3, rejected: 0, declaredCount: 3 });
    expect(loaded.entities.map((e) => e.id)).toEqual([
      'us-csl:906',
      'us-csl:5f1c0e6a2b7d4c3e9a8b7c6d5e4f3a2b',
      'us-csl:p1',
    ]);
  });

  it('dates the list by its latest import', async () => {
    const loaded = await cslJsonLoader.parse(fixtureInput('csl/consolidated_small.json'));
    expect(loaded.meta.source.publishedAt).toBe('2024-05-03');
  });

  it('reads structured addresses and identifier objects', async () => {
    const loaded = await cslJsonLoader.parse(fixtureInput('csl/consolidated_small.json'));
    const havin = loaded.entities[0];
    expect(havin?.addresses[0]).toEqual({
      full: '4th Floor, 189 Marsh Wall, London, E14 9SH, GB',
      street: '4th Floor, 189 Marsh Wall',
      city: 'London',
      postalCode: 'E14 9SH',
      country: 'GB',
    });
    expect(havin?.countries).toEqual(['GB', 'CU']);
    expect(havin?.identifiers).toEqual([
      { type: 'registration', value: '01074897', country: 'GB', label: 'Company Number' },
      { type: 'bic', value: 'HAVIGB2L', label: 'SWIFT/BIC' },
    ]);
    expect(havin?.names.map((n) => [n.full, n.kind])).toEqual([
      ['HAVIN BANK LIMITED', 'primary'],
      ['HAVANA INTERNATIONAL BANK, LTD', 'alias'],
    ]);
  });

  it('labels each party with its CSL source list', async () => {
    const loaded = await cslJsonLoader.parse(fixtureInput('csl/consolidated_small.json'));
    expect(loaded.entities.map((e) => e.properties?.cslList?.[0])).toEqual(['SDN', 'EL', 'MBS']);
    expect(loaded.entities[1]?.listedOn).toEqual({ date: '2011-11-21' });
    expect(loaded.entities[2]).toMatchObject({
      schema: 'Person',
      birthDates: [{ date: '1965-07-04' }],
      programs: ['HKAA'],
    });
  });

  it('refuses one page of a paged search as truncated', async () => {
    const page = JSON.stringify({ total: 120, results: [{ id: 'a', ...result }] });
    const error = await rejection(cslJsonLoader.parse(listInputFromText('page.json', page)));
    expect(error.code).toBe('E_LIST_TRUNCATED');
    expect(error.message).toMatch(/total of 120 results but holds 1/);
  });

  it('refuses a download cut off anywhere mid-document as truncated', async () => {
    // Most cuts fall inside a string, where V8 names the position it reached instead of saying the input ended.
    const whole = JSON.stringify({ total: 1, results: [{ id: 'a', ...result }] }, null, 2);
    for (let length = 1; length < whole.length; length++) {
      const cut = listInputFromText('cut.json', whole.slice(0, length));
      expect((await rejection(cslJsonLoader.parse(cut))).code, `cut at ${length}`).toBe('E_LIST_TRUNCATED');
    }
  });

  it('refuses JSON that is not a CSL document, naming what it found', async () => {
    const error = await rejection(cslJsonLoader.parse(listInputFromText('x.json', '{"entities": []}')));
    expect(error.code).toBe('E_FORMAT');
    expect(error.message).toMatch(/keys entities/);
  });

  it('refuses text that is not JSON', async () => {
    const error = await rejection(cslJsonLoader.parse(listInputFromText('x.json', '{"results": [}')));
    expect(error.code).toBe('E_FORMAT');
    expect(error.message).toMatch(/line 1, column 14/);
  });

  it('refuses an empty file', async () => {
    expect((await rejection(cslJsonLoader.parse({ file: 'e.json', bytes: new Uint8Array() }))).code).toBe(
      'E_FILE_EMPTY',
    );
  });

  it('rejects a result without a name or id, naming its position, and keeps the others', async () => {
    const text = JSON.stringify({
      results: [{ id: 'a', ...result }, { ...result, name: '' }, { id: 'c', ...result, name: '' }, 7],
    });
    const loaded = await cslJsonLoader.parse(listInputFromText('bad.json', text));
    expect(loaded.meta).toMatchObject({ records: 4, entities: 1, rejected: 3 });
    const errors = loaded.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.record, i.code])).toEqual([
      ['results[3]', 'INVALID_RECORD'],
      ['results[1]', 'MISSING_ID'],
      ['c', 'INVALID_RECORD'],
    ]);
  });

  it('recognises a CSL JSON head', () => {
    expect(cslJsonLoader.sniff('{"results":[{"alt_names":[],"source_list_url":"x"}]}', 'x')).toBe(true);
    expect(cslJsonLoader.sniff('{"id":"NK-1","schema":"Person","properties":{}}', 'x')).toBe(false);
  });
});
