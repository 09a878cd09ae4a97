import { describe, expect, it } from 'vitest';
import { listInputFromText } from '../../src/sources/shared/listInput.js';
import { parseUnXml, unXmlLoader } from '../../src/sources/unXml.js';
import { byId, issueCodes, rejection } from '../helpers/loadResults.js';
import { fixtureInput, hasShared, sharedInput } from '../helpers/sharedLists.js';

const fixture = () => parseUnXml(fixtureInput('un-xml/consolidated.xml'));
describe('un-xml loader (hand-written consolidated list fixture)', () => {
  it('loads individuals as Person and entities as LegalEntity, named un-sc:<REFERENCE_NUMBER>', async () => {
    const result = await fixture();
    expect(result.meta).toMatchObject({ format: 'un-xml', records: 5, entities: 5, rejected: 0 });
    expect(result.meta.source).toMatchObject({ list: 'un-sc', publishedAt: '2026-02-27' });
    expect(result.entities.map((e) => [e.id, e.schema])).toEqual([
      ['un-sc:IQi.001', 'Person'],
      ['un-sc:TAi.024', 'Person'],
      ['un-sc:KPi.016', 'Person'],
      ['un-sc:QDe.109', 'LegalEntity'],
      ['un-sc:6908401', 'LegalEntity'],
    ]);
  });

  it('joins the name fields with parts, and takes the original script as an Arabic alias', async () => {
    const saddam = byId(await fixture(), 'un-sc:IQi.001');
    expect(saddam.names).toEqual([
      {
        full: 'SADDAM HUSSEIN AL-TIKRITI',
        kind: 'primary',
        script: 'Latn',
        parts: { first: 'SADDAM', middle: 'HUSSEIN', last: 'AL-TIKRITI' },
      },
      { full: 'صدام حسين التكريتي', kind: 'alias', script: 'Arab' },
      { full: 'Abu Ali', kind: 'weakAlias', script: 'Latn' },
    ]);
    expect(saddam.programs).toEqual(['Iraq']);
    expect(saddam.listedOn).toEqual({ date: '2003-06-27' });
    expect(saddam.birthPlaces).toEqual(['al-Awja, near Tikrit, Iraq']);
    expect(saddam.nationalities).toEqual(['IQ']);
  });

  it('reads Good aliases as aliases, Low ones as weak, skips empty ones quietly and ignores "na"', async () => {
    const result = await fixture();
    const baradar = byId(result, 'un-sc:TAi.024');
    expect(baradar.names.map((n) => [n.full, n.kind])).toEqual([
      ['ABDUL GHANI BARADAR ABDUL AHMAD TURK', 'primary'],
      ['Mullah Baradar Akhund', 'alias'],
      ['Baradar', 'weakAlias'],
    ]);
    expect(result.issues.filter((i) => i.record === 'TAi.024').map((i) => i.code)).toEqual([
      'NOT_AVAILABLE',
      'DOCUMENT_WITHOUT_NUMBER',
    ]);
  });

  it('reads EXACT, APPROXIMATELY and BETWEEN dates of birth, a listing date with a zone, and the rest', async () => {
    const baradar = byId(await fixture(), 'un-sc:TAi.024');
    expect(baradar.birthDates).toEqual([
      { date: '1968' },
      { date: '1967', circa: true },
      { date: '1962', to: '1963', circa: true },
    ]);
    expect(baradar.listedOn).toEqual({ date: '2001-02-23' });
    expect(baradar.gender).toBe('male');
    expect(baradar.positions).toEqual(['Deputy Minister of Defence under the Taliban regime']);
    expect(baradar.properties?.title).toEqual(['Mullah']);
    expect(baradar.remarks[0]).toBe(
      'Arrested in Feb. 2010 and in custody in Pakistan. Extradition request to Afghanistan pending in Lahore High Court, Pakistan.',
    );
    expect(baradar.addresses).toEqual([
      {
        full: 'Kandahar, Kandahar Province, Afghanistan (as of 2010)',
        city: 'Kandahar',
        region: 'Kandahar Province',
        country: 'AF',
        countryText: 'Afghanistan',
      },
    ]);
  });

  it('types documents, and keeps one described without a number as text with a warning', async () => {
    const result = await fixture();
    const baradar = byId(result, 'un-sc:TAi.024');
    expect(baradar.identifiers).toEqual([
      {
        type: 'nationalId',
        value: '57388',
        country: 'AF',
        label: 'National Identification Number (Afghan national identification card (tazkira) number)',
        note: 'issued in Kandahar',
      },
    ]);
    expect(baradar.properties?.identityDocuments).toEqual([
      'Passport: Afghan passport number OR1961825, issued under name Abdul Ghani Baradar',
    ]);
    expect(byId(result, 'un-sc:KPi.016').identifiers).toEqual([
      {
        type: 'passport',
        value: '836110035',
        country: 'KP',
        label: 'Numéro de passeport',
        issuedOn: { date: '2011-01-01' },
      },
    ]);
  });

  it("adds an alias's own date and place of birth, and reads a NOTE-only date", async () => {
    const result = await fixture();
    const jang = byId(result, 'un-sc:KPi.016');
    expect(jang.birthDates).toEqual([{ date: '1957-04-15' }, { date: '1959-11' }, { date: '1958-02-22' }]);
    expect(jang.birthPlaces).toEqual(['Pyongyang']);
    expect(jang.properties?.birthDateText).toEqual(['30-35 years old']);
    expect(jang.remarks).toContain('alias "Jang Hyon U": diplomatic passport number 836110034');
  });

  it('reads entity a.k.a. and f.k.a. aliases and the address note', async () => {
    const haramain = byId(await fixture(), 'un-sc:QDe.109');
    expect(haramain.names.map((n) => [n.full, n.kind])).toEqual([
      ['AL-HARAMAIN ISLAMIC FOUNDATION', 'primary'],
      ['Al Haramain Foundation', 'alias'],
      ['Vazir', 'formerName'],
    ]);
    expect(haramain.addresses[0]?.full).toBe(
      '64 Poturmahala, Travnik, Bosnia and Herzegovina (Registered office address)',
    );
    expect(haramain.programs).toEqual(['Al-Qaida']);
  });

  it('falls back to DATAID without a reference number, with its program from UN_LIST_TYPE', async () => {
    const result = await fixture();
    const kwangson = byId(result, 'un-sc:6908401');
    expect(kwangson.programs).toEqual(['DPRK']);
    // The UN writes Hong Kong as "China, Hong Kong Special Administrative Region": read as HK.
    expect(kwangson.addresses[0]).toMatchObject({ country: 'HK' });
    expect(issueCodes(result)).toMatchObject({ 'info:NO_REFERENCE_NUMBER': 1 });
    expect(issueCodes(result)['warning:UNKNOWN_COUNTRY']).toBeUndefined();
  });

  it('recognises the UN list by its root element', () => {
    const head = new TextDecoder().decode(fixtureInput('un-xml/consolidated.xml').bytes);
    expect(unXmlLoader.sniff(head, 'consolidated.xml')).toBe(true);
    expect(unXmlLoader.sniff('<?xml version="1.0"?><sdnList/>', 'x.xml')).toBe(false);
  });
});

