import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/model/entity.js';
import type { LoadResult } from '../../src/model/loadResult.js';
import { parseDetected } from '../../src/sources/detectFormat.js';
import { baseReference } from '../../src/sources/dfat/dfatListing.js';
import { dfatXlsxLoader } from '../../src/sources/dfatXlsx.js';
import { loadList } from '../../src/sources/loadList.js';
import { byId, rejection } from '../helpers/loadResults.js';
import { fixtureInput, fixturePath, hasShared, sharedInput } from '../helpers/sharedLists.js';

const fixture = () => dfatXlsxLoader.parse(fixtureInput('dfat/consolidated.xlsx'));
const quirks = () => dfatXlsxLoader.parse(fixtureInput('dfat/quirks.xlsx'));
const names = (entity: Entity) => entity.names.map((n) => [n.full, n.kind]);

describe('dfat-xlsx loader (hand-written consolidated list fixture)', () => {
  it('folds alias rows 7209a and 7209b into listing 7209 "Private Military Company “Wagner”"', async () => {
    const wagner = byId(await fixture(), 'au-dfat:7209');
    expect(wagner).toMatchObject({ sourceId: '7209', schema: 'LegalEntity', source: { list: 'au-dfat' } });
    expect(names(wagner)).toEqual([
      ['Private Military Company “Wagner”', 'primary'],
      ['PMC Wagner', 'alias'],
      ['Wagner Group', 'alias'],
    ]);
    expect(wagner.programs).toEqual(['Autonomous (Ukraine)']);
    expect(wagner.addresses).toEqual([{ full: 'Russia', country: 'RU' }]);
    expect(wagner.remarks).toEqual([
      'Listing information: Autonomous Sanctions (Designated Persons and Entities and Declared Persons—Russia and Ukraine) Amendment (No. 16) Instrument 2022',
    ]);
  });

  it('counts listings as records and the physical rows below the header as rows', async () => {
    const result = await fixture();
    expect(result.meta).toMatchObject({ format: 'dfat-xlsx', records: 6, entities: 6, rejected: 0, rows: 17 });
    expect(result.issues.find((i) => i.code === 'BLANK_ROWS')).toMatchObject({ severity: 'info', line: 17 });
  });

  it('reads Milosh Eduardovich VAGNER (7430) with his date of birth cell, birthplace and Russian citizenship', async () => {
    const vagner = byId(await fixture(), 'au-dfat:7430');
    expect(vagner.schema).toBe('Person');
    expect(names(vagner)).toEqual([
      ['Milosh Eduardovich VAGNER', 'primary'],
      ["Milosh E'duardovich VAGNER", 'alias'],
      ['Milos WAGNER', 'alias'],
    ]);
    expect(vagner.birthDates).toEqual([{ date: '1979-10-14' }]);
    expect(vagner.birthPlaces).toEqual(['Ukhta, Komi Republic, Russia']);
    expect(vagner.nationalities).toEqual(['RU']);
    expect(vagner.programs).toEqual(['Autonomous (Russia)']);
  });

  it('takes Original Script rows as aliases in their own script, and folds the sub-alias 34c1 into listing 34', async () => {
    const result = await fixture();
    expect(byId(result, 'au-dfat:2').names[1]).toEqual({ full: 'محمد حسن أخوند', kind: 'alias', script: 'Arab' });
    expect(names(byId(result, 'au-dfat:34'))).toEqual([
      ['Abdul Jalil Haqqani Wali Mohammad', 'primary'],
      ['عبد الجليل حقانی ولی محمد', 'alias'],
      ['Akhter Mohmad son of Noor Mohmad', 'alias'],
      ['اختر محمد ولد نور محمد', 'alias'],
    ]);
  });

  it('reads "Primary Name " and "Aka" through the name-type table', async () => {
    const result = await fixture();
    expect(names(byId(result, 'au-dfat:6241'))).toEqual([['Jamaah Ansharut Daulah', 'primary']]);
    expect(result.issues.some((i) => i.code === 'UNKNOWN_NAME_TYPE')).toBe(false);
  });

  it('reads "Approximately 1955- 1958" ranges, "Approximately 1963" and "  10 Apr. 1979" as dates of birth', async () => {
    const result = await fixture();
    expect(byId(result, 'au-dfat:2').birthDates).toEqual([
      { date: '1955', to: '1958', circa: true },
      { date: '1945', to: '1950', circa: true },
    ]);
    expect(byId(result, 'au-dfat:34').birthDates).toEqual([{ date: '1963', circa: true }]);
    expect(byId(result, 'au-dfat:1294').birthDates).toEqual([{ date: '1979-04-10' }]);
  });

  it('keeps the citizenship "Possibly Ethiopian" as text with a warning instead of guessing Ethiopia', async () => {
    const result = await fixture();
    const omar = byId(result, 'au-dfat:1294');
    expect(omar.nationalities).toEqual([]);
    expect(omar.properties?.citizenshipText).toEqual(['Possibly Ethiopian']);
    expect(result.issues.find((i) => i.code === 'UNKNOWN_COUNTRY')).toMatchObject({
      severity: 'warning',
      record: '1294',
      field: 'citizenship',
    });
  });

  it('reads the two enumerated birthplaces of listing 34 and takes DFAT\'s "NA" as no address', async () => {
    const result = await fixture();
    expect(byId(result, 'au-dfat:34').birthPlaces).toEqual([
      'Khwaja Malik, Arghandab District, Kandahar Province, Afghanistan',
      'Kandahar City, Kandahar Province, Afghanistan',
    ]);
    expect(byId(result, 'au-dfat:2').addresses).toEqual([]);
  });

  it("dates the list by its latest Control Date and keeps each listing's own", async () => {
    const result = await fixture();
    expect(result.meta.source.publishedAt).toBe('2023-02-24');
    expect(byId(result, 'au-dfat:7209').properties?.controlDate).toEqual(['2022-05-18']);
    const dated = await dfatXlsxLoader.parse(fixtureInput('dfat/consolidated.xlsx'), {
      source: { publishedAt: '2024-11-11' },
    });
    expect(dated.meta.source.publishedAt).toBe('2024-11-11');
  });
});

