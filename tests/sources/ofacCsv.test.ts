import { describe, expect, it } from 'vitest';
import type { LoadResult } from '../../src/model/loadResult.js';
import { ofacCsvLoader, parseOfacCsvSet } from '../../src/sources/ofacCsv.js';
import type { ListInput } from '../../src/sources/shared/listInput.js';
import { byId, rejection } from '../helpers/loadResults.js';
import { fixtureInput, hasShared, parseSharedOfacSet, sharedInput } from '../helpers/sharedLists.js';

const fixtureSet = () => ({
  sdn: fixtureInput('ofac-csv/set/sdn.csv'),
  alt: fixtureInput('ofac-csv/set/alt.csv'),
  add: fixtureInput('ofac-csv/set/add.csv'),
  comments: fixtureInput('ofac-csv/set/sdn_comments.csv'),
});

const headOf = (input: ListInput) => new TextDecoder('windows-1252').decode(input.bytes.subarray(0, 65536));

describe('ofac-csv loader (hand-written fixture set)', () => {
  it('loads every sdn.csv row as an ofac-sdn entity, counting the alt/add/comments rows', async () => {
    const result = await parseOfacCsvSet(fixtureSet());
    expect(result.meta).toMatchObject({ format: 'ofac-csv', records: 12, entities: 12, rejected: 0, rows: 30 });
    expect(result.meta.source.list).toBe('ofac-sdn');
    expect(result.meta.files).toHaveLength(4);
    expect(result.entities.every((e) => e.id === `ofac-sdn:${e.sourceId}`)).toBe(true);
  });

  it('types entries from SDN_Type: individual, vessel, aircraft, and -0- as LegalEntity', async () => {
    const result = await parseOfacCsvSet(fixtureSet());
    expect(byId(result, 'ofac-sdn:22544').schema).toBe('Person');
    expect(byId(result, 'ofac-sdn:4243').schema).toBe('Vessel');
    expect(byId(result, 'ofac-sdn:15431').schema).toBe('Airplane');
    expect(byId(result, 'ofac-sdn:22543').schema).toBe('LegalEntity');
  });

  it('joins the Wagner aliases from alt.csv and splits its packed programs', async () => {
    const wagner = byId(await parseOfacCsvSet(fixtureSet()), 'ofac-sdn:22543');
    expect(wagner.names.map((n) => [n.full, n.kind])).toEqual([
      ["PRIVATE MILITARY COMPANY 'WAGNER'", 'primary'],
      ['PMC WAGNER', 'alias'],
      ["CHASTNAYA VOENNAYA KOMPANIYA 'VAGNER'", 'alias'],
      ['CHVK VAGNER', 'alias'],
      ['WAGNER GROUP', 'alias'],
    ]);
    expect(wagner.programs).toEqual(['TCO', 'UKRAINE-EO13660', 'CAR', 'RUSSIA-EO14024']);
    expect(wagner.addresses).toEqual([{ full: 'Russia', country: 'RU' }]);
  });

  it('decodes a Windows-1252 name and splits "LAST, First Middle" into parts', async () => {
    const jose = byId(await parseOfacCsvSet(fixtureSet()), 'ofac-sdn:90001');
    expect(jose.names[0]).toEqual({
      full: 'MUÑOZ PEÑA, José Ángel',
      kind: 'primary',
      script: 'Latn',
      parts: { last: 'MUÑOZ PEÑA', first: 'José', middle: 'Ángel' },
    });
    expect(jose.names[1]).toMatchObject({ full: 'EL SEÑOR', kind: 'weakAlias' });
    expect(jose.positions).toEqual(['Gerente General']);
    expect(jose.birthDates).toEqual([
      { date: '1961', circa: true },
      { date: '1965', to: '1968' },
    ]);
    expect(jose.birthPlaces).toEqual(['Medellín, Colombia']);
    expect(jose.nationalities).toEqual(['CO']);
    expect(jose.identifiers).toEqual([{ type: 'nationalId', value: '70123456', country: 'CO', label: 'Cedula No.' }]);
    expect(jose.remarks).toEqual(['Member ETA']);
  });

  it('keeps the full original remarks beside what was read from them', async () => {
    const dexias = byId(await parseOfacCsvSet(fixtureSet()), 'ofac-sdn:41936');
    expect(dexias.properties?.originalRemarks).toEqual([
      'Organization Established Date 20 Jul 2022; Tax ID No. 2931074985 (Turkey); Registration Number 394044-5 (Turkey); Linked To: RADIOAVTOMATIKA LLC.',
    ]);
    expect(dexias.properties?.incorporationDate).toEqual(['2022-07-20']);
    expect(dexias.remarks).toEqual([]);
  });

  it('reads the vessel columns and IMO number of EBANO, with its former names', async () => {
    const ebano = byId(await parseOfacCsvSet(fixtureSet()), 'ofac-sdn:4243');
    expect(ebano.vessel).toEqual({
      flag: 'PA',
      type: 'General Cargo',
      tonnage: '2595',
      grossRegisteredTonnage: '1865',
    });
    expect(ebano.identifiers).toEqual([
      { type: 'imo', value: '7406784', label: 'Vessel Registration Identification IMO' },
    ]);
    expect(ebano.names.filter((n) => n.kind === 'formerName').map((n) => n.full)).toEqual(['ANA I', 'SAND SWAN']);
  });

  it('keeps an alt.csv "fka" as a former name, and maps a "Region: Crimea" address to UA with the text kept in full', async () => {
    const result = await parseOfacCsvSet(fixtureSet());
    const oreanda = byId(result, 'ofac-sdn:18961');
    expect(oreanda.names.map((n) => n.kind)).toEqual(['primary', 'alias', 'formerName']);
    expect(oreanda.addresses).toEqual([
      {
        full: 'Resort Nizhnyaya Oreanda, Oreanda, Yalta 08655, Region: Crimea',
        street: 'Resort Nizhnyaya Oreanda',
        city: 'Oreanda, Yalta 08655',
        country: 'UA',
      },
    ]);
    expect(oreanda.properties?.website).toEqual(['http://www.oreanda.biz']);
    expect(result.issues).not.toContainEqual(expect.objectContaining({ code: 'UNKNOWN_COUNTRY', record: '18961' }));
  });

  it('resolves "Linked To:" to the listed entity by name or alias, and keeps the name of an unlisted one', async () => {
    const result = await parseOfacCsvSet(fixtureSet());
    expect(byId(result, 'ofac-sdn:22544').relationships).toEqual([
      {
        type: 'linkedTo',
        targetName: "PRIVATE MILITARY COMPANY 'WAGNER'",
        targetId: 'ofac-sdn:22543',
        origin: 'OFAC remarks: Linked To',
      },
    ]);
    expect(byId(result, 'ofac-sdn:48389').relationships[0]).toMatchObject({ targetId: 'ofac-sdn:48382' });
    const dexiasLink = byId(result, 'ofac-sdn:41936').relationships[0];
    expect(dexiasLink).toMatchObject({ targetName: 'RADIOAVTOMATIKA LLC' });
    expect(dexiasLink?.targetId).toBeUndefined();
    expect(result.issues).toContainEqual(
      expect.objectContaining({ severity: 'info', code: 'LINK_NOT_LISTED', record: '41936', line: 9 }),
    );
  });

  it('continues remarks cut at 1,000 characters with sdn_comments.csv before reading them', async () => {
    const tian = byId(await parseOfacCsvSet(fixtureSet()), 'ofac-sdn:28263');
    expect(tian.names.map((n) => n.full)).toEqual(['TIAN, Yinyin', 'tianyinyin0404', 'snowsjohn']);
    expect(tian.relationships).toEqual([
      expect.objectContaining({ targetName: 'LAZARUS GROUP', targetId: 'ofac-sdn:27307' }),
    ]);
    expect(tian.identifiers.filter((i) => i.type === 'cryptoWallet')).toHaveLength(8);
  });

  it('warns that remarks are cut short when sdn.csv is loaded without its comments file', async () => {
    const result = await ofacCsvLoader.parse(fixtureInput('ofac-csv/set/sdn.csv'));
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'REMARKS_CUT', record: '28263', line: 8 }));
    expect(byId(result, 'ofac-sdn:28263').remarks).toEqual(["a.k.a. 'snowsjo"]);
  });

  it('reports alt, add and comments rows of entries not in sdn.csv instead of dropping them', async () => {
    const orphans = (await parseOfacCsvSet(fixtureSet())).issues.filter((i) => i.code === 'ORPHAN_ROW');
    expect(orphans.map((i) => [i.severity, i.file?.split('/').pop(), i.line, i.record])).toEqual([
      ['warning', 'alt.csv', 9, '47743'],
      ['warning', 'add.csv', 6, '52412'],
      ['warning', 'sdn_comments.csv', 2, '17016'],
    ]);
  });

  it("notes OFAC's end-of-file byte, and warns when a file lacks it", async () => {
    const result = await parseOfacCsvSet(fixtureSet());
    expect(result.issues.filter((i) => i.code === 'END_OF_FILE_MARKER')).toHaveLength(4);
    const cut = await ofacCsvLoader.parse(fixtureInput('ofac-csv/bad/no-end-marker.csv'));
    expect(cut.meta.entities).toBe(2);
    expect(cut.issues).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'NO_END_OF_FILE_MARKER' }));
  });

  it('loads cons_prim.csv as the ofac-cons list, and lets options.source override the key and date', async () => {
    const cons = await ofacCsvLoader.parse(fixtureInput('ofac-csv/cons/cons_prim.csv'));
    expect(cons.meta.source.list).toBe('ofac-cons');
    expect(byId(cons, 'ofac-cons:9639').birthDates).toEqual([{ date: '1962' }]);
    const dated = await parseOfacCsvSet(fixtureSet(), { source: { publishedAt: '2024-05-03' } });
    expect(dated.meta.source).toMatchObject({ list: 'ofac-sdn', publishedAt: '2024-05-03' });
    expect(byId(dated, 'ofac-sdn:22543').source.publishedAt).toBe('2024-05-03');
    const renamed = await ofacCsvLoader.parse(fixtureInput('ofac-csv/cons/cons_prim.csv'), {
      source: { list: 'my-ofac' },
    });
    expect(renamed.entities[0]?.id).toBe('my-ofac:9639');
  });

  it('recognises an SDN CSV by its first row, and not an alt.csv', () => {
    expect(ofacCsvLoader.sniff(headOf(fixtureInput('ofac-csv/set/sdn.csv')), 'sdn.csv')).toBe(true);
    expect(ofacCsvLoader.sniff(headOf(fixtureInput('ofac-csv/cons/cons_prim.csv')), 'cons_prim.csv')).toBe(true);
    expect(ofacCsvLoader.sniff(headOf(fixtureInput('ofac-csv/set/alt.csv')), 'alt.csv')).toBe(false);
  });
});

