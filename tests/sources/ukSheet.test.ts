import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { LoadResult } from '../../src/model/loadResult.js';
import { candidateLoaders, parseDetected } from '../../src/sources/detectFormat.js';
import { loadList } from '../../src/sources/loadList.js';
import type { ListInput } from '../../src/sources/shared/listInput.js';
import { parseUkSheet, ukOdsLoader, ukXlsxLoader } from '../../src/sources/ukSheet.js';
import { byId, rejection } from '../helpers/loadResults.js';
import { fixtureInput, fixturePath, hasShared, sharedInput } from '../helpers/sharedLists.js';

const ods = () => ukOdsLoader.parse(fixtureInput('uk-sheet/uk-summary.ods'));
const xlsx = () => ukXlsxLoader.parse(fixtureInput('uk-sheet/uk-summary.xlsx'));
const bytesOf = (file: string, bytes: Uint8Array): ListInput => ({ file, bytes });

describe('uk-ods loader (hand-written FCDO summary fixture)', () => {
  it('loads Wagner Group as uk-fcdo:RUS1090, an entity designated on 24 March 2022 under the Russia regime', async () => {
    const wagner = byId(await ods(), 'uk-fcdo:RUS1090');
    expect(wagner).toMatchObject({
      sourceId: 'RUS1090',
      schema: 'LegalEntity',
      source: { list: 'uk-fcdo' },
      names: [{ full: 'Wagner Group', kind: 'primary', script: 'Latn' }],
      programs: ['Russia'],
      listedOn: { date: '2022-03-24' },
      identifiers: [{ type: 'other', value: '15033', label: 'OFSI Group ID' }],
      properties: {
        designationSource: ['UK'],
        sanctionsImposed: ['Asset freeze', 'Director Disqualification Sanction', 'Trust Services Sanctions'],
      },
    });
  });

  it('reads Individual as Person, Entity as LegalEntity and Ship as Vessel', async () => {
    const result = await ods();
    expect(result.entities.map((e) => [e.id, e.schema])).toEqual([
      ['uk-fcdo:AFG0006', 'Person'],
      ['uk-fcdo:DPR0075', 'Vessel'],
      ['uk-fcdo:GUB0009', 'Person'],
      ['uk-fcdo:RUS1090', 'LegalEntity'],
      ['uk-fcdo:RUS1951', 'LegalEntity'],
      ['uk-fcdo:RUS1952', 'LegalEntity'],
    ]);
  });

  it('finds the header by its column names below the title rows, on the list sheet after a cover sheet', async () => {
    const result = await ods();
    expect(result.meta).toMatchObject({ format: 'uk-ods', records: 7, entities: 6, rejected: 1 });
    expect(result.issues.find((i) => i.code === 'HEADER_ROW')).toMatchObject({ severity: 'info', line: 3 });
  });

  it('reads names split by spans and <text:s/>, date-typed cells, and leaves cell comments out of the name', async () => {
    const result = await ods();
    expect(byId(result, 'uk-fcdo:RUS1951').names[0]?.full).toBe('AZU INTERNATIONAL LTD STI');
    expect(byId(result, 'uk-fcdo:RUS1952').listedOn).toEqual({ date: '2023-08-08' });
    expect(byId(result, 'uk-fcdo:RUS1090').names).toHaveLength(1);
  });

  it('keeps both sources of a designation made under UK and UN listings, and a ship without a group id', async () => {
    const result = await ods();
    expect(byId(result, 'uk-fcdo:GUB0009').properties?.designationSource).toEqual(['UK', 'UN']);
    expect(byId(result, 'uk-fcdo:DPR0075').identifiers).toEqual([]);
  });

  it('refuses designation BEL0174, which has no name in the export, with an error issue instead of dropping it', async () => {
    const result = await ods();
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([
      expect.objectContaining({ code: 'MISSING_NAME', record: 'BEL0174', line: 5, field: 'name' }),
    ]);
    expect(result.issues.find((i) => i.code === 'MISSING_NAME')?.message).toContain('OFSI Group ID 16744');
  });

  it('skips a blank row between designations with a note, and the filler rows LibreOffice adds to the end', async () => {
    const result = await ods();
    expect(result.issues.find((i) => i.code === 'BLANK_ROWS')).toMatchObject({ severity: 'info', line: 8 });
    expect(result.meta.records).toBe(7);
  });

  it('warns that the list date is unknown unless source.publishedAt is given', async () => {
    expect((await ods()).issues[0]).toMatchObject({ severity: 'warning', code: 'NO_LIST_DATE' });
    const dated = await ukOdsLoader.parse(fixtureInput('uk-sheet/uk-summary.ods'), {
      source: { publishedAt: '2025-08-11' },
    });
    expect(dated.meta.source).toEqual({ list: 'uk-fcdo', name: 'UK Sanctions List (FCDO)', publishedAt: '2025-08-11' });
    expect(dated.issues.some((i) => i.code === 'NO_LIST_DATE')).toBe(false);
  });
});

