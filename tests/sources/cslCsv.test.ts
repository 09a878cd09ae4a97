import { describe, expect, it } from 'vitest';
import type { LoadResult } from '../../src/model/loadResult.js';
import { cslCsvLoader } from '../../src/sources/cslCsv.js';
import { listInputFromText } from '../../src/sources/shared/listInput.js';
import { byId, rejection } from '../helpers/loadResults.js';
import { fixtureInput, hasShared, sharedInput } from '../helpers/sharedLists.js';

describe('csl-csv loader (hand-written fixture)', () => {
  it('loads every listing with the us-csl namespace and balanced books', async () => {
    const result = await cslCsvLoader.parse(fixtureInput('csl/consolidated_small.csv'));
    expect(result.meta).toMatchObject({ format: 'csl-csv', records: 7, entities: 7, rejected: 0 });
    expect(result.meta.source.list).toBe('us-csl');
    expect(result.entities.every((e) => e.id.startsWith('us-csl:'))).toBe(true);
  });

  it('tells an Entity List hit from an SDN hit by the source list code and name', async () => {
    const result = await cslCsvLoader.parse(fixtureInput('csl/consolidated_small.csv'));
    const huawei = byId(result, 'us-csl:9c3f1a2b4d5e6f708192a3b4c5d6e7f8');
    expect(huawei.properties?.cslList).toEqual(['EL']);
    expect(huawei.source.name).toContain('Entity List (EL)');
    expect(huawei.properties?.licensePolicy).toEqual(['Presumption of denial.']);
    const wagner = byId(result, 'us-csl:22543');
    expect(wagner.properties?.cslList).toEqual(['SDN']);
    expect(wagner.programs).toEqual(['TCO', 'UKRAINE-EO13660', 'CAR', 'RUSSIA-EO14024']);
    expect(wagner.names.filter((n) => n.kind === 'alias').map((n) => n.full)).toContain('WAGNER GROUP');
  });

  it('keeps both listings when OFAC lists one number on the SSI and NS-MBS lists', async () => {
    const result = await cslCsvLoader.parse(fixtureInput('csl/consolidated_small.csv'));
    expect(byId(result, 'us-csl:17014@SSI').names[0]?.full).toBe('JOINT STOCK COMPANY RUSSIAN AGRICULTURAL BANK');
    expect(byId(result, 'us-csl:17014@MBS').properties?.cslList).toEqual(['MBS']);
    expect(result.issues.some((i) => i.code === 'SHARED_ENTITY_NUMBER')).toBe(true);
  });

  it('reads an SDN individual: name parts, birth dates, nationality, typed identifiers and gender', async () => {
    const result = await cslCsvLoader.parse(fixtureInput('csl/consolidated_small.csv'));
    const gloria = byId(result, 'us-csl:11474');
    expect(gloria.schema).toBe('Person');
    expect(gloria.names[0]?.parts).toEqual({ last: 'DURAN PORRAS', first: 'Gloria Amparo' });
    expect(gloria.birthDates).toEqual([{ date: '1968-02-11' }, { date: '1968-11-02' }]);
    expect(gloria.nationalities).toEqual(['CO']);
    expect(gloria.gender).toBe('female');
    expect(gloria.identifiers).toContainEqual({
      type: 'nationalId',
      value: '42895110',
      country: 'CO',
      label: 'Cedula No.',
    });
    expect(gloria.identifiers).toContainEqual({
      type: 'passport',
      value: 'AB123456',
      country: 'CO',
      label: 'Passport',
      issuedOn: { date: '2010-01-12' },
      expiresOn: { date: '2020-01-11' },
    });
  });

  it('types untyped BIS parties as LegalEntity and says so once', async () => {
    const result = await cslCsvLoader.parse(fixtureInput('csl/consolidated_small.csv'));
    expect(byId(result, 'us-csl:d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6').schema).toBe('LegalEntity');
    const info = result.issues.filter((i) => i.code === 'UNTYPED_PARTIES');
    expect(info).toHaveLength(1);
    expect(info[0]?.message).toMatch(/^2 records have no type/);
  });

  it('reads the Denied Persons order dates as listing and delisting dates', async () => {
    const result = await cslCsvLoader.parse(fixtureInput('csl/consolidated_small.csv'));
    const kue = byId(result, 'us-csl:d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6');
    expect(kue.listedOn).toEqual({ date: '2012-07-24' });
    expect(kue.delistedOn).toEqual({ date: '2022-07-24' });
    expect(kue.properties?.standardOrder).toEqual(['Y']);
  });

  it('takes the country of an address from its trailing code or name', async () => {
    const result = await cslCsvLoader.parse(fixtureInput('csl/consolidated_small.csv'));
    const huawei = byId(result, 'us-csl:9c3f1a2b4d5e6f708192a3b4c5d6e7f8');
    expect(huawei.addresses.map((a) => a.country)).toEqual(['CN', 'HK']);
    expect(huawei.countries).toEqual(['CN', 'HK']);
  });

  it('keeps vessel particulars and maps the flag to a code', async () => {
    const result = await cslCsvLoader.parse(fixtureInput('csl/consolidated_small.csv'));
    const tug = byId(result, 'us-csl:9563');
    expect(tug.schema).toBe('Vessel');
    expect(tug.vessel).toEqual({
      flag: 'CU',
      callSign: 'CL2192',
      type: 'Tug',
      grossRegisteredTonnage: '212',
      owner: 'Samir de Navegacion S.A.',
    });
  });

  it('keeps listing facts from the ids column as properties, not identifiers', async () => {
    const result = await cslCsvLoader.parse(fixtureInput('csl/consolidated_small.csv'));
    const wagner = byId(result, 'us-csl:22543');
    expect(wagner.identifiers).toEqual([]);
    expect(wagner.properties?.website).toEqual(['www.example-wagner.ru']);
    expect(wagner.properties?.sanctionsInformation?.[0]).toMatch(/^Secondary sanctions risk:/);
  });

  it('recognises its own header and no other', () => {
    expect(
      cslCsvLoader.sniff('_id,source,entity_number,type,programs,name,title,addresses,source_list_url\n', 'x'),
    ).toBe(true);
    expect(cslCsvLoader.sniff('id,schema,name,aliases\n', 'x')).toBe(false);
  });
});