describe('un-xml loader refuses bad files', () => {
  it('refuses an empty file (E_FILE_EMPTY)', async () => {
    expect((await rejection(parseUnXml(fixtureInput('un-xml/bad/empty.xml')))).code).toBe('E_FILE_EMPTY');
  });

  it('refuses the OFAC list, saying what it is (E_FORMAT)', async () => {
    const error = await rejection(parseUnXml(fixtureInput('un-xml/bad/ofac-root.xml')));
    expect(error.code).toBe('E_FORMAT');
    expect(error.message).toContain('root element is <sdnList>');
    expect(error.message).toContain('load it as ofac-xml');
  });

  it('refuses XML with an unescaped "&" as malformed, not as cut short (E_XML_INVALID)', async () => {
    const error = await rejection(parseUnXml(fixtureInput('un-xml/bad/malformed.xml')));
    expect(error.code).toBe('E_XML_INVALID');
    expect(error.message).toContain('unescaped "&"');
  });

  it('refuses a file cut inside a record (E_LIST_TRUNCATED)', async () => {
    expect((await rejection(parseUnXml(fixtureInput('un-xml/bad/truncated.xml')))).code).toBe('E_LIST_TRUNCATED');
  });

  it('loads the complete records of a cut file with allowTruncated, rejecting the cut one', async () => {
    const result = await parseUnXml(fixtureInput('un-xml/bad/truncated.xml'), { allowTruncated: true });
    expect(result.meta).toMatchObject({ records: 2, entities: 1, rejected: 1 });
    expect(result.entities[0]?.id).toBe('un-sc:IQi.001');
  });

  it('refuses a file whose root element is not closed after its last record (E_LIST_TRUNCATED)', async () => {
    const text = new TextDecoder().decode(fixtureInput('un-xml/consolidated.xml').bytes);
    const cut = text.slice(0, text.indexOf('</ENTITIES>'));
    expect((await rejection(parseUnXml(listInputFromText('consolidated.xml', cut)))).code).toBe('E_LIST_TRUNCATED');
  });
});

