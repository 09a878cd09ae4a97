import { describe, expect, it } from 'vitest';
import type { LoadResult } from '../../src/model/loadResult.js';
import { opensanctionsCsvLoader } from '../../src/sources/opensanctionsCsv.js';
import { listInputFromText } from '../../src/sources/shared/listInput.js';
import { byId, rejection } from '../helpers/loadResults.js';
import { fixtureInput, hasShared, sharedInput } from '../helpers/sharedLists.js';

const targets = () => opensanctionsCsvLoader.parse(fixtureInput('opensanctions-csv/targets.simple.csv'));

describe('opensanctions-csv loader: OpenSanctions simple CSV', () => {
  it('loads every target under the opensanctions namespace, named and dated by its dataset', async () => {
    const result = await targets();
    expect(result.meta).toMatchObject({ format: 'opensanctions-csv', records: 5, entities: 5, rejected: 0 });
    expect(result.meta.source).toEqual({
      list: 'opensanctions',
      name: 'OpenSanctions: Ukraine War and Sanctions',
      publishedAt: '2026-03-13',
    });
    expect(result.entities.map((e) => e.schema)).toEqual(['Vessel', 'Person', 'LegalEntity', 'Company', 'LegalEntity']);
  });

  it('keeps Cyrillic aliases with their script', async () => {
    const ivakha = byId(await targets(), 'opensanctions:NK-26WkuEefVYLmYk8aTHMC9E');
    expect(ivakha.names.map((n) => [n.full, n.kind, n.script])).toEqual([
      ['IVAKHA Denis Vladimirovich', 'primary', 'Latn'],
      ['ІВАХА Денис Володимирович', 'alias', 'Cyrl'],
      ['ИВАХА Денис Владимирович', 'alias', 'Cyrl'],
    ]);
    expect(ivakha.birthDates).toEqual([{ date: '1973-06-23' }, { date: '1974-06-23' }]);
    expect(ivakha.programs).toEqual(['UA-WS-EXECUTIVES']);
  });

  it('reads a vessel with its flags of convenience and IMO number', async () => {
    const rosalin = byId(await targets(), 'opensanctions:NK-24cf2zYe7LEKhr2zFck73j');
    expect(rosalin.countries).toEqual(['LR', 'PA', 'SG', 'ST']);
    expect(rosalin.identifiers).toEqual([{ type: 'imo', value: 'IMO9253325', label: 'IMO' }]);
    expect(rosalin.remarks).toEqual([]);
  });

  it('reads multi-value cells that are themselves quoted, including line breaks and quotes', async () => {
    const result = await targets();
    const plant = byId(result, 'opensanctions:NK-28mqu8V3AzembAmAfehWPd');
    expect(plant.names[0]?.full).toBe('JOINT-STOCK COMPANY "KRASNOZAVODSKY CHEMICAL PLANT"');
    expect(plant.remarks).toEqual([
      'A russian developer of pyrotechnic products.\nIt is part of the russian state corporation Rostec.',
    ]);
    expect(plant.identifiers.map((i) => [i.type, i.value])).toEqual([
      ['other', '1125042006462'],
      ['other', '5042126251'],
    ]);
    const uluc = byId(result, 'opensanctions:NK-tr1');
    expect(uluc.addresses.map((a) => a.full)).toEqual(['Istanbul; Tuzla', 'Ankara']);
    expect(uluc.remarks).toEqual(['Owner of a shadow-fleet tanker', 'Manager of "ULUC KA" (IMO 9235725)']);
    expect(uluc.properties).toMatchObject({ phone: ['+90 216 000 00 00'], email: ['ops@example.com.tr'] });
  });

  it('keeps an unknown schema, date and country as text with warnings', async () => {
    const result = await targets();
    const orbit = byId(result, 'opensanctions:NK-odd');
    expect(orbit.schema).toBe('LegalEntity');
    expect(orbit.properties).toMatchObject({ birthDateText: ['circa 1990s'], countryText: ['suhh'] });
    const warnings = result.issues.filter((i) => i.record === 'NK-odd');
    expect(warnings.map((w) => [w.severity, w.code, w.line])).toEqual([
      ['warning', 'UNKNOWN_SCHEMA', 7],
      ['warning', 'UNPARSED_DATE', 7],
      ['warning', 'UNKNOWN_COUNTRY', 7],
    ]);
  });
});

