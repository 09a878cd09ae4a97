import { describe, expect, it } from 'vitest';
import { cslCsvLoader } from '../../src/sources/cslCsv.js';
import { candidateLoaders } from '../../src/sources/detectFormat.js';
import { loadList } from '../../src/sources/loadList.js';
import { listInputFromText } from '../../src/sources/shared/listInput.js';
import { parseUkCsv, ukCsvLoader } from '../../src/sources/ukCsv.js';
import { byId, issueCodes, rejection } from '../helpers/loadResults.js';
import { fixtureInput, fixturePath } from '../helpers/sharedLists.js';

const fixture = () => parseUkCsv(fixtureInput('uk-csv/ConList.csv'));
const fixtureText = () => new TextDecoder().decode(fixtureInput('uk-csv/ConList.csv').bytes);
const HEADER = fixtureText().split('\r\n')[1]?.split(',') ?? [];

/** A ConList.csv of the given rows, each written as { column: value }; the Last Updated row unless `null`. */
function conList(rows: Array<Record<string, string>>, lastUpdated: string | null = '11/08/2025') {
  const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [
    ...(lastUpdated === null ? [] : [`Last Updated,${lastUpdated}`]),
    HEADER.join(','),
    ...rows.map((row) => HEADER.map((column) => quote(row[column] ?? '')).join(',')),
  ];
  return listInputFromText('ConList.csv', `${lines.join('\r\n')}\r\n`);
}

const azu = { 'Group Type': 'Entity', Regime: 'Russia', 'Listed On': '08/08/2023', 'Group ID': '16058' };

