import { describe, expect, it } from 'vitest';
import { euXmlLoader, parseEuXml } from '../../src/sources/euXml.js';
import { byId, rejection } from '../helpers/loadResults.js';
import { fixtureInput } from '../helpers/sharedLists.js';

const fixture = () => parseEuXml(fixtureInput('eu-xml/export.xml'));
const headOf = (path: string) => new TextDecoder().decode(fixtureInput(path).bytes);

describe('eu-xml loader (hand-written FSF XML 1.1 fixture)', () => {
  it('loads every sanctionEntity as eu-fsf:<euReferenceNumber>, else its logicalId', async () => {
    const result = await fixture();
    expect(result.meta).toMatchObject({ format: 'eu-xml', records: 5, entities: 5, rejected: 0 });
    expect(result.meta.source).toMatchObject({ list: 'eu-fsf', publishedAt: '2026-08-05' });
    expect(result.entities.map((e) => [e.id, e.schema])).toEqual([
      ['eu-fsf:EU.7494.97', 'LegalEntity'],
      ['eu-fsf:EU.3794.55', 'Person'],
      ['eu-fsf:EU.5612.21', 'Person'],
      ['eu-fsf:EU.3722.12', 'LegalEntity'],
      ['eu-fsf:130455', 'Person'],
    ]);
  });

  it('reads the Wagner Group: Cyrillic alias with its language, low quality alias as weak, programmes', async () => {
    const wagner = byId(await fixture(), 'eu-fsf:EU.7494.97');
    expect(wagner.names).toEqual([
      { full: 'Wagner Group', kind: 'primary', script: 'Latn', lang: 'en' },
      { full: 'Группа Вагнера', kind: 'alias', script: 'Cyrl', lang: 'ru' },
      { full: 'PMC Wagner', kind: 'alias', script: 'Latn' },
      { full: 'ChVK Vagner', kind: 'alias', script: 'Latn' },
      { full: 'Wagner', kind: 'weakAlias', script: 'Latn' },
    ]);
    expect(wagner.programs).toEqual(['EUHR', 'UKR']);
    expect(wagner.listedOn).toEqual({ date: '2021-12-13' });
    expect(wagner.remarks[0]).toMatch(/^Associated entities: Sewa Security Services; Lobaye Invest SARLU/);
    expect(wagner.addresses).toEqual([
      {
        full: 'Saint Petersburg, RUSSIAN FEDERATION',
        city: 'Saint Petersburg',
        country: 'RU',
        countryText: 'RUSSIAN FEDERATION',
      },
    ]);
  });

  it('reads a person with an Arabic-script alias, a weak alias by remark and one by strong="false"', async () => {
    const result = await fixture();
    const baghdadi = byId(result, 'eu-fsf:EU.3794.55');
    expect(baghdadi.names.map((n) => [n.full, n.kind, n.script])).toEqual([
      ['Ibrahim Awwad Ibrahim Ali al-Badri al-Samarrai', 'primary', 'Latn'],
      ['إبراهيم عواد إبراهيم علي البدري السامرائي', 'alias', 'Arab'],
      ["Abu Du'a", 'weakAlias', 'Latn'],
      ['Dr. Ibrahim', 'weakAlias', 'Latn'],
      ['Abu Bakr al-Baghdadi al-Husayni al-Qurashi', 'alias', 'Latn'],
    ]);
    expect(baghdadi.names[0]?.parts).toEqual({ first: 'Ibrahim Awwad Ibrahim', last: 'Ali al-Badri al-Samarrai' });
    expect(baghdadi.names[1]?.lang).toBe('ar');
    expect(baghdadi.gender).toBe('male');
    expect(baghdadi.positions).toEqual(['Leader of Islamic State in Iraq and the Levant']);
    expect(baghdadi.nationalities).toEqual(['IQ']);
    expect(baghdadi.properties?.unscId).toEqual(['QDi.299']);
  });

  it('skips an Islamic-calendar birth date that repeats a Gregorian one, saying so', async () => {
    const result = await fixture();
    expect(byId(result, 'eu-fsf:EU.3794.55').birthDates).toEqual([{ date: '1971' }]);
    expect(byId(result, 'eu-fsf:EU.3794.55').birthPlaces).toEqual(['Samarra, IRAQ']);
    expect(result.issues).toContainEqual(
      expect.objectContaining({ severity: 'info', code: 'ISLAMIC_DATE_SKIPPED', record: 'EU.3794.55' }),
    );
  });

  it('keeps an Islamic-calendar-only birth date as text with a warning, and names a person without strong aliases', async () => {
    const result = await fixture();
    const hamdan = byId(result, 'eu-fsf:130455');
    expect(hamdan.birthDates).toEqual([]);
    expect(hamdan.properties?.birthDateIslamic).toEqual(['1385']);
    expect(hamdan.names.map((n) => [n.full, n.kind])).toEqual([
      ['Adnan Hamdan', 'primary'],
      ['Abu Hamdan', 'weakAlias'],
    ]);
    expect(result.issues.filter((i) => i.record === '130455').map((i) => [i.severity, i.code])).toEqual([
      ['info', 'NO_STRONG_NAME'],
      ['warning', 'ISLAMIC_DATE_ONLY'],
    ]);
  });

  it('reads a circa year range, an unknown ("00") citizenship, and a known-false passport', async () => {
    const mansour = byId(await fixture(), 'eu-fsf:EU.5612.21');
    expect(mansour.names[0]).toMatchObject({ full: 'Salem MANSOUR', parts: { first: 'Salem', last: 'MANSOUR' } });
    expect(mansour.birthDates).toEqual([{ date: '1960', to: '1962', circa: true }, { date: '1961-03-07' }]);
    expect(mansour.nationalities).toEqual([]);
    expect(mansour.identifiers).toEqual([
      {
        type: 'passport',
        value: 'A1234567',
        country: 'LY',
        label: 'National passport',
        issuedOn: { date: '2009-05-01' },
        expiresOn: { date: '2014-04-30' },
        note: 'known false; in the name of Salem Mansour Ali; Forged passport used to travel to Tunisia',
      },
      {
        type: 'nationalId',
        value: '119610307123',
        country: 'LY',
        label: 'National identification card',
        note: 'issued by Civil Registry Authority',
      },
    ]);
    expect(mansour.remarks).toEqual(['Commander of a militia']);
  });

  it('keeps an obsolete country code as text with one warning', async () => {
    const result = await fixture();
    expect(byId(result, 'eu-fsf:EU.5612.21').addresses).toEqual([
      { full: 'Belgrade, SERBIA AND MONTENEGRO', city: 'Belgrade', countryText: 'SERBIA AND MONTENEGRO' },
    ]);
    expect(result.issues.filter((i) => i.code === 'UNKNOWN_COUNTRY')).toEqual([
      expect.objectContaining({ severity: 'warning', record: 'EU.5612.21', field: 'addresses' }),
    ]);
  });

  it('types registration and tax numbers, and takes contact details and the earliest regulation date', async () => {
    const ports = byId(await fixture(), 'eu-fsf:EU.3722.12');
    expect(ports.identifiers.map((i) => [i.type, i.value, i.country])).toEqual([
      ['registration', '1149102099717', 'RU'],
      ['taxId', '9102028499', 'RU'],
    ]);
    expect(ports.listedOn).toEqual({ date: '2014-07-31' });
    expect(ports.properties).toMatchObject({
      phone: ['+7 (36561) 3-53-21'],
      email: ['info@crimeaport.ru'],
      website: ['http://crimeaport.ru'],
    });
    expect(ports.addresses[0]).toMatchObject({ street: '28 Kirova Street', city: 'Kerch', postalCode: '298312' });
    expect(ports.names.map((n) => n.lang)).toEqual(['en', 'ru', 'uk']);
  });

  it('reads a file written with a namespace prefix exactly as the unprefixed one', async () => {
    const prefixed = await parseEuXml(fixtureInput('eu-xml/export-prefixed.xml'));
    expect(prefixed.meta).toMatchObject({ records: 1, entities: 1, rejected: 0 });
    expect(prefixed.entities[0]).toEqual(byId(await fixture(), 'eu-fsf:EU.7494.97'));
    expect(euXmlLoader.sniff(headOf('eu-xml/export-prefixed.xml'), 'x.xml')).toBe(true);
  });

  it('recognises the EU export by its root and namespace, not any <export>', () => {
    expect(euXmlLoader.sniff(headOf('eu-xml/export.xml'), 'export.xml')).toBe(true);
    expect(euXmlLoader.sniff('<?xml version="1.0"?><export><row/></export>', 'other.xml')).toBe(false);
  });

  it('rejects a record without an id or a name, each with an error on its line', async () => {
    const result = await parseEuXml(fixtureInput('eu-xml/bad/missing-id.xml'));
    expect(result.meta).toMatchObject({ records: 3, entities: 1, rejected: 2 });
    expect(result.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.line])).toEqual([
      ['MISSING_ID', 7],
      ['INVALID_RECORD', 11],
    ]);
  });
});