describe('opensanctions-csv loader: a team watchlist CSV', () => {
  it('loads a CSV with only a name column, with ids from the row number', async () => {
    const result = await opensanctionsCsvLoader.parse(fixtureInput('opensanctions-csv/names_only.csv'));
    expect(result.meta).toMatchObject({ records: 3, entities: 3, rejected: 0 });
    expect(result.meta.source.list).toBe('watchlist');
    expect(result.entities.map((e) => [e.id, e.schema, e.names[0]?.full])).toEqual([
      ['watchlist:2', 'LegalEntity', 'Acme Trading FZE'],
      ['watchlist:3', 'LegalEntity', 'Ivanov, Petr'],
      ['watchlist:4', 'LegalEntity', 'Globex Shipping Ltd'],
    ]);
  });

  it('takes the list key from options.source', async () => {
    const result = await opensanctionsCsvLoader.parse(fixtureInput('opensanctions-csv/names_only.csv'), {
      source: { list: 'acme-blocklist', name: 'ACME block list' },
    });
    expect(result.entities[0]?.id).toBe('acme-blocklist:2');
    expect(result.entities[0]?.source).toEqual({ list: 'acme-blocklist', name: 'ACME block list' });
  });

  it('understands schema words and common column names, and keeps unknown columns', async () => {
    const result = await opensanctionsCsvLoader.parse(fixtureInput('opensanctions-csv/watchlist_with_columns.csv'));
    expect(result.meta).toMatchObject({ records: 2, entities: 2, rejected: 0 });
    const [john, holdings] = result.entities;
    expect(john).toMatchObject({ schema: 'Person', countries: ['GB'], remarks: ['Former customer'] });
    expect(john?.properties?.account_manager).toEqual(['alice']);
    expect(holdings).toMatchObject({ schema: 'Company', countries: [] });
    expect(result.issues.map((i) => [i.severity, i.code, i.line])).toEqual([
      ['info', 'EXTRA_COLUMNS', 1],
      ['warning', 'UNKNOWN_COUNTRY', 3],
      ['info', 'BLANK_ROW', 4],
    ]);
  });

  it('rejects a row without a name, naming its line, and keeps the others', async () => {
    const input = listInputFromText('w.csv', 'name,schema\nGood Co,Company\n,Person\n');
    const result = await opensanctionsCsvLoader.parse(input);
    expect(result.meta).toMatchObject({ records: 2, entities: 1, rejected: 1 });
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: 'error', line: 3, record: '3', field: 'names' }),
    ]);
  });

  it('rejects a row with more fields than the header', async () => {
    const input = listInputFromText('w.csv', 'name\nA Co\nB Co,extra\n');
    const result = await opensanctionsCsvLoader.parse(input);
    expect(result.issues).toEqual([expect.objectContaining({ severity: 'error', code: 'CSV_ROW_WIDTH', line: 3 })]);
  });
});