describe('uk-csv loader (hand-written ConList.csv fixture)', () => {
  it('folds 15 name rows into 6 designations, dated by the Last Updated row', async () => {
    const result = await fixture();
    expect(result.meta).toMatchObject({ format: 'uk-csv', records: 6, entities: 6, rejected: 0, rows: 15 });
    expect(result.meta.source).toMatchObject({ list: 'uk-ofsi', publishedAt: '2025-08-11' });
    expect(result.issues).toEqual([]);
    expect(result.entities.map((e) => [e.id, e.schema])).toEqual([
      ['uk-ofsi:15033', 'LegalEntity'],
      ['uk-ofsi:16058', 'LegalEntity'],
      ['uk-ofsi:14766', 'Person'],
      ['uk-ofsi:14937', 'Person'],
      ['uk-ofsi:13136', 'Person'],
      ['uk-ofsi:13647', 'Vessel'],
    ]);
  });

  it('folds the alias rows of group 15033 into one designation: Wagner Group, Russia regime, 24/03/2022', async () => {
    const wagner = byId(await fixture(), 'uk-ofsi:15033');
    expect(wagner.names.map((n) => [n.full, n.kind])).toEqual([
      ['Wagner Group', 'primary'],
      ['Группа Вагнера', 'alias'],
      ['PMC Wagner', 'alias'],
      ["Private Military Company 'Wagner'", 'alias'],
      ["Chastnaya Voennaya Kompaniya 'Vagner'", 'alias'],
    ]);
    expect(wagner.programs).toEqual(['Russia']);
    expect(wagner.listedOn).toEqual({ date: '2022-03-24' });
    expect(wagner.properties).toMatchObject({ designatedOn: ['2022-03-24'], ukSanctionsListRef: ['RUS1090'] });
    expect(wagner.remarks).toEqual(['(UK Sanctions List Ref):RUS1090']);
  });

  it('reads AZU INTERNATIONAL LTD STI (16058, 08/08/2023) with its primary name variation and Istanbul address once', async () => {
    const azuLtd = byId(await fixture(), 'uk-ofsi:16058');
    expect(azuLtd.names.map((n) => [n.full, n.kind])).toEqual([
      ['AZU INTERNATIONAL LTD STI', 'primary'],
      ['AZU INTERNATIONAL BILGI TEKNOLOJILERI VE DIS TICARET LIMITED SIRKETI', 'alias'],
    ]);
    expect(azuLtd.listedOn).toEqual({ date: '2023-08-08' });
    expect(azuLtd.addresses).toEqual([
      {
        full: 'Huseyinaga neighborhood Istiklal Str., Grandpera Block No: 56-58 Inner door No: 5, Beyoglu, Istanbul, Turkey',
        country: 'TR',
        countryText: 'Turkey',
      },
    ]);
    expect(azuLtd.countries).toEqual(['TR']);
  });

  it('takes a Cyrillic non-Latin-script name as an alias with its script and language', async () => {
    const utkin = byId(await fixture(), 'uk-ofsi:14766');
    expect(utkin.names).toEqual([
      {
        full: 'Dmitry Valerievich UTKIN',
        kind: 'primary',
        script: 'Latn',
        parts: { first: 'Dmitry', middle: 'Valerievich', last: 'UTKIN' },
      },
      { full: 'Дмитрий Валерьевич УТКИН', kind: 'alias', script: 'Cyrl', lang: 'ru' },
      {
        full: 'Dmitriy Valeryevich UTKIN',
        kind: 'alias',
        script: 'Latn',
        parts: { first: 'Dmitriy', middle: 'Valeryevich', last: 'UTKIN' },
      },
    ]);
    expect(utkin.nationalities).toEqual(['RU']);
  });

  it('reads low-quality alias rows as weak aliases and 00/00/yyyy dates of birth as years', async () => {
    const qaduli = byId(await fixture(), 'uk-ofsi:13136');
    expect(qaduli.names.map((n) => [n.full, n.kind])).toEqual([
      ["'ABD AL-RAHMAN MUHAMMAD MUSTAFA AL-QADULI", 'primary'],
      ["'Abd al-Rahman Muhammad Mustafa SHAYKHLARI", 'alias'],
      ['ABU-SHUAYB', 'weakAlias'],
      ['HAJJI IMAN', 'weakAlias'],
    ]);
    expect(qaduli.birthDates).toEqual([{ date: '1959' }, { date: '1957' }]);
    expect(qaduli.birthPlaces).toEqual(['Mosul, Ninawa Province, Iraq']);
    expect(qaduli.programs).toEqual(["ISIL (Da'esh) and Al-Qaida"]);
    expect(qaduli.listedOn).toEqual({ date: '2014-09-23' });
    expect(qaduli.properties?.designatedOn).toEqual(['2020-12-31']);
  });

  it('reads a full date of birth and a position', async () => {
    const lazutkina = byId(await fixture(), 'uk-ofsi:14937');
    expect(lazutkina.birthDates).toEqual([{ date: '1981-03-11' }]);
    expect(lazutkina.positions).toEqual([
      'Member of the Federation Council of the Federal Assembly of the Russian Federation',
    ]);
  });

  it('reads a Ship as a Vessel and takes its IMO number from Other Information', async () => {
    const ship = byId(await fixture(), 'uk-ofsi:13647');
    expect(ship.names[0]?.full).toBe('CHON MYONG 1');
    expect(ship.identifiers).toEqual([{ type: 'imo', value: '8712362', label: 'IMO number' }]);
    expect(ship.programs).toEqual(["Democratic People's Republic of Korea"]);
  });

  it('loads a file without the Last Updated row, warning that the list date is unknown', async () => {
    const text = fixtureText().split('\r\n').slice(1).join('\r\n');
    const result = await parseUkCsv(listInputFromText('ConList.csv', text));
    expect(result.meta).toMatchObject({ records: 6, entities: 6 });
    expect(result.meta.source.publishedAt).toBeUndefined();
    expect(result.issues).toEqual([expect.objectContaining({ severity: 'warning', code: 'NO_LIST_DATE', line: 1 })]);
  });

  it('reads alias types and qualities in any case, and warns on values it does not know', async () => {
    const result = await parseUkCsv(
      conList([
        { ...azu, 'Name 6': 'AZU INTERNATIONAL LTD STI', 'Alias Type': 'PRIMARY NAME', 'Alias Quality': 'Good' },
        { ...azu, 'Name 6': 'AZU INTL', 'Alias Type': 'aka', 'Alias Quality': 'Low' },
        { ...azu, 'Name 6': 'AZU BILGI', 'Alias Type': 'Nickname' },
        { ...azu, 'Name 6': 'AZU DIS TICARET', 'Alias Type': 'AKA', 'Alias Quality': 'Medium' },
        { ...azu, 'Name 6': 'AZU INTERNATIONAL BILGI', 'Alias Type': 'FKA' },
      ]),
    );
    expect(result.entities[0]?.names.map((n) => [n.full, n.kind])).toEqual([
      ['AZU INTERNATIONAL LTD STI', 'primary'],
      ['AZU BILGI', 'alias'],
      ['AZU DIS TICARET', 'alias'],
      ['AZU INTERNATIONAL BILGI', 'formerName'],
      ['AZU INTL', 'weakAlias'],
    ]);
    expect(issueCodes(result)).toEqual({ 'warning:UNKNOWN_ALIAS_TYPE': 1, 'warning:UNKNOWN_ALIAS_QUALITY': 1 });
  });

  it('promotes a name when a designation has no Primary name row, and warns', async () => {
    const result = await parseUkCsv(conList([{ ...azu, 'Name 6': 'AZU INTERNATIONAL LTD STI', 'Alias Type': 'AKA' }]));
    expect(result.entities[0]?.names).toEqual([{ full: 'AZU INTERNATIONAL LTD STI', kind: 'primary', script: 'Latn' }]);
    expect(result.issues.map((i) => [i.code, i.record])).toEqual([['NO_PRIMARY_NAME', '16058']]);
  });

  it('splits numbered values and pairs passport numbers with their details', async () => {
    const result = await parseUkCsv(
      conList([
        {
          'Name 6': 'UTKIN',
          'Name 1': 'Dmitry',
          'Alias Type': 'Primary name',
          'Group Type': 'Individual',
          Nationality: '(1) Russia (2) Ukraine',
          'Passport Number': '(1) 123456 (2) 654321',
          'Passport Details': '(1) Russian passport (2) Ukrainian passport',
          DOB: '00/06/1970',
          'Group ID': '14766',
        },
      ]),
    );
    const utkin = byId(result, 'uk-ofsi:14766');
    expect(utkin.nationalities).toEqual(['RU', 'UA']);
    expect(utkin.birthDates).toEqual([{ date: '1970-06' }]);
    expect(utkin.identifiers).toEqual([
      { type: 'passport', value: '123456', label: 'Passport Number', note: 'Russian passport' },
      { type: 'passport', value: '654321', label: 'Passport Number', note: 'Ukrainian passport' },
    ]);
  });

  it('rejects a row without a Group ID, naming its line, and keeps the books balanced', async () => {
    const result = await parseUkCsv(
      conList([
        { ...azu, 'Name 6': 'AZU INTERNATIONAL LTD STI', 'Alias Type': 'Primary name' },
        { ...azu, 'Name 6': 'AZU INTL', 'Alias Type': 'AKA', 'Group ID': '' },
      ]),
    );
    expect(result.meta).toMatchObject({ records: 2, entities: 1, rejected: 1, rows: 2 });
    expect(result.issues).toEqual([expect.objectContaining({ severity: 'error', code: 'MISSING_GROUP_ID', line: 4 })]);
  });

  it('warns about an unknown Group Type and country instead of dropping them', async () => {
    const result = await parseUkCsv(
      conList([
        { ...azu, 'Name 6': 'AZU', 'Alias Type': 'Primary name', 'Group Type': 'Aircraft', Country: 'Atlantis' },
      ]),
    );
    expect(result.entities[0]).toMatchObject({
      schema: 'LegalEntity',
      addresses: [{ full: 'Atlantis', countryText: 'Atlantis' }],
    });
    expect(issueCodes(result)).toEqual({ 'warning:UNKNOWN_GROUP_TYPE': 1, 'warning:UNKNOWN_COUNTRY': 1 });
  });

  it('recognises ConList.csv by its Last Updated row or header, and no other CSV', () => {
    const head = fixtureText();
    expect(ukCsvLoader.sniff(head, 'ConList.csv')).toBe(true);
    expect(ukCsvLoader.sniff(head.split('\r\n').slice(1).join('\r\n'), 'ConList.csv')).toBe(true);
    for (const other of [
      'csl/consolidated_small.csv',
      'opensanctions-csv/targets.simple.csv',
      'ofac-csv/set/sdn.csv',
      'batch/vendors-bom.csv',
      'uk-csv/bad/fcdo-summary.csv',
    ]) {
      const text = new TextDecoder().decode(fixtureInput(other).bytes);
      expect(ukCsvLoader.sniff(text, other), other).toBe(false);
    }
    expect(cslCsvLoader.sniff(head, 'ConList.csv')).toBe(false);
    expect(candidateLoaders(fixtureInput('uk-csv/ConList.csv')).map((l) => l.format)).toEqual(['uk-csv']);
  });

  it('is picked by loadList when no format is given', async () => {
    const result = await loadList({ path: fixturePath('uk-csv/ConList.csv') });
    expect(result.meta).toMatchObject({ format: 'uk-csv', records: 6 });
  });
});

