import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectScript } from '../../src/model/name.js';
import { WatchlistFileSchema } from '../../src/model/watchlist.js';
import { hasShared, projectRoot, sharedPath } from '../helpers/sharedLists.js';

const raw: unknown = JSON.parse(readFileSync(join(projectRoot, 'data/default-list.json'), 'utf8'));
const list = WatchlistFileSchema.parse(raw);
const entities = list.entities;
type ListedEntity = (typeof entities)[number];

const byId = new Map(entities.map((e) => [e.id ?? '', e]));

function entity(id: string): ListedEntity {
  const found = byId.get(id);
  if (!found) throw new Error(`${id} is not in data/default-list.json`);
  return found;
}

const names = (e: ListedEntity) => e.names.map((n) => n.full);
const targets = (e: ListedEntity) => e.relationships.map((r) => r.targetId);
const isDemo = (e: ListedEntity) => e.source?.list === 'demo';

describe('the embedded default list (data/default-list.json)', () => {
  it('is a valid watchlist-json file naming itself the demonstration list', () => {
    expect(WatchlistFileSchema.safeParse(raw).success).toBe(true);
    expect(list.list.list).toBe('default');
    expect(list.description).toMatch(/not an official list/);
  });

  it('holds more than 40 entities', () => {
    expect(entities.length).toBeGreaterThan(40);
  });

  it('gives every entity a unique id namespaced by its own source list and the publisher id', () => {
    const ids = entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(entities.length);
    for (const e of entities) {
      expect(e.source, `${e.id} has no source`).toBeDefined();
      expect(e.id).toBe(`${e.source?.list}:${e.sourceId}`);
    }
  });

  it('says for every real entity which list edition it comes from', () => {
    const real = entities.filter((e) => !isDemo(e));
    expect(new Set(real.map((e) => e.source?.list))).toEqual(new Set(['ofac-sdn', 'uk-fcdo', 'au-dfat']));
    for (const e of real) expect(e.source?.publishedAt, e.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('resolves every relationship to an entity in the file, under one of its names', () => {
    let count = 0;
    for (const e of entities) {
      for (const r of e.relationships) {
        expect(r.targetId, `${e.id} → ${r.targetName}`).toBeDefined();
        const target = entity(r.targetId ?? '');
        expect(names(target)).toContain(r.targetName);
        count += 1;
      }
    }
    expect(count).toBeGreaterThan(30);
  });

  it('points every cross-list sameAs hint at an entity in the file', () => {
    const hints = entities.flatMap((e) => e.properties?.['sameAs'] ?? []);
    expect(hints.length).toBeGreaterThanOrEqual(10);
    for (const id of hints) expect(byId.has(id), id).toBe(true);
  });

  it('marks every Cyrillic name with the Cyrl script', () => {
    const cyrillic = entities.flatMap((e) => e.names).filter((n) => detectScript(n.full) === 'Cyrl');
    expect(cyrillic.length).toBeGreaterThanOrEqual(10);
    for (const n of cyrillic) expect(n.script, n.full).toBe('Cyrl');
  });

  it("carries Wagner's OFAC aliases and its Russian names", () => {
    const wagner = entity('ofac-sdn:22543');
    expect(names(wagner)[0]).toBe("PRIVATE MILITARY COMPANY 'WAGNER'");
    expect(names(wagner)).toEqual(
      expect.arrayContaining(['PMC WAGNER', "CHASTNAYA VOENNAYA KOMPANIYA 'VAGNER'", 'CHVK VAGNER', 'WAGNER GROUP']),
    );
    const cyrillic = wagner.names.filter((n) => n.script === 'Cyrl').map((n) => n.full);
    expect(cyrillic).toEqual(expect.arrayContaining(['ЧВК «Вагнер»', 'Группа Вагнера']));
    expect(wagner.remarks.join(' ')).toMatch(/Cyrillic names are NOT on the OFAC record/);
    expect(wagner.programs).toEqual(['TCO', 'UKRAINE-EO13660', 'CAR', 'RUSSIA-EO14024']);
  });

  it('links Utkin, the Mali officials, the flight units and Wagner front companies to Wagner', () => {
    for (const uid of [
      '22544',
      '39618',
      '39756',
      '39757',
      '42616',
      '42617',
      '42618',
      '43112',
      '43113',
      '45088',
      '48381',
    ]) {
      expect(targets(entity(`ofac-sdn:${uid}`)), uid).toContain('ofac-sdn:22543');
    }
    expect(names(entity('ofac-sdn:47743'))).toContain('JOINT STOCK COMPANY PMC WAGNER CENTER');
    expect(entity('ofac-sdn:21171').birthDates).toEqual([{ date: '1961-06-01' }]);
    expect(names(entity('ofac-sdn:21171'))).toContain('Пригожин Евгений Викторович');
  });

  it('lists Wagner separately as the UK and Australia publish it', () => {
    expect(names(entity('uk-fcdo:RUS1090'))).toEqual(['Wagner Group']);
    expect(entity('uk-fcdo:RUS1090').listedOn).toEqual({ date: '2022-03-24' });
    expect(names(entity('au-dfat:7209'))).toEqual(['Private Military Company “Wagner”', 'PMC Wagner', 'Wagner Group']);
  });

  it('carries the Turkish registration numbers and Istanbul address of AZU INTERNATIONAL', () => {
    const azu = entity('ofac-sdn:42033');
    expect(azu.identifiers.map((i) => [i.type, i.value, i.country])).toEqual([
      ['registration', '371692-5', 'TR'],
      ['registration', '0127108975400001', 'TR'],
    ]);
    expect(azu.addresses[0]).toMatchObject({ city: 'Istanbul', country: 'TR' });
    expect(names(entity('uk-fcdo:RUS1951'))).toEqual(['AZU INTERNATIONAL LTD STI']);
  });

  it('carries the Turkish tax id and registration of DEXIAS and its link to RADIOAVTOMATIKA', () => {
    const dexias = entity('ofac-sdn:41936');
    expect(dexias.identifiers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'taxId', value: '2931074985', country: 'TR' }),
        expect.objectContaining({ type: 'registration', value: '394044-5', country: 'TR' }),
      ]),
    );
    expect(names(dexias)).toContain('DEXIAS IPTLC');
    expect(targets(dexias)).toEqual(['ofac-sdn:35348']);
    expect(targets(entity('ofac-sdn:42017'))).toEqual(['ofac-sdn:41936']);
    expect(targets(entity('ofac-sdn:42018'))).toEqual(['ofac-sdn:42017']);
  });

  it('connects the Rayya network from the Turkish firm to KIDMA TECH in Belarus', () => {
    expect(targets(entity('ofac-sdn:48389'))).toEqual(['ofac-sdn:48382']);
    expect(targets(entity('ofac-sdn:48382'))).toEqual(['ofac-sdn:48380']);
    expect(targets(entity('ofac-sdn:48380'))).toEqual(['ofac-sdn:33397']);
    const neighbours = new Map<string, string[]>();
    for (const e of entities) {
      for (const t of targets(e)) {
        if (!e.id || !t) continue;
        neighbours.set(e.id, [...(neighbours.get(e.id) ?? []), t]);
        neighbours.set(t, [...(neighbours.get(t) ?? []), e.id]);
      }
    }
    const reached = new Set(['ofac-sdn:48389']);
    const queue = ['ofac-sdn:48389'];
    while (queue.length > 0) {
      for (const n of neighbours.get(queue.shift() ?? '') ?? []) {
        if (reached.has(n)) continue;
        reached.add(n);
        queue.push(n);
      }
    }
    const network = ['33397', '48380', '48382', '48383', '48384', '48385', '48386', '48387', '48388', '48390'];
    for (const uid of network) expect(reached.has(`ofac-sdn:${uid}`), uid).toBe(true);
  });

  it('includes Belarus state companies and Lukashenka under the BELARUS programs', () => {
    const programs = ['9760', '10574', '12863', '32746', '33374', '41318'].map((u) => entity(`ofac-sdn:${u}`).programs);
    for (const p of programs) expect(p.some((x) => x === 'BELARUS' || x === 'BELARUS-EO14038')).toBe(true);
    expect(names(entity('ofac-sdn:41318'))).toContain('OJSC MAZ');
  });

  it('keeps the fictional ownership examples apart from the real listings', () => {
    const demo = entities.filter(isDemo);
    expect(demo.length).toBeGreaterThanOrEqual(1);
    expect(demo.length).toBeLessThanOrEqual(2);
    for (const e of demo) {
      expect(e.source?.name).toMatch(/fictional/);
      expect(e.remarks.join(' ')).toMatch(/FICTIONAL/);
      expect(e.programs).toEqual([]);
    }
    const demoIds = new Set(demo.map((e) => e.id));
    for (const e of entities.filter((x) => !isDemo(x))) {
      for (const t of targets(e)) expect(demoIds.has(t), `${e.id} points at a fictional entity`).toBe(false);
    }
    expect(entity('demo:ORNEK-KOPRU').relationships).toEqual([
      expect.objectContaining({ type: 'ownedBy', targetId: 'ofac-sdn:42033', share: 60 }),
    ]);
  });
});