describe('dfat-xlsx loader reports the rows it cannot take as written (quirks fixture)', () => {
  it('builds listing 319 from its alias row 319c, whose primary row is missing, with a warning', async () => {
    const result = await quirks();
    expect(names(byId(result, 'au-dfat:319'))).toEqual([['Cyril MACQ', 'primary']]);
    expect(result.issues.filter((i) => i.record === '319').map((i) => i.code)).toEqual([
      'ORPHAN_ALIAS_ROWS',
      'NO_PRIMARY_NAME',
      'UNPARSED_DATE',
    ]);
  });

  it('keeps the date of birth "29-Aprl-1967", which is not a date, as text in remarks', async () => {
    const macq = byId(await quirks(), 'au-dfat:319');
    expect(macq.birthDates).toEqual([]);
    expect(macq.remarks).toContain('Date of birth: 29-Aprl-1967');
    expect(macq.properties?.birthDateText).toEqual(['29-Aprl-1967']);
  });

  it('warns about an unknown Name Type and loads that name as an alias', async () => {
    const result = await quirks();
    expect(names(byId(result, 'au-dfat:7430'))[1]).toEqual(["Milosh E'duardovich VAGNER", 'alias']);
    expect(result.issues.find((i) => i.code === 'UNKNOWN_NAME_TYPE')).toMatchObject({
      severity: 'warning',
      line: 5,
      record: '7430',
      field: 'nameType',
    });
  });

  it('rejects a row without a Reference with an error issue, so the books still balance', async () => {
    const result = await quirks();
    expect(result.meta).toMatchObject({ records: 4, entities: 3, rejected: 1, rows: 5 });
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([
      expect.objectContaining({ code: 'MISSING_REFERENCE', line: 7, field: 'reference' }),
    ]);
  });

  it('reads a Control Date written as a plain Excel serial (45607 is 11 Nov 2024)', async () => {
    const result = await quirks();
    expect(byId(result, 'au-dfat:7209').properties?.controlDate).toEqual(['2024-11-11']);
    expect(result.meta.source.publishedAt).toBe('2024-11-11');
  });

  it('finds the header below a title row and reports a value under no header', async () => {
    const result = await quirks();
    expect(result.issues.find((i) => i.code === 'HEADER_ROW')).toMatchObject({ line: 2 });
    expect(result.issues.find((i) => i.code === 'CELL_OUTSIDE_TABLE')?.message).toContain('"checked"');
  });
});

describe('DFAT references', () => {
  it('finds the listing of each reference: 7209b in 7209, the sub-alias 34c1 in 34', () => {
    expect(['7209', '7209a', '7209b', '34c1', '2672a10', ' 7430 '].map(baseReference)).toEqual([
      '7209',
      '7209',
      '7209',
      '34',
      '2672',
      '7430',
    ]);
  });
});