describe('ofac-csv loader refuses bad files', () => {
  it('refuses an empty file', async () => {
    const error = await rejection(ofacCsvLoader.parse(fixtureInput('ofac-csv/bad/empty.csv')));
    expect(error.code).toBe('E_FILE_EMPTY');
  });

  it('refuses a file whose first row is not the 12-column SDN layout', async () => {
    const error = await rejection(ofacCsvLoader.parse(fixtureInput('ofac-csv/bad/alt-as-sdn.csv')));
    expect(error.code).toBe('E_CSV_COLUMNS');
    expect(error.message).toContain('not an SDN CSV');
    expect(error.line).toBe(1);
  });

  it('refuses an sdn.csv given as the alt.csv of a set', async () => {
    const set = { ...fixtureSet(), alt: fixtureInput('ofac-csv/set/sdn.csv') };
    expect((await rejection(parseOfacCsvSet(set))).code).toBe('E_CSV_COLUMNS');
  });

  it('rejects a row with the wrong column count, naming its line', async () => {
    const result = await ofacCsvLoader.parse(fixtureInput('ofac-csv/bad/short-row.csv'));
    expect(result.meta).toMatchObject({ records: 3, entities: 2, rejected: 1 });
    expect(result.issues).toContainEqual(
      expect.objectContaining({ severity: 'error', code: 'CSV_ROW_WIDTH', line: 2, record: '173' }),
    );
  });

  it('refuses a file cut off inside a quoted field, and with allowTruncated rejects only that record', async () => {
    const error = await rejection(ofacCsvLoader.parse(fixtureInput('ofac-csv/bad/truncated.csv')));
    expect(error.code).toBe('E_LIST_TRUNCATED');
    expect(error.line).toBe(6);
    const partial = await ofacCsvLoader.parse(fixtureInput('ofac-csv/bad/truncated.csv'), { allowTruncated: true });
    expect(partial.meta).toMatchObject({ records: 6, entities: 5, rejected: 1 });
    expect(partial.issues).toContainEqual(
      expect.objectContaining({ severity: 'error', code: 'TRUNCATED_RECORD', line: 6, record: '22544' }),
    );
  });
});