describe('opensanctions-csv loader: bad files', () => {
  it('refuses a CSV without a name column', async () => {
    const error = await rejection(opensanctionsCsvLoader.parse(listInputFromText('x.csv', 'id,title\n1,A\n')));
    expect(error.code).toBe('E_CSV_COLUMNS');
    expect(error.message).toMatch(/missing column name/);
  });

  it('refuses an empty file', async () => {
    const error = await rejection(opensanctionsCsvLoader.parse({ file: 'e.csv', bytes: new Uint8Array() }));
    expect(error.code).toBe('E_FILE_EMPTY');
  });

  it('refuses a file cut off inside a quoted field, unless allowTruncated', async () => {
    const cut = 'id,name,sanctions\nNK-1,A Co,listed\nNK-2,B Co,"because of';
    const error = await rejection(opensanctionsCsvLoader.parse(listInputFromText('cut.csv', cut)));
    expect(error.code).toBe('E_LIST_TRUNCATED');
    const result = await opensanctionsCsvLoader.parse(listInputFromText('cut.csv', 'name\nA Co\n"B Co'), {
      allowTruncated: true,
    });
    expect(result.meta).toMatchObject({ records: 2, entities: 1, rejected: 1 });
    expect(result.issues).toEqual([expect.objectContaining({ code: 'TRUNCATED_RECORD', line: 3 })]);
  });

  it('refuses a file cut anywhere inside a row but its last field, unless allowTruncated', async () => {
    const whole = new TextDecoder().decode(fixtureInput('opensanctions-csv/targets.simple.csv').bytes);
    // Cut inside the header, the file is refused as lacking its columns (E_FORMAT).
    for (let length = whole.indexOf('\n') + 1; length < whole.length; length++) {
      const end = whole.indexOf('\n', length);
      const rest = whole.slice(length, end < 0 ? undefined : end);
      // A cut at a line break leaves whole rows; one in a row's last field keeps its width (inside a quoted one,
      // the open quote still tells: see the test above).
      if (whole[length - 1] === '\n' || !rest.includes(',')) continue;
      const cut = listInputFromText('cut.csv', whole.slice(0, length));
      expect((await rejection(opensanctionsCsvLoader.parse(cut))).code, `cut at ${length}`).toBe('E_LIST_TRUNCATED');
    }
    const allowed = await opensanctionsCsvLoader.parse(
      listInputFromText('cut.csv', 'id,name,countries\nNK-1,A Co,ru\nNK-2,"B Co"'),
      {
        allowTruncated: true,
      },
    );
    expect(allowed.meta).toMatchObject({ records: 2, entities: 1, rejected: 1 });
    expect(allowed.issues).toEqual([expect.objectContaining({ code: 'TRUNCATED_RECORD', line: 3 })]);
  });

  it('loads a row shorter than the header, warning which columns it lacks', async () => {
    const result = await opensanctionsCsvLoader.parse(
      listInputFromText('short.csv', 'id,name,countries,sanctions\nNK-1,A Co\nNK-2,B Co,ru,listed\n'),
    );
    expect(result.entities.map((e) => e.names[0]?.full)).toEqual(['A Co', 'B Co']);
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'CSV_ROW_WIDTH',
        line: 2,
        message: expect.stringMatching(/countries, sanctions read as empty/),
      }),
    ]);
  });

  it('sniffs a header with a name column', () => {
    expect(opensanctionsCsvLoader.sniff('"id","schema","name","aliases"\n', 'x')).toBe(true);
    expect(opensanctionsCsvLoader.sniff('Name\nAcme\n', 'x')).toBe(true);
    expect(opensanctionsCsvLoader.sniff('ent_num,sdn_name\n', 'x')).toBe(false);
  });
});

describe.skipIf(!hasShared)('opensanctions-csv loader (real ../shared/lists file)', () => {
  let loaded: Promise<LoadResult> | undefined;
  const load = () => {
    loaded ??= opensanctionsCsvLoader.parse(sharedInput('opensanctions/ua_war_sanctions/targets.simple.csv'));
    return loaded;
  };

  it('loads all 5,600 Ukraine War and Sanctions targets without an issue', async () => {
    const result = await load();
    expect(result.meta).toMatchObject({ records: 5600, entities: 5600, rejected: 0 });
    expect(result.issues).toEqual([]);
    const schemata: Record<string, number> = {};
    for (const e of result.entities) schemata[e.schema] = (schemata[e.schema] ?? 0) + 1;
    expect(schemata).toEqual({ Person: 1543, Company: 1524, Vessel: 1340, LegalEntity: 1193 });
  });

  it('has the 55 targets with country tr, and keeps Cyrillic aliases', async () => {
    const result = await load();
    expect(result.entities.filter((e) => e.countries.includes('TR'))).toHaveLength(55);
    const ivakha = byId(result, 'opensanctions:NK-26WkuEefVYLmYk8aTHMC9E');
    expect(ivakha.names.filter((n) => n.script === 'Cyrl').map((n) => n.full)).toEqual([
      'ІВАХА Денис Володимирович',
      'ИВАХА Денис Владимирович',
    ]);
  });

  it('types the IMO numbers of the shadow fleet', async () => {
    const result = await load();
    const imo = result.entities.flatMap((e) => e.identifiers).filter((i) => i.type === 'imo');
    expect(imo).toHaveLength(2852);
    expect(byId(result, 'opensanctions:NK-24cf2zYe7LEKhr2zFck73j').identifiers[0]?.value).toBe('IMO9253325');
  });
});