describe('dfat-xlsx loader refuses bad files', () => {
  it('refuses an empty file (E_FILE_EMPTY), naming it', async () => {
    const error = await rejection(dfatXlsxLoader.parse({ file: 'regulation8.xlsx', bytes: new Uint8Array() }));
    expect(error.code).toBe('E_FILE_EMPTY');
    expect(error.message).toContain('regulation8.xlsx');
  });

  it('refuses a web page saved as .xlsx: not a zip (E_FORMAT)', async () => {
    const page = strToU8('<!DOCTYPE html><html><body>Access denied</body></html>');
    const error = await rejection(dfatXlsxLoader.parse({ file: 'regulation8.xlsx', bytes: page }));
    expect(error.code).toBe('E_FORMAT');
    expect(error.message).toContain('regulation8.xlsx');
  });

  it('refuses a workbook cut short (E_LIST_TRUNCATED)', async () => {
    const whole = fixtureInput('dfat/consolidated.xlsx').bytes;
    const error = await rejection(dfatXlsxLoader.parse({ file: 'cut.xlsx', bytes: whole.subarray(0, 4000) }));
    expect(error.code).toBe('E_LIST_TRUNCATED');
    expect(error.message).toContain('cut.xlsx');
  });

  it('refuses the UK summary workbook, naming the missing DFAT columns and those found (E_FORMAT)', async () => {
    const error = await rejection(dfatXlsxLoader.parse(fixtureInput('uk-sheet/uk-summary.xlsx')));
    expect(error.code).toBe('E_FORMAT');
    expect(error.message).toContain('uk-summary.xlsx');
    expect(error.message).toContain('columns Reference, Name Type ');
    expect(error.message).toContain('found: Unique ID, OFSI Group ID, Name');
  });

  it('refuses an OpenDocument spreadsheet as an Excel workbook (E_FORMAT)', async () => {
    const error = await rejection(dfatXlsxLoader.parse(fixtureInput('uk-sheet/uk-summary.ods')));
    expect(error.code).toBe('E_FORMAT');
    expect(error.message).toContain('uk-summary.ods');
  });
});

describe('format detection picks dfat-xlsx after uk-xlsx refuses the workbook', () => {
  it('detects the DFAT workbook through loadList', async () => {
    const result = await loadList({ path: fixturePath('dfat/consolidated.xlsx') });
    expect(result.meta).toMatchObject({ format: 'dfat-xlsx', records: 6 });
  });

  it('loads the same listings when detected as when loaded as dfat-xlsx', async () => {
    const input = fixtureInput('dfat/consolidated.xlsx');
    const [detected, direct] = [await parseDetected(input), await dfatXlsxLoader.parse(input)];
    expect(detected.entities).toEqual(direct.entities);
  });
});

describe.skipIf(!hasShared)('the DFAT consolidated list of Nov 2024 (../shared/lists)', () => {
  let loaded: Promise<LoadResult> | undefined;
  const load = () => {
    loaded ??= dfatXlsxLoader.parse(sharedInput('australia/regulation8_consolidated.xlsx'));
    return loaded;
  };

  it('folds 9,560 rows into 3,062 listings and loses none', async () => {
    const result = await load();
    expect(result.meta).toMatchObject({ records: 3062, entities: 3062, rejected: 0, rows: 9560 });
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    // 9,553 name rows; the sheet ends with 7 formatted blank rows, reported as such.
    expect(result.issues.find((i) => i.code === 'BLANK_ROWS')?.message).toMatch(/^7 blank row/);
    const bySchema: Record<string, number> = {};
    for (const e of result.entities) bySchema[e.schema] = (bySchema[e.schema] ?? 0) + 1;
    expect(bySchema).toEqual({ Person: 2316, LegalEntity: 746 });
    expect(result.entities.reduce((n, e) => n + e.names.length, 0)).toBeGreaterThan(9000);
  });

  it('has Wagner (7209) with its aliases PMC Wagner and Wagner Group, and Milosh VAGNER (7430)', async () => {
    const result = await load();
    expect(names(byId(result, 'au-dfat:7209'))).toEqual([
      ['Private Military Company “Wagner”', 'primary'],
      ['PMC Wagner', 'alias'],
      ['Wagner Group', 'alias'],
    ]);
    expect(byId(result, 'au-dfat:7209').programs).toEqual(['Autonomous (Ukraine)']);
    expect(byId(result, 'au-dfat:7430')).toMatchObject({
      schema: 'Person',
      names: [{ full: 'Milosh Eduardovich VAGNER', kind: 'primary' }, {}, {}],
      birthDates: [{ date: '1979-10-14' }],
      nationalities: ['RU'],
    });
  });

  it('dates the list 11 Nov 2024, its latest Control Date', async () => {
    expect((await load()).meta.source.publishedAt).toBe('2024-11-11');
  });
});
