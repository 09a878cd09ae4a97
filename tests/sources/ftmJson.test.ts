import { describe, expect, it } from 'vitest';
import { ftmJsonLoader } from '../../src/sources/ftmJson.js';
import { listInputFromText } from '../../src/sources/shared/listInput.js';
import { byId, rejection } from '../helpers/loadResults.js';
import { fixtureInput, hasShared, sharedInput } from '../helpers/sharedLists.js';

const load = () => ftmJsonLoader.parse(fixtureInput('ftm/cluster.ftm.json'));

describe('ftm-json loader (hand-written fixture)', () => {
  it('makes parties into entities and counts link records as rows only', async () => {
    const result = await load();
    expect(result.meta).toMatchObject({ format: 'ftm-json', records: 7, entities: 5, rejected: 2, rows: 18 });
    expect(result.entities.map((e) => [e.id, e.schema])).toEqual([
      ['opensanctions:NK-zak', 'Person'],
      ['opensanctions:NK-cst', 'Company'],
      ['opensanctions:NK-kal', 'Company'],
      ['opensanctions:NK-vessel', 'Vessel'],
      ['opensanctions:NK-mod', 'Organization'],
    ]);
  });

  it('rejects a malformed JSON line and a nameless party, each with its line', async () => {
    const errors = (await load()).issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.line, i.record, i.code])).toEqual([
      [18, 'NK-noname', 'INVALID_RECORD'],
      [17, 'NK-broken', 'INVALID_RECORD'],
    ]);
    expect(errors[1]?.message).toMatch(/invalid JSON/);
  });

  it('reads names by kind with consistent name parts', async () => {
    const zak = byId(await load(), 'opensanctions:NK-zak');
    expect(zak.names[0]).toMatchObject({
      full: 'Alexander Vyacheslavovich ZAKHAROV',
      kind: 'primary',
      parts: { first: 'Alexander', patronymic: 'Vyacheslavovich', last: 'ZAKHAROV' },
    });
    expect(zak.names.find((n) => n.script === 'Cyrl')?.full).toBe('Александр Вячеславович Захаров');
    const cst = byId(await load(), 'opensanctions:NK-cst');
    expect(cst.names.map((n) => [n.full, n.kind])).toEqual([
      ['LLC CST', 'primary'],
      ['Общество с ограниченной ответственностью "ЦСТ"', 'primary'],
      ['Zala Aero Group', 'alias'],
      ['CST LLC', 'weakAlias'],
      ['ZALA AERO LLC', 'formerName'],
    ]);
  });

  it('reads birth data, identifiers, addresses, positions and notes of a person', async () => {
    const zak = byId(await load(), 'opensanctions:NK-zak');
    expect(zak).toMatchObject({
      gender: 'male',
      birthDates: [{ date: '1965-09-21' }],
      birthPlaces: ['Izhevsk, Russia'],
      nationalities: ['RU'],
      positions: ['Owner of LLC CST'],
    });
    expect(zak.remarks[0]).toBe('Founder of ZALA Aero Group');
    // INN and the generic tax number are the same number: kept once, under its specific label.
    expect(zak.identifiers).toEqual([
      { type: 'taxId', value: '183111242406', country: 'RU', label: 'INN' },
      {
        type: 'passport',
        value: '7200123456',
        country: 'RU',
        label: 'Passport',
        issuedOn: { date: '2015-02-01' },
        expiresOn: { date: '2025-02-01' },
      },
    ]);
    expect(zak.addresses.map((a) => a.full)).toEqual([
      '272 Pushkinskaya Street, Apt 41, Izhevsk, 426008',
      '272 Pushkinskaya St., Apt. 41, Izhevsk, 426008, Russia',
    ]);
    expect(zak.addresses[1]?.country).toBe('RU');
    expect(zak.properties?.topics).toEqual(['sanction']);
    expect(zak.properties?.referents).toEqual(['ofac-45937']);
  });

  it('puts an ownership on both parties with the share, resolving a referent id', async () => {
    const result = await load();
    const cst = byId(result, 'opensanctions:NK-cst');
    const owners = cst.relationships.filter((r) => r.type === 'ownedBy');
    expect(owners.map((r) => [r.targetId, r.share, r.since?.date])).toEqual([
      ['opensanctions:NK-zak', 51, '2015-11-25'],
      ['opensanctions:NK-kal', 49, '2016-03-29'],
    ]);
    const zak = byId(result, 'opensanctions:NK-zak');
    expect(zak.relationships).toContainEqual({
      type: 'ownerOf',
      targetId: 'opensanctions:NK-cst',
      targetName: 'LLC CST',
      share: 51,
      since: { date: '2015-11-25' },
      origin: 'FtM Ownership own-1',
    });
    expect(zak.relationships.find((r) => r.type === 'directorOf')).toMatchObject({
      targetName: 'LLC CST',
      role: 'General director',
    });
    expect(cst.relationships.find((r) => r.type === 'hasDirector')?.targetId).toBe('opensanctions:NK-zak');
  });

  it('keeps a family link whose relative is not in the file, with a warning', async () => {
    const result = await load();
    const zak = byId(result, 'opensanctions:NK-zak');
    expect(zak.relationships.find((r) => r.type === 'family')).toMatchObject({ targetName: 'NK-niki', role: 'Son' });
    expect(zak.relationships.find((r) => r.type === 'family')?.targetId).toBeUndefined();
    expect(result.issues).toContainEqual(
      expect.objectContaining({ severity: 'warning', code: 'MISSING_REFERENCE', record: 'fam-1', line: 9 }),
    );
  });

  it('turns sanctions into programs, remarks and listing dates', async () => {
    const result = await load();
    const zak = byId(result, 'opensanctions:NK-zak');
    expect(zak.programs).toEqual(['US-RUSHAR']);
    expect(zak.listedOn).toEqual({ date: '2023-11-02' });
    expect(zak.delistedOn).toBeUndefined();
    expect(zak.remarks).toContain('[US] Office of Foreign Assets Control — US-RUSHAR: Executive Order 14024 (Russia)');
    const cst = byId(result, 'opensanctions:NK-cst');
    // The SECO program text is too long to be a program code; it stays in the remark.
    expect(cst.programs).toEqual(['UA-SA1644']);
    expect(cst.listedOn).toEqual({ date: '2021-10-30' });
    // Every sanction of CST has an end: delisted on the last one.
    expect(cst.delistedOn).toEqual({ date: '2025-06-28' });
  });

  it('reads a vessel with its IMO number and flag, and a public body as an organisation', async () => {
    const result = await load();
    const vessel = byId(result, 'opensanctions:NK-vessel');
    expect(vessel.identifiers).toEqual([{ type: 'imo', value: 'IMO9253325', label: 'IMO' }]);
    expect(vessel.vessel).toEqual({ flag: 'PA', type: 'Crude Oil Tanker' });
    expect(byId(result, 'opensanctions:NK-mod').schema).toBe('Organization');
  });

  it('names every record that is not a party in an info issue', async () => {
    const infos = (await load()).issues.filter((i) => i.severity === 'info');
    expect(infos.map((i) => [i.record, i.code])).toEqual([
      ['addr-unused', 'UNUSED_ADDRESS'],
      ['pay-1', 'NOT_A_PARTY'],
    ]);
    expect(infos[1]?.message).toMatch(/Payment pay-1/);
  });

  it('dates the list by the latest last_seen', async () => {
    expect((await load()).meta.source).toEqual({
      list: 'opensanctions',
      name: 'OpenSanctions',
      publishedAt: '2026-04-29',
    });
  });

  it('refuses a file that is not JSON lines', async () => {
    const pretty = '{\n  "id": "NK-1",\n  "schema": "Person"\n}\n';
    expect((await rejection(ftmJsonLoader.parse(listInputFromText('pretty.json', pretty)))).code).toBe('E_FORMAT');
    const csv = 'id,schema,name\nNK-1,Person,A\n';
    expect((await rejection(ftmJsonLoader.parse(listInputFromText('x.csv', csv)))).code).toBe('E_FORMAT');
  });

  it('refuses a download that stops inside a record as truncated, naming its line', async () => {
    const lines = [
      '{"id":"NK-a","schema":"Person","properties":{"name":["Dmitry Utkin"]}}',
      '{"id":"NK-b","schema":"Company","properties":{"name":["PMC Wagner"],"country":["ru"]}}',
    ];
    const whole = `${lines.join('\n')}\n`;
    // Every cut inside a line, the first included: a cut at a line break leaves whole records only, a shorter list.
    for (let length = 1; length < whole.length; length++) {
      if (whole[length - 1] === '\n' || whole[length] === '\n') continue;
      const error = await rejection(ftmJsonLoader.parse(listInputFromText('cut.ftm.json', whole.slice(0, length))));
      expect([error.code, error.line], `cut at ${length}`).toEqual([
        'E_LIST_TRUNCATED',
        length <= lines[0]!.length ? 1 : 2,
      ]);
    }
  });

  it('loads the complete records of a cut file with allowTruncated, reporting the cut one', async () => {
    const cut = '{"id":"NK-a","schema":"Person","properties":{"name":["Dmitry Utkin"]}}\n{"id":"NK-b","sche';
    const result = await ftmJsonLoader.parse(listInputFromText('cut.ftm.json', cut), { allowTruncated: true });
    expect(result.entities.map((e) => e.id)).toEqual(['opensanctions:NK-a']);
    expect(result.issues.filter((i) => i.severity === 'error').map((i) => [i.line, i.code])).toEqual([
      [2, 'INVALID_RECORD'],
    ]);
  });

  it('refuses an empty file', async () => {
    expect((await rejection(ftmJsonLoader.parse({ file: 'e.json', bytes: new Uint8Array() }))).code).toBe(
      'E_FILE_EMPTY',
    );
  });

  it('refuses a file with links but no parties as an empty list', async () => {
    const onlyPayments = '{"id":"p","schema":"Payment","properties":{"payer":["a"]}}\n';
    expect((await rejection(ftmJsonLoader.parse(listInputFromText('p.json', onlyPayments)))).code).toBe('E_LIST_EMPTY');
  });

  it('keeps two party lines with one id as two entities, reporting the duplicate', async () => {
    const line = '{"id":"NK-1","schema":"Person","properties":{"name":["Jane Roe"]}}';
    const result = await ftmJsonLoader.parse(listInputFromText('dup.json', `${line}\n${line}\n`));
    expect(result.meta).toMatchObject({ records: 2, entities: 2, rejected: 0 });
    expect(result.entities.map((e) => e.id)).toEqual(['opensanctions:NK-1', 'opensanctions:NK-1~2']);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'DUPLICATE_ID', line: 2 })]);
  });

  it('recognises FtM lines and not a watchlist', () => {
    expect(ftmJsonLoader.sniff('{"id":"NK-1","schema":"Person","properties":{}}\n', 'x')).toBe(true);
    expect(ftmJsonLoader.sniff('{"format":"sanctions-screen/watchlist@1","entities":[]}', 'x')).toBe(false);
  });
});