describe('csl-csv loader: partial and bad files', () => {
  it('refuses a file that ends inside a record, naming the line', async () => {
    const error = await rejection(cslCsvLoader.parse(fixtureInput('csl/consolidated_partial.csv')));
    expect(error.code).toBe('E_LIST_TRUNCATED');
    expect(error.line).toBe(6);
  });

  it('refuses a file whose last row stops after a closed quote, short of the header', async () => {
    const whole = new TextDecoder().decode(fixtureInput('csl/consolidated_small.csv').bytes);
    const lastRow = whole.trimEnd().lastIndexOf('\n') + 1;
    const cut = whole.slice(0, whole.indexOf('",', lastRow) + 1);
    const error = await rejection(cslCsvLoader.parse(listInputFromText('cut.csv', cut)));
    expect(error.code).toBe('E_LIST_TRUNCATED');
    expect(error.line).toBe(whole.slice(0, lastRow).split('\n').length);
  });

  it('with allowTruncated, skips the repeated header and rejects only the cut-off record', async () => {
    const result = await cslCsvLoader.parse(fixtureInput('csl/consolidated_partial.csv'), { allowTruncated: true });
    expect(result.meta).toMatchObject({ records: 4, entities: 3, rejected: 1 });
    expect(result.issues.find((i) => i.code === 'REPEATED_HEADER')).toMatchObject({ severity: 'info', line: 2 });
    expect(result.issues.find((i) => i.severity === 'error')).toMatchObject({
      code: 'TRUNCATED_RECORD',
      line: 6,
      record: '11476',
    });
  });

  it('refuses an empty file', async () => {
    const error = await rejection(cslCsvLoader.parse({ file: 'empty.csv', bytes: new Uint8Array() }));
    expect(error.code).toBe('E_FILE_EMPTY');
  });

  it('refuses a CSV without the CSL columns', async () => {
    const input = listInputFromText('sdn.csv', '36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA"\n');
    expect((await rejection(cslCsvLoader.parse(input))).code).toBe('E_CSV_COLUMNS');
  });

  it('refuses a header-only file as an empty list', async () => {
    const input = listInputFromText('header.csv', '_id,source,entity_number,type,name,alt_names\n');
    expect((await rejection(cslCsvLoader.parse(input))).code).toBe('E_LIST_EMPTY');
  });

  it('rejects a row whose width differs from the header, naming its line', async () => {
    const text =
      '_id,source,type,name,alt_names\n"1","Entity List (EL) - Bureau of Industry and Security","","A Co",""\n"2","x"\n';
    const result = await cslCsvLoader.parse(listInputFromText('w.csv', text));
    expect(result.meta).toMatchObject({ records: 2, entities: 1, rejected: 1 });
    expect(result.issues.find((i) => i.severity === 'error')).toMatchObject({ code: 'CSV_ROW_WIDTH', line: 3 });
  });
});