describe.skipIf(!hasShared)('ofac-csv loader (real ../shared/lists file)', () => {
  // The 2024-05 sdn.csv with the 2025-01 alt/add/comments files (the closest set there is), loaded once.
  let realSet: Promise<LoadResult> | undefined;
  const loadRealSet = () => {
    realSet ??= parseSharedOfacSet();
    return realSet;
  };

  it('loads the 14,965 entries of the 2024-05 sdn.csv with their types', async () => {
    const result = await ofacCsvLoader.parse(sharedInput('ofac/legacy_csv_2024-05/sdn.csv'));
    expect(result.meta).toMatchObject({ records: 14965, entities: 14965, rejected: 0 });
    const count = (schema: string) => result.entities.filter((e) => e.schema === schema).length;
    expect([count('Person'), count('LegalEntity'), count('Vessel'), count('Airplane')]).toEqual([6854, 6884, 851, 376]);
  });

  it('loads the complete 2021-07 set with every alias, address and comment joined', async () => {
    const result = await parseOfacCsvSet({
      sdn: sharedInput('ofac/legacy_csv_2021-07/sdn.csv'),
      alt: sharedInput('ofac/legacy_csv_2021-07/alt.csv'),
      add: sharedInput('ofac/legacy_csv_2021-07/add.csv'),
      comments: sharedInput('ofac/legacy_csv_2021-07/sdn_comments.csv'),
    });
    expect(result.meta).toMatchObject({ records: 8976, entities: 8976, rejected: 0, rows: 8976 + 11910 + 13837 + 5 });
    expect(result.issues.filter((i) => i.code === 'ORPHAN_ROW')).toEqual([]);
    // moov trimmed the end-of-file byte of this one file.
    const unmarked = result.issues.filter((i) => i.code === 'NO_END_OF_FILE_MARKER');
    expect(unmarked.map((i) => i.file?.split('/').pop())).toEqual(['sdn_comments.csv']);
    expect(byId(result, 'ofac-sdn:22543').programs).toEqual(['UKRAINE-EO13660']);
  });

  it('loads the 442 entries of cons_prim.csv as the ofac-cons list', async () => {
    const result = await parseOfacCsvSet({
      sdn: sharedInput('ofac/consolidated_nonsdn/cons_prim.csv'),
      alt: sharedInput('ofac/consolidated_nonsdn/cons_alt.csv'),
      add: sharedInput('ofac/consolidated_nonsdn/cons_add.csv'),
      comments: sharedInput('ofac/consolidated_nonsdn/cons_comments.csv'),
    });
    expect(result.meta).toMatchObject({ records: 442, entities: 442, rejected: 0 });
    expect(result.meta.source.list).toBe('ofac-cons');
    expect(result.issues.filter((i) => i.code === 'ORPHAN_ROW')).toEqual([]);
  });

  it('joins the Wagner aliases of the 2025-01 alt.csv to the 2024-05 sdn.csv', async () => {
    const wagner = byId(await loadRealSet(), 'ofac-sdn:22543');
    const aliases = wagner.names.filter((n) => n.kind === 'alias').map((n) => n.full);
    expect(aliases).toEqual(expect.arrayContaining(['PMC WAGNER', 'CHVK VAGNER', 'WAGNER GROUP']));
    expect(wagner.programs).toEqual(['TCO', 'UKRAINE-EO13660', 'CAR', 'RUSSIA-EO14024']);
  });

  it('resolves the "Linked To:" relationships of the 2024-05 list to the entities they name', async () => {
    const result = await loadRealSet();
    const links = result.entities.flatMap((e) => e.relationships.filter((r) => r.type === 'linkedTo'));
    // 5,824 sdn.csv rows say "Linked To:"; five more do in their sdn_comments.csv continuation.
    expect(result.entities.filter((e) => e.relationships.some((r) => r.type === 'linkedTo'))).toHaveLength(5829);
    expect(links).toHaveLength(6380);
    expect(links.filter((r) => r.targetId)).toHaveLength(6371);
    const unresolved = result.issues.filter((i) => i.code === 'LINK_NOT_LISTED' || i.code === 'LINK_AMBIGUOUS');
    expect(unresolved).toHaveLength(9);
    expect(byId(result, 'ofac-sdn:22544').relationships[0]?.targetId).toBe('ofac-sdn:22543');
    expect(byId(result, 'ofac-sdn:48389').relationships[0]).toMatchObject({
      targetName: 'RAYYA, Samer',
      targetId: 'ofac-sdn:48382',
    });
    const toWagner = result.entities.filter((e) => e.relationships.some((r) => r.targetId === 'ofac-sdn:22543'));
    expect(toWagner).toHaveLength(18);
  });

  it('reads DEXIAS (41936): Turkish tax ID, registration number and Istanbul address', async () => {
    const dexias = byId(await loadRealSet(), 'ofac-sdn:41936');
    expect(dexias.identifiers).toEqual([
      { type: 'taxId', value: '2931074985', country: 'TR', label: 'Tax ID No.' },
      { type: 'registration', value: '394044-5', country: 'TR', label: 'Registration Number' },
    ]);
    expect(dexias.addresses).toEqual([
      expect.objectContaining({
        street: 'Mecidiyekoy Street, Bloc No: 12/221, Kushtepe Neighborhood, Sisli',
        city: 'Istanbul',
        country: 'TR',
      }),
    ]);
    expect(dexias.names.map((n) => n.full)).toContain('DEXIAS IPTLC');
  });

  it('gives AZU (42033) its two aliases and both registration numbers', async () => {
    const azu = byId(await loadRealSet(), 'ofac-sdn:42033');
    expect(azu.names.filter((n) => n.kind === 'alias').map((n) => n.full)).toEqual([
      'AZU INTERNATIONAL INFORMATION TECHNOLOGIES AND FOREIGN TRADE LIMITED COMPANY',
      'AZU INTERNATIONAL BILGI TEKN VE DIS TI LTD STI',
    ]);
    expect(azu.identifiers.map((i) => i.value)).toEqual(['371692-5', '0127108975400001']);
  });

  it('drops nothing unexplained: every side-file row is joined or reported, every sdn row loaded', async () => {
    const result = await loadRealSet();
    expect(result.meta).toMatchObject({ records: 14965, entities: 14965, rejected: 0 });
    expect(result.meta.rows).toBe(14965 + 19486 + 22641 + 21);
    const orphans = (file: string) =>
      result.issues.filter((i) => i.code === 'ORPHAN_ROW' && i.file?.endsWith(file) && i.line && i.record).length;
    // Rows of entries designated after May 2024 (or delisted before January 2025) have no sdn.csv entry.
    expect([orphans('alt.csv'), orphans('add.csv'), orphans('sdn_comments.csv')]).toEqual([1468, 2474, 2]);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
