import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ListLoadError } from '../../src/errors.js';
import type { ListFormat } from '../../src/model/loadResult.js';
import { contentHash, loadList, parseListSpec } from '../../src/sources/loadList.js';
import { LIST_LOADERS, loaderFor } from '../../src/sources/registry.js';
import { fixturePath } from '../helpers/sharedLists.js';
import { tempDir } from '../helpers/tempDir.js';

const refusal = async (request: Parameters<typeof loadList>[0]) => {
  const error = await loadList(request).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ListLoadError);
  return error as ListLoadError;
};

describe('loadList detects the format of each list from its content', () => {
  it.each<[ListFormat, string]>([
    ['ofac-xml', 'ofac-xml/sdn.xml'],
    ['un-xml', 'un-xml/consolidated.xml'],
    ['eu-xml', 'eu-xml/export.xml'],
    ['canada-xml', 'canada-xml/sema.xml'],
    ['uk-ods', 'uk-sheet/uk-summary.ods'],
    ['uk-xlsx', 'uk-sheet/uk-summary.xlsx'],
    ['dfat-xlsx', 'dfat/consolidated.xlsx'],
    ['uk-csv', 'uk-csv/ConList.csv'],
    ['csl-csv', 'csl/consolidated_small.csv'],
    ['csl-json', 'csl/consolidated_small.json'],
    ['ftm-json', 'ftm/cluster.ftm.json'],
    ['ofac-csv', 'ofac-csv/set/sdn.csv'],
    ['opensanctions-csv', 'opensanctions-csv/targets.simple.csv'],
    ['watchlist-json', 'watchlist/acme.watchlist.json'],
  ])('reads %s from %s without being told', async (format, file) => {
    const result = await loadList({ path: fixturePath(file) });
    expect(result.meta.format).toBe(format);
    expect(result.meta.records).toBe(result.meta.entities + result.meta.rejected);
    expect(result.meta.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('has a detection test for every registered format', () => {
    expect(LIST_LOADERS.map((l) => l.format).sort()).toEqual(
      [
        'canada-xml',
        'csl-csv',
        'csl-json',
        'dfat-xlsx',
        'eu-xml',
        'ftm-json',
        'ofac-csv',
        'ofac-xml',
        'opensanctions-csv',
        'uk-csv',
        'uk-ods',
        'uk-xlsx',
        'un-xml',
        'watchlist-json',
      ].sort(),
    );
  });

  it('loads an OFAC CSV set from its folder, joining the optional files', async () => {
    const result = await loadList({ format: 'ofac-csv', path: fixturePath('ofac-csv/set') });
    expect(result.meta.files.map((f) => f.split('/').pop())).toEqual(
      expect.arrayContaining(['sdn.csv', 'alt.csv', 'add.csv', 'sdn_comments.csv']),
    );
  });

  it('hashes the bytes with SHA-256', async () => {
    expect(await contentHash(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('loadList refuses what it cannot load completely, naming the file', () => {
  it('a missing file', async () => {
    const error = await refusal({ path: '/nonexistent/sdn.csv' });
    expect(error.code).toBe('E_FILE_NOT_FOUND');
    expect(error.message).toContain('/nonexistent/sdn.csv');
  });

  it('an empty file', async () => {
    const error = await refusal({ format: 'un-xml', path: fixturePath('un-xml/bad/empty.xml') });
    expect(error.code).toBe('E_FILE_EMPTY');
  });

  it('a list loaded as the wrong format, saying what it is', async () => {
    const error = await refusal({ format: 'ofac-xml', path: fixturePath('un-xml/consolidated.xml') });
    expect(error.code).toBe('E_FORMAT');
    expect(error.message).toMatch(/load it as un-xml/);
  });

  it('a file no loader recognises, listing the known formats', async () => {
    const dir = tempDir('ss-');
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'these are my notes, not a sanctions list\n');
    const error = await refusal({ path: file });
    expect(error.code).toBe('E_FORMAT');
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/known formats: .*un-xml/);
  });

  it('a web error page saved in place of the list', async () => {
    const error = await refusal({ path: fixturePath('eu-xml/bad/error-page.html') });
    expect(error.code).toBe('E_FORMAT');
  });

  it('a truncated download, even when the format is detected', async () => {
    const error = await refusal({ path: fixturePath('un-xml/bad/truncated.xml') });
    expect(error.code).toBe('E_LIST_TRUNCATED');
  });

  it('a folder given for a single-file format', async () => {
    const error = await refusal({ format: 'un-xml', path: fixturePath('un-xml') });
    expect(error.code).toBe('E_FORMAT');
  });

  it('a folder with no OFAC CSV in it', async () => {
    const error = await refusal({ format: 'ofac-csv', path: fixturePath('un-xml') });
    expect(error.code).toBe('E_FILE_NOT_FOUND');
    expect(error.message).toMatch(/sdn\.csv/);
  });
});

describe('list specs as the CLI takes them', () => {
  it('reads format:path and a bare path', () => {
    expect(parseListSpec('un-xml:consolidated.xml')).toEqual({ format: 'un-xml', path: 'consolidated.xml' });
    expect(parseListSpec('downloads/consolidated.xml')).toEqual({ path: 'downloads/consolidated.xml' });
  });

  it('keeps a Windows drive letter as part of the path', () => {
    expect(parseListSpec('C:\\lists\\sdn.csv')).toEqual({ path: 'C:\\lists\\sdn.csv' });
  });

  it('refuses an unknown format, listing the known ones', () => {
    expect(() => parseListSpec('ofac-pdf:sdn.pdf')).toThrow(
      /unknown list format "ofac-pdf"; known formats: .*ofac-csv/,
    );
    expect(() => loaderFor('nope')).toThrow(expect.objectContaining({ code: 'E_INPUT' }));
  });
});