describe.skipIf(!hasShared)('csl-csv loader (real ../shared/lists file)', () => {
  const file = 'us_trade_csl/csl_partial_2023-11.csv';
  let loaded: Promise<LoadResult> | undefined;
  const load = () => {
    loaded ??= cslCsvLoader.parse(sharedInput(file), { allowTruncated: true });
    return loaded;
  };

  it('refuses the partial moov-io copy by default, naming its cut-off line', async () => {
    const error = await rejection(cslCsvLoader.parse(sharedInput(file)));
    expect(error.code).toBe('E_LIST_TRUNCATED');
    expect(error.line).toBe(4233);
  });

  it('counts its 4,227 data rows: 4,226 entities and the cut-off SDN record rejected', async () => {
    const result = await load();
    expect(result.meta).toMatchObject({ records: 4227, entities: 4226, rejected: 1 });
    const errors = result.issues.filter((i) => i.severity === 'error');
    expect(errors).toEqual([expect.objectContaining({ code: 'TRUNCATED_RECORD', line: 4233, record: '11476' })]);
    expect(result.issues.filter((i) => i.code === 'REPEATED_HEADER').map((i) => i.line)).toEqual([2]);
  });

  it('has the per-list counts of PROVENANCE.md (SDN 1,738 with the cut-off record)', async () => {
    const result = await load();
    const counts: Record<string, number> = {};
    for (const e of result.entities) {
      const code = e.properties?.cslList?.[0] ?? '?';
      counts[code] = (counts[code] ?? 0) + 1;
    }
    expect(counts).toMatchObject({
      SDN: 1737,
      EL: 919,
      DPL: 577,
      SSI: 288,
      UVL: 186,
      ISN: 144,
      DTC: 142,
      PLC: 78,
      MEU: 71,
      CMIC: 68,
      MBS: 14,
    });
    // The 1,738th SDN row is the one the file cuts off.
    const lastLine = new TextDecoder().decode(sharedInput(file).bytes).split('\n')[4232];
    expect(lastLine).toMatch(/^"11476","Specially Designated Nationals \(SDN\)/);
  });

  it('keeps the seven numbers OFAC lists twice as distinct ids', async () => {
    const result = await load();
    expect(new Set(result.entities.map((e) => e.id)).size).toBe(4226);
    expect(result.entities.filter((e) => e.id.includes('@'))).toHaveLength(14);
    expect(byId(result, 'us-csl:9659@PLC').names[0]?.full).toBe('Fathi Ahmad Mohammad HAMMAD');
    expect(byId(result, 'us-csl:9659@SDN').names[0]?.parts).toEqual({ last: 'HAMMAD', first: 'Fathi Ahmad Mohammad' });
  });

  it('reads VTB Bank on the SSI list with its registration, tax and SWIFT identifiers', async () => {
    const result = await load();
    const vtb = byId(result, 'us-csl:17013');
    expect(vtb.properties?.cslList).toEqual(['SSI']);
    expect(vtb.identifiers).toContainEqual({ type: 'bic', value: 'VTBRRUMM', label: 'SWIFT/BIC' });
    expect(vtb.identifiers).toContainEqual({ type: 'taxId', value: '7702070139', country: 'RU', label: 'Tax ID No.' });
    expect(vtb.countries).toEqual(['RU']);
  });
});