describe.skipIf(!hasShared)('un-xml loader (real ../shared/lists file: UN consolidated list of 27 Feb 2026)', () => {
  const real = () => parseUnXml(sharedInput('un/consolidated.xml'));

  it('loads 730 individuals and 273 entities, dropping none', async () => {
    const result = await real();
    expect(result.meta).toMatchObject({ records: 1003, entities: 1003, rejected: 0 });
    expect(result.meta.source.publishedAt).toBe('2026-02-27');
    expect(result.entities.filter((e) => e.schema === 'Person')).toHaveLength(730);
    expect(result.entities.filter((e) => e.schema === 'LegalEntity')).toHaveLength(273);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('counts the regimes PROVENANCE.md lists', async () => {
    const counts = new Map<string, number>();
    for (const e of (await real()).entities) for (const p of e.programs) counts.set(p, (counts.get(p) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toMatchObject({
      'Al-Qaida': 341,
      DPRK: 155,
      Taliban: 140,
      Iran: 121,
      Iraq: 75,
      DRC: 53,
    });
  });

  it('explains every warning: documents without numbers, undated notes, one unmapped country ("former Soviet Union")', async () => {
    expect(issueCodes(await real())).toEqual({
      'warning:DOCUMENT_WITHOUT_NUMBER': 14,
      'warning:UNPARSED_DATE': 3,
      'warning:UNKNOWN_COUNTRY': 1,
      'info:NOT_AVAILABLE': 2,
    });
  });

  it('reads Al-Qaida (QDe.004) with its Arabic name and Gaston Iyamuremye (CDi.003) with a weak alias', async () => {
    const result = await real();
    const alQaida = byId(result, 'un-sc:QDe.004');
    expect(alQaida.names[1]).toEqual({ full: 'القاعدة', kind: 'alias', script: 'Arab' });
    expect(alQaida.names.map((n) => n.full)).toContain('Usama Bin Laden Network');
    const gaston = byId(result, 'un-sc:CDi.003');
    expect(gaston.names.filter((n) => n.kind === 'weakAlias').map((n) => n.full)).toEqual(['Rumuli']);
    expect(gaston.positions).toEqual([
      'FDLR Interim President',
      'FDLR-FOCA 1st Vice-President',
      'FDLR-FOCA Major General',
    ]);
    expect(gaston.birthDates).toEqual([{ date: '1948' }]);
    expect(gaston.nationalities).toEqual(['RW']);
    expect(gaston.listedOn).toEqual({ date: '2010-12-01' });
  });

  it('reads a circa year range (TAi.002) and a passport with country and issue date (GBi.001)', async () => {
    const result = await real();
    expect(byId(result, 'un-sc:TAi.002').birthDates).toContainEqual({ date: '1955', to: '1958', circa: true });
    expect(byId(result, 'un-sc:GBi.001').identifiers[0]).toMatchObject({
      type: 'passport',
      value: 'AAID00437',
      country: 'GW',
      issuedOn: { date: '2010-02-18' },
    });
  });
});