describe('uk-xlsx loader', () => {
  it('loads the same designations from the .xlsx as from the .ods', async () => {
    const [fromOds, fromXlsx] = await Promise.all([ods(), xlsx()]);
    expect(fromXlsx.meta).toMatchObject({ format: 'uk-xlsx', records: 7, entities: 6, rejected: 1 });
    expect(fromXlsx.entities).toEqual(fromOds.entities);
  });
});

describe('uk spreadsheet loaders refuse what is not a UK summary spreadsheet', () => {
  it('refuses an empty file (E_FILE_EMPTY), naming it', async () => {
    const error = await rejection(ukOdsLoader.parse(bytesOf('empty.ods', new Uint8Array())));
    expect(error.code).toBe('E_FILE_EMPTY');
    expect(error.message).toContain('empty.ods');
  });

  it('refuses a CSV saved with an .xlsx name: not a zip (E_FORMAT)', async () => {
    const error = await rejection(
      ukXlsxLoader.parse(bytesOf('list.xlsx', strToU8('Unique ID,Name\nRUS1090,Wagner Group\n'))),
    );
    expect(error.code).toBe('E_FORMAT');
    expect(error.message).toContain('list.xlsx');
    expect(error.message).toContain('zip');
  });

  it('refuses a download cut short in the middle of the zip (E_LIST_TRUNCATED)', async () => {
    const whole = fixtureInput('uk-sheet/uk-summary.ods').bytes;
    const error = await rejection(ukOdsLoader.parse(bytesOf('cut.ods', whole.subarray(0, whole.length - 200))));
    expect(error.code).toBe('E_LIST_TRUNCATED');
    expect(error.message).toContain('cut.ods');
  });

  it('refuses a spreadsheet without the UK columns, naming the missing ones and those found (E_FORMAT)', async () => {
    const error = await rejection(ukOdsLoader.parse(fixtureInput('uk-sheet/wrong-columns.ods')));
    expect(error.code).toBe('E_FORMAT');
    expect(error.message).toContain('wrong-columns.ods');
    expect(error.message).toMatch(/columns Type, Regime Name /);
    expect(error.message).toContain('found: Unique ID, Name, Country');
  });

  it('refuses a DFAT workbook as a UK spreadsheet, so detection can move on (E_FORMAT)', async () => {
    const error = await rejection(ukXlsxLoader.parse(fixtureInput('dfat/consolidated.xlsx')));
    expect(error.code).toBe('E_FORMAT');
    expect(error.message).toMatch(/columns Unique ID, Name, Regime Name /);
  });

  it('refuses an .xlsx given as .ods and an OpenDocument text given as a spreadsheet (E_FORMAT)', async () => {
    const xlsxAsOds = await rejection(parseUkSheet(fixtureInput('uk-sheet/uk-summary.xlsx'), 'ods', 'uk-ods'));
    expect(xlsxAsOds.code).toBe('E_FORMAT');
    expect(xlsxAsOds.message).toContain('content.xml');
    const odt = zipSync({
      mimetype: strToU8('application/vnd.oasis.opendocument.text'),
      'content.xml': strToU8('<x/>'),
    });
    const text = await rejection(ukOdsLoader.parse(bytesOf('letter.ods', odt)));
    expect(text.code).toBe('E_FORMAT');
    expect(text.message).toContain('opendocument.text');
  });

  it('refuses a zip whose content is damaged with E_FORMAT, not a stack trace', async () => {
    const damaged = new Uint8Array(fixtureInput('uk-sheet/uk-summary.ods').bytes);
    // Overwrite the compressed content.xml just after its local file header.
    const entry = new TextDecoder('latin1').decode(damaged).indexOf('content.xml');
    damaged.fill(0x41, entry + 20, entry + 220);
    const error = await rejection(ukOdsLoader.parse(bytesOf('damaged.ods', damaged)));
    expect(error.code).toBe('E_FORMAT');
    expect(error.message).toContain('damaged.ods');
  });
});