/** The OFAC legacy CSV rows of one file, keyed by ent_num (Latin-1, ends with 0x1A). */
const ofacCache = new Map<string, Map<string, string[][]>>();
function ofacRows(relative: string): Map<string, string[][]> {
  const cached = ofacCache.get(relative);
  if (cached) return cached;
  const text = readFileSync(sharedPath(relative), 'latin1').replace(/\x1a\s*$/, '');
  const rows: string[][] = parse(text, { relax_column_count: true, relax_quotes: true });
  const byUid = new Map<string, string[][]>();
  for (const row of rows) if (row[0]) byUid.set(row[0], [...(byUid.get(row[0]) ?? []), row]);
  ofacCache.set(relative, byUid);
  return byUid;
}

const NULL = '-0-';
const cell = (row: string[] | undefined, index: number) => row?.[index]?.trim() ?? '';

describe.skipIf(!hasShared)('the default list against the real lists (real ../shared/lists files)', () => {
  const ofac = entities.filter((e) => e.source?.list === 'ofac-sdn');

  it('names every OFAC entity as the 2024-05 sdn.csv does at that uid, with its programs and remarks', () => {
    const sdn = ofacRows('ofac/legacy_csv_2024-05/sdn.csv');
    expect(ofac.length).toBeGreaterThanOrEqual(40);
    for (const e of ofac) {
      const row = sdn.get(e.sourceId)?.[0];
      expect(row, `uid ${e.sourceId} is not in sdn.csv`).toBeDefined();
      expect(names(e)[0], e.sourceId).toBe(cell(row, 1));
      expect(e.programs, e.sourceId).toEqual(cell(row, 3).split('] ['));
      const remarks = cell(row, 11);
      if (remarks !== NULL) expect(e.remarks[0], e.sourceId).toBe(remarks);
      for (const id of e.identifiers) expect(remarks, `${e.sourceId} ${id.value}`).toContain(id.value);
    }
  });

  it('takes every Latin alias of an OFAC entity from alt.csv or the record remarks', () => {
    const sdn = ofacRows('ofac/legacy_csv_2024-05/sdn.csv');
    const alt = ofacRows('ofac/legacy_csv_2025-01/alt.csv');
    for (const e of ofac) {
      const known = new Set((alt.get(e.sourceId) ?? []).map((row) => cell(row, 3)));
      const remarks = cell(sdn.get(e.sourceId)?.[0], 11);
      for (const n of e.names.slice(1).filter((x) => x.script !== 'Cyrl')) {
        const fromRemarks = remarks.includes(`'${n.full}'`);
        expect(known.has(n.full) || fromRemarks, `${e.sourceId} ${n.full}`).toBe(true);
        if (fromRemarks && !known.has(n.full)) expect(['weakAlias', 'formerName']).toContain(n.kind);
      }
    }
  });

  it('records one relationship for each Linked To whose target is in the file', () => {
    const sdn = ofacRows('ofac/legacy_csv_2024-05/sdn.csv');
    for (const e of ofac) {
      const remarks = cell(sdn.get(e.sourceId)?.[0], 11);
      const linked = [...remarks.matchAll(/Linked To: ([^;]+?)(?:;|\.$)/g)].map((m) => m[1]);
      const recorded = e.relationships.filter((r) => r.type === 'linkedTo').map((r) => r.targetName);
      const inFile = linked.filter((name) => ofac.some((x) => names(x)[0] === name));
      expect(recorded.sort(), e.sourceId).toEqual(inFile.sort());
    }
  });

  it('keeps as many addresses as add.csv has for each OFAC entity', () => {
    const add = ofacRows('ofac/legacy_csv_2025-01/add.csv');
    for (const e of ofac) expect(e.addresses.length, e.sourceId).toBe(add.get(e.sourceId)?.length ?? 0);
  });

  it('names every UK entity as the FCDO export does at that Unique ID', () => {
    const ods = unzipSync(new Uint8Array(readFileSync(sharedPath('uk/UK_Sanctions_List_2025-08-11.ods'))));
    const content = strFromU8(ods['content.xml'] ?? new Uint8Array());
    const rows = content.split('<table:table-row').map((row) =>
      [...row.matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)].map((m) =>
        (m[1] ?? '')
          .replace(/<[^>]+>/g, '')
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&')
          .replace(/\s+/g, ' ')
          .trim(),
      ),
    );
    for (const e of entities.filter((x) => x.source?.list === 'uk-fcdo')) {
      const row = rows.find((cells) => cells[0] === e.sourceId);
      expect(row, `${e.sourceId} is not in the ODS`).toBeDefined();
      expect(names(e)[0]).toBe(row?.[2]);
    }
  });

  it('names every Australian entity as the DFAT workbook does at that reference', async () => {
    const workbook = new ExcelJS.Workbook();
    const bytes = readFileSync(sharedPath('australia/regulation8_consolidated.xlsx'));
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const sheet = workbook.worksheets[0];
    const nameAt = new Map<string, string>();
    sheet?.eachRow((row) => nameAt.set(String(row.getCell(1).text).trim(), String(row.getCell(2).text).trim()));
    for (const e of entities.filter((x) => x.source?.list === 'au-dfat')) {
      for (const [i, n] of e.names.entries()) {
        const reference = i === 0 ? e.sourceId : `${e.sourceId}${String.fromCharCode(96 + i)}`;
        expect(n.full).toBe(nameAt.get(reference));
      }
    }
  });
});