describe.skipIf(!hasShared)('ftm-json loader (real ../shared/lists files)', () => {
  const zala = () => ftmJsonLoader.parse(sharedInput('opensanctions/yente_fixture_zala/entities.ftm.json'));

  it('loads the ZALA cluster: 17 parties from 91 lines, nothing rejected', async () => {
    const result = await zala();
    expect(result.meta).toMatchObject({ records: 17, entities: 17, rejected: 0, rows: 91 });
    const schemata: Record<string, number> = {};
    for (const e of result.entities) schemata[e.schema] = (schemata[e.schema] ?? 0) + 1;
    expect(schemata).toEqual({ Person: 6, Company: 11 });
  });

  it('knows who owns ZALA Aero (LLC CST): Zakharov 51%, Kalashnikov 49%', async () => {
    const result = await zala();
    const cst = byId(result, 'opensanctions:NK-abdzbEBkqyT29GyREbiURZ');
    expect(cst.names.map((n) => n.full)).toContain('Zala Aero Group');
    const current = cst.relationships.filter((r) => r.type === 'ownedBy' && r.share !== undefined && !r.until);
    expect(current.map((r) => [r.targetName, r.share])).toEqual([
      ['JSC Kalashnikov Concern', 49],
      ['Alexander Vyacheslavovich ZAKHAROV', 51],
    ]);
    const ended = cst.relationships.filter((r) => r.type === 'ownedBy' && r.until);
    expect(ended.map((r) => r.share).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([1, 2, 48, 50]);
    const zakharov = byId(result, 'opensanctions:NK-aU5ybkbRFJucf8YMwsJvDw');
    expect(zakharov.relationships.filter((r) => r.type === 'ownerOf')).toHaveLength(10);
    expect(zakharov.relationships.filter((r) => r.type === 'family')).toHaveLength(4);
  });

  it('turns its 41 sanctions into programs and an earliest listing date', async () => {
    const zakharov = byId(await zala(), 'opensanctions:NK-aU5ybkbRFJucf8YMwsJvDw');
    expect(zakharov.programs).toEqual(expect.arrayContaining(['US-RUSHAR', 'EU-UKR', 'GB-RUS', 'UA-SA1644']));
    expect(zakharov.listedOn).toEqual({ date: '2023-07-01' });
    expect(zakharov.delistedOn).toBeUndefined();
  });

  it('warns about the 16 address entities the cluster points to but does not hold', async () => {
    const result = await zala();
    const warnings = result.issues.filter((i) => i.severity === 'warning');
    expect(warnings).toHaveLength(16);
    expect(warnings.every((w) => w.code === 'MISSING_REFERENCE' && w.field === 'addressEntity')).toBe(true);
  });

  it('loads the EU FSF sample: 6 parties of dataset eu_fsf, one unused address', async () => {
    const result = await ftmJsonLoader.parse(sharedInput('opensanctions/yente_fixture_t1_eu_fsf/entities.ftm.json'));
    expect(result.meta).toMatchObject({ records: 6, entities: 6, rejected: 0, rows: 7 });
    expect(result.meta.source.name).toBe('OpenSanctions: eu_fsf');
    expect(result.issues.filter((i) => i.code === 'UNUSED_ADDRESS')).toHaveLength(1);
  });

  it('reports each of the 290 party-donation payments instead of dropping them', async () => {
    const result = await ftmJsonLoader.parse(
      sharedInput('opensanctions/yente_fixture_parteispenden/entities.ftm.json'),
    );
    expect(result.meta).toMatchObject({ records: 96, entities: 96, rejected: 0, rows: 475 });
    expect(result.issues.filter((i) => i.code === 'NOT_A_PARTY' && i.message.includes('Payment'))).toHaveLength(290);
    expect(result.entities.filter((e) => e.addresses.length > 0)).toHaveLength(84);
  });
});