describe('eu-xml loader refuses bad files', () => {
  it('refuses an empty file (E_FILE_EMPTY)', async () => {
    expect((await rejection(parseEuXml(fixtureInput('eu-xml/bad/empty.xml')))).code).toBe('E_FILE_EMPTY');
  });

  it('refuses the UN list, saying what it is (E_FORMAT)', async () => {
    const error = await rejection(parseEuXml(fixtureInput('eu-xml/bad/un-root.xml')));
    expect(error.code).toBe('E_FORMAT');
    expect(error.message).toContain(
      'not an EU FSF XML file: root element is <CONSOLIDATED_LIST> (that is the UN list; load it as un-xml)',
    );
  });

  it('refuses an HTML error page saved as the list (E_FORMAT)', async () => {
    const error = await rejection(parseEuXml(fixtureInput('eu-xml/bad/error-page.html')));
    expect(error.code).toBe('E_FORMAT');
    expect(error.message).toContain('the download probably returned an error page');
  });

  it('refuses malformed XML (E_XML_INVALID)', async () => {
    expect((await rejection(parseEuXml(fixtureInput('eu-xml/bad/malformed.xml')))).code).toBe('E_XML_INVALID');
  });

  it('refuses a file cut inside a sanctionEntity (E_LIST_TRUNCATED)', async () => {
    expect((await rejection(parseEuXml(fixtureInput('eu-xml/bad/truncated.xml')))).code).toBe('E_LIST_TRUNCATED');
  });
});