describe('uk-csv loader refuses bad files', () => {
  it('refuses an empty file, naming it (E_FILE_EMPTY)', async () => {
    const error = await rejection(parseUkCsv(fixtureInput('uk-csv/bad/empty.csv')));
    expect(error.code).toBe('E_FILE_EMPTY');
    expect(error.file).toContain('empty.csv');
  });

  it('refuses the FCDO summary CSV, naming the missing columns (E_CSV_COLUMNS)', async () => {
    const error = await rejection(parseUkCsv(fixtureInput('uk-csv/bad/fcdo-summary.csv')));
    expect(error.code).toBe('E_CSV_COLUMNS');
    expect(error.file).toContain('fcdo-summary.csv');
    expect(error.message).toContain('missing columns Name 6, Group ID, Group Type');
  });

  it('refuses a file cut inside a quoted field (E_LIST_TRUNCATED)', async () => {
    const error = await rejection(parseUkCsv(fixtureInput('uk-csv/bad/truncated.csv')));
    expect(error.code).toBe('E_LIST_TRUNCATED');
    expect(error.file).toContain('truncated.csv');
    expect(error.line).toBe(8);
  });

  it('refuses a file cut between fields of its last row (E_LIST_TRUNCATED)', async () => {
    const text = fixtureText().trimEnd();
    const cut = text.slice(0, text.lastIndexOf(',Ship,'));
    expect((await rejection(parseUkCsv(listInputFromText('ConList.csv', cut)))).code).toBe('E_LIST_TRUNCATED');
  });

  it('loads the complete rows of a cut file with allowTruncated, rejecting the cut row', async () => {
    const result = await parseUkCsv(fixtureInput('uk-csv/bad/truncated.csv'), { allowTruncated: true });
    expect(result.meta).toMatchObject({ records: 3, entities: 2, rejected: 1, rows: 6 });
    expect(result.entities.map((e) => e.id)).toEqual(['uk-ofsi:15033', 'uk-ofsi:16058']);
    expect(result.issues).toEqual([expect.objectContaining({ severity: 'error', code: 'TRUNCATED_RECORD', line: 8 })]);
  });

  it('refuses a file with only a Last Updated row (E_FORMAT)', async () => {
    const error = await rejection(parseUkCsv(listInputFromText('ConList.csv', 'Last Updated,11/08/2025\r\n')));
    expect(error.code).toBe('E_FORMAT');
  });
});