describe('format detection picks the UK spreadsheet loaders', () => {
  it('detects the .ods as uk-ods and the .xlsx as uk-xlsx through loadList', async () => {
    const fromOds = await loadList({ path: fixturePath('uk-sheet/uk-summary.ods') });
    expect(fromOds.meta.format).toBe('uk-ods');
    expect(fromOds.meta.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const fromXlsx = await loadList({ path: fixturePath('uk-sheet/uk-summary.xlsx') });
    expect(fromXlsx.meta.format).toBe('uk-xlsx');
  });

  it('sniffs an .ods only as uk-ods, and an .xlsx as every spreadsheet loader', () => {
    const formats = (relative: string) => candidateLoaders(fixtureInput(relative)).map((l) => l.format);
    expect(formats('uk-sheet/uk-summary.ods')).toEqual(['uk-ods']);
    expect(formats('uk-sheet/uk-summary.xlsx')).toEqual(['uk-xlsx', 'dfat-xlsx']);
  });

  it('refuses a spreadsheet of another kind, saying which loaders were tried (E_FORMAT)', async () => {
    const error = await rejection(parseDetected(fixtureInput('uk-sheet/wrong-columns.ods')));
    expect(error.code).toBe('E_FORMAT');
    expect(error.message).toContain('Tried uk-ods');
  });
});

describe.skipIf(!hasShared)('the FCDO UK Sanctions List summary export of 11 Aug 2025 (../shared/lists)', () => {
  let loaded: Promise<LoadResult> | undefined;
  const load = () => {
    loaded ??= ukOdsLoader.parse(sharedInput('uk/UK_Sanctions_List_2025-08-11.ods'));
    return loaded;
  };

  it('reads all 5,302 designations: 3,754 individuals, 1,087 entities and 461 ships', async () => {
    const result = await load();
    expect(result.meta).toMatchObject({ format: 'uk-ods', records: 5302, entities: 5300, rejected: 2 });
    const bySchema: Record<string, number> = {};
    for (const e of result.entities) bySchema[e.schema] = (bySchema[e.schema] ?? 0) + 1;
    // The two rejected designations are individuals whose Name cell is empty in the export.
    expect(bySchema).toEqual({ Person: 3752, LegalEntity: 1087, Vessel: 461 });
  });

  it('accounts for every designation: the two without a name are rejected with an error each', async () => {
    const result = await load();
    const errors = result.issues.filter((i) => i.severity === 'error');
    expect(result.meta.records).toBe(result.meta.entities + result.meta.rejected);
    expect(errors.map((i) => [i.code, i.record])).toEqual([
      ['MISSING_NAME', 'BEL0174'],
      ['MISSING_NAME', 'RUS1467'],
    ]);
  });

  it('has Wagner Group (RUS1090) and AZU INTERNATIONAL LTD STI (RUS1951) under the Russia regime', async () => {
    const result = await load();
    expect(byId(result, 'uk-fcdo:RUS1090')).toMatchObject({
      names: [{ full: 'Wagner Group' }],
      schema: 'LegalEntity',
      programs: ['Russia'],
      listedOn: { date: '2022-03-24' },
      identifiers: [{ value: '15033' }],
    });
    expect(byId(result, 'uk-fcdo:RUS1951')).toMatchObject({
      names: [{ full: 'AZU INTERNATIONAL LTD STI' }],
      listedOn: { date: '2023-08-08' },
      identifiers: [{ value: '16058' }],
    });
  });
});
