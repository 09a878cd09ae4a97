import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LoadResult } from '../../src/model/loadResult.js';
import { canadaXmlLoader, parseCanadaXml } from '../../src/sources/canadaXml.js';
import { loadList } from '../../src/sources/loadList.js';
import { listInputFromText } from '../../src/sources/shared/listInput.js';
import { byId, issueCodes, rejection } from '../helpers/loadResults.js';
import { fixtureInput, fixturePath, hasShared, sharedInput, sharedPath } from '../helpers/sharedLists.js';
import { tempDir } from '../helpers/tempDir.js';

const fixture = () => parseCanadaXml(fixtureInput('canada-xml/sema.xml'));
const oneRecord = (fields: string) =>
  listInputFromText('sema.xml', `<?xml version="1.0"?>\n<data-set>\n\t<record>${fields}</record>\n</data-set>\n`);

describe('canada-xml loader (hand-written SEMA fixture)', () => {
  it('loads every record with an id built from regime, schedule and item', async () => {
    const result = await fixture();
    expect(result.meta).toMatchObject({ format: 'canada-xml', records: 9, entities: 9, rejected: 0 });
    expect(result.meta.source.list).toBe('ca-sema');
    expect(result.entities.map((e) => [e.id, e.schema])).toEqual([
      ['ca-sema:belarus-1-1-8', 'Person'],
      ['ca-sema:iran-1-2.1-70', 'Person'],
      ['ca-sema:jvcfor-54', 'Person'],
      ['ca-sema:russia-1-1-853', 'Person'],
      ['ca-sema:russia-1-2-88', 'LegalEntity'],
      ['ca-sema:russia-1.1-1', 'Vessel'],
      ['ca-sema:syria-2-74', 'Person'],
      ['ca-sema:hamas-1-1', 'Person'],
      ['ca-sema:sudan-1-1', 'Person'],
    ]);
  });

  it('reads Wagner (Schedule 1, Part 2, Item 88) with its ";"-separated aliases, Russia and its listing date', async () => {
    const wagner = byId(await fixture(), 'ca-sema:russia-1-2-88');
    expect(wagner.names).toEqual([
      { full: 'Wagner', kind: 'primary', script: 'Latn' },
      { full: 'Гру́ппа Ва́гнера', kind: 'alias', script: 'Cyrl' },
      { full: 'Vagner', kind: 'alias', script: 'Latn' },
    ]);
    expect(wagner.countries).toEqual(['RU']);
    expect(wagner.programs).toEqual(['CA-SEMA-RUSSIA']);
    expect(wagner.listedOn).toEqual({ date: '2022-02-24' });
    expect(wagner.properties).toEqual({ regime: ['Russia / Russie'], schedule: ['1, Part 2'], item: ['88'] });
  });

  it('reads the individual Milosh Eduardovich VAGNER (Item 853) as a different person from Wagner', async () => {
    const vagner = byId(await fixture(), 'ca-sema:russia-1-1-853');
    expect(vagner.names).toEqual([
      {
        full: 'Milosh Eduardovich VAGNER',
        kind: 'primary',
        script: 'Latn',
        parts: { first: 'Milosh Eduardovich', last: 'VAGNER' },
      },
      { full: 'Милош Эдуардович Вагнер', kind: 'alias', script: 'Cyrl' },
    ]);
    expect(vagner.birthDates).toEqual([{ date: '1979' }]);
    expect(vagner.listedOn).toEqual({ date: '2022-07-07' });
  });

  it('reads a ship as a Vessel with its IMO number, type and build date', async () => {
    const ship = byId(await fixture(), 'ca-sema:russia-1.1-1');
    expect(ship.names[0]?.full).toBe('Balitiyskiy III');
    expect(ship.identifiers).toEqual([{ type: 'imo', value: '7612448', label: 'IMO number' }]);
    expect(ship.vessel).toEqual({ type: 'General Cargo / Multi Purpose', buildDate: { date: '1980' } });
    expect(ship.birthDates).toEqual([]);
  });

  it('reads "or" alternatives and a year span as dates of birth, and keeps unreadable text with a warning', async () => {
    const result = await fixture();
    expect(byId(result, 'ca-sema:jvcfor-54').birthDates).toEqual([{ date: '1972-08-10' }, { date: '1972-08-11' }]);
    expect(byId(result, 'ca-sema:iran-1-2.1-70').birthDates).toEqual([{ date: '1963', to: '1964' }]);
    const dagalo = byId(result, 'ca-sema:sudan-1-1');
    expect(dagalo.birthDates).toEqual([]);
    expect(dagalo.properties?.birthDateText).toEqual(['born in the early 1970s']);
    expect(result.issues.filter((i) => i.code === 'UNPARSED_DATE').map((i) => i.record)).toEqual(['sudan-1-1']);
  });

  it('gives thematic regimes a program and no country, and JVCFOR its own act', async () => {
    const result = await fixture();
    const sinwar = byId(result, 'ca-sema:hamas-1-1');
    expect(sinwar.programs).toEqual(['CA-SEMA-HAMAS']);
    expect(sinwar.countries).toEqual([]);
    const abahussain = byId(result, 'ca-sema:jvcfor-54');
    expect(abahussain.programs).toEqual(['CA-JVCFOR']);
    expect(abahussain.countries).toEqual([]);
    expect(byId(result, 'ca-sema:belarus-1-1-8').countries).toEqual(['BY']);
    expect(issueCodes(result)).not.toHaveProperty('warning:UNKNOWN_COUNTRY');
  });

  it('keeps a title from TitleOrShip on a person named only by LastName', async () => {
    const nazih = byId(await fixture(), 'ca-sema:syria-2-74');
    expect(nazih.names[0]).toMatchObject({
      full: 'Nazih',
      parts: { title: 'Major General/major-général', last: 'Nazih' },
    });
    expect(nazih.properties?.title).toEqual(['Major General/major-général']);
  });

  it('warns that the file has no list date, naming its latest DateOfListing', async () => {
    const result = await fixture();
    const warning = result.issues.find((i) => i.code === 'NO_LIST_DATE');
    expect(warning).toMatchObject({ severity: 'warning', line: 1 });
    expect(warning?.message).toContain('latest DateOfListing is 2025-02-21');
    expect(result.meta.source.publishedAt).toBeUndefined();
    const dated = await parseCanadaXml(fixtureInput('canada-xml/sema.xml'), { source: { publishedAt: '2025-05-25' } });
    expect(dated.meta.source.publishedAt).toBe('2025-05-25');
    expect(dated.issues.some((i) => i.code === 'NO_LIST_DATE')).toBe(false);
  });

  it('warns about a regime that is neither a country nor a known theme, and still loads the record', async () => {
    const result = await parseCanadaXml(
      oneRecord('<Country>Atlantis</Country><EntityOrShip>Poseidon Trading</EntityOrShip><Item>1</Item>'),
    );
    const entity = byId(result, 'ca-sema:atlantis-1');
    expect(entity.programs).toEqual(['CA-SEMA-ATLANTIS']);
    expect(entity.countries).toEqual([]);
    expect(result.issues.find((i) => i.code === 'UNKNOWN_COUNTRY')).toMatchObject({ record: 'atlantis-1' });
  });

  it('rejects a record without an Item or without any name, saying why', async () => {
    const noItem = await parseCanadaXml(oneRecord('<Country>Iran</Country><EntityOrShip>Marou Sanat</EntityOrShip>'));
    expect(noItem.meta).toMatchObject({ records: 1, entities: 0, rejected: 1 });
    expect(noItem.issues.find((i) => i.severity === 'error')).toMatchObject({ code: 'MISSING_ID', line: 3 });
    const noName = await parseCanadaXml(oneRecord('<Country>Iran</Country><Item>107</Item>'));
    expect(noName.issues.find((i) => i.severity === 'error')).toMatchObject({
      code: 'MISSING_NAME',
      record: 'iran-107',
    });
  });

  it('recognises the Canada list by its root and record fields, and not a bare data-set', () => {
    const head = new TextDecoder().decode(fixtureInput('canada-xml/sema.xml').bytes);
    expect(canadaXmlLoader.sniff(head, 'sema.xml')).toBe(true);
    expect(canadaXmlLoader.sniff('<?xml version="1.0"?><data-set><row><a>1</a></row></data-set>', 'x.xml')).toBe(false);
    expect(canadaXmlLoader.sniff('<?xml version="1.0"?><CONSOLIDATED_LIST/>', 'x.xml')).toBe(false);
  });

  it('is picked by loadList when no format is given', async () => {
    const result = await loadList({ path: fixturePath('canada-xml/sema.xml') });
    expect(result.meta.format).toBe('canada-xml');
    expect(result.meta.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('canada-xml loader refuses bad files', () => {
  it('refuses an empty file, naming it (E_FILE_EMPTY)', async () => {
    const error = await rejection(parseCanadaXml(fixtureInput('canada-xml/bad/empty.xml')));
    expect(error.code).toBe('E_FILE_EMPTY');
    expect(error.file).toContain('empty.xml');
  });

  it('refuses the UN list, saying to load it as un-xml (E_FORMAT)', async () => {
    const error = await rejection(parseCanadaXml(fixtureInput('canada-xml/bad/un-root.xml')));
    expect(error.code).toBe('E_FORMAT');
    expect(error.file).toContain('un-root.xml');
    expect(error.message).toContain('root element is <CONSOLIDATED_LIST>');
    expect(error.message).toContain('load it as un-xml');
  });

  it('refuses XML with an unescaped "&" as malformed (E_XML_INVALID)', async () => {
    const error = await rejection(parseCanadaXml(fixtureInput('canada-xml/bad/malformed.xml')));
    expect(error.code).toBe('E_XML_INVALID');
    expect(error.file).toContain('malformed.xml');
  });

  it('refuses a file cut inside a record (E_LIST_TRUNCATED)', async () => {
    const error = await rejection(parseCanadaXml(fixtureInput('canada-xml/bad/truncated.xml')));
    expect(error.code).toBe('E_LIST_TRUNCATED');
    expect(error.file).toContain('truncated.xml');
  });

  it('loads the complete records of a cut file with allowTruncated, rejecting the cut one', async () => {
    const result = await parseCanadaXml(fixtureInput('canada-xml/bad/truncated.xml'), { allowTruncated: true });
    expect(result.meta).toMatchObject({ records: 2, entities: 1, rejected: 1 });
    expect(result.entities[0]?.id).toBe('ca-sema:russia-1-2-88');
    expect(issueCodes(result)).toMatchObject({ 'error:TRUNCATED_RECORD': 1, 'warning:FILE_TRUNCATED': 1 });
  });

  it('refuses a file that is not XML at all (E_FORMAT)', async () => {
    const dir = tempDir('canada-');
    const path = join(dir, 'sema.xml');
    writeFileSync(path, 'Country,LastName\nRussia,VAGNER\n');
    const error = await rejection(loadList({ format: 'canada-xml', path }));
    expect(error.code).toBe('E_FORMAT');
    expect(error.file).toBe(path);
  });
});

describe.skipIf(!hasShared)(
  'canada-xml loader (real ../shared/lists file: SEMA list, latest listing 2025-03-20)',
  () => {
    const file = 'canada/sema_consolidated_autonomous_sanctions.xml';
    // One load serves every test here; the tests only read it.
    let loaded: Promise<LoadResult> | undefined;
    const real = () => {
      loaded ??= parseCanadaXml(sharedInput(file));
      return loaded;
    };

    it('loads all 4,759 records, dropping none, with unique ids', async () => {
      const result = await real();
      expect(result.meta).toMatchObject({ records: 4759, entities: 4759, rejected: 0 });
      expect(new Set(result.entities.map((e) => e.id)).size).toBe(4759);
      expect(issueCodes(result)).not.toHaveProperty('warning:DUPLICATE_ID');
    });

    it('types 3,334 people, 1,316 organisations (LegalEntity) and 109 ships with IMO numbers', async () => {
      const counts: Record<string, number> = {};
      const result = await real();
      for (const e of result.entities) counts[e.schema] = (counts[e.schema] ?? 0) + 1;
      expect(counts).toEqual({ Person: 3334, LegalEntity: 1316, Vessel: 109 });
      const ships = result.entities.filter((e) => e.schema === 'Vessel');
      expect(ships.every((e) => e.identifiers.some((i) => i.type === 'imo'))).toBe(true);
    });

    it('counts the regimes PROVENANCE.md lists by country', async () => {
      const counts: Record<string, number> = {};
      for (const e of (await real()).entities) for (const c of e.countries) counts[c] = (counts[c] ?? 0) + 1;
      expect(counts).toMatchObject({ RU: 2426, UA: 553, IR: 460, BY: 320, SY: 281, MM: 241 });
    });

    it('explains every issue: two unreadable dates of birth and the missing list date', async () => {
      const result = await real();
      expect(issueCodes(result)).toEqual({ 'warning:UNPARSED_DATE': 2, 'warning:NO_LIST_DATE': 1 });
      expect(result.issues.find((i) => i.code === 'NO_LIST_DATE')?.message).toContain('2025-03-20');
    });

    it('finds Wagner (Item 88, 2022-02-24) and Milosh Eduardovich VAGNER (Item 853, 2022-07-07)', async () => {
      const result = await real();
      const wagner = byId(result, 'ca-sema:russia-1-2-88');
      expect(wagner.names.map((n) => n.full)).toEqual(['Wagner', 'Гру́ппа Ва́гнера', 'Vagner']);
      expect(wagner.listedOn).toEqual({ date: '2022-02-24' });
      const vagner = byId(result, 'ca-sema:russia-1-1-853');
      expect(vagner.names[0]?.full).toBe('Milosh Eduardovich VAGNER');
      expect(vagner.listedOn).toEqual({ date: '2022-07-07' });
    });

    it('is picked by loadList when no format is given', async () => {
      expect((await loadList({ path: sharedPath(file) })).meta.format).toBe('canada-xml');
    });
  },
);
