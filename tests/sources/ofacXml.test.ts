import { describe, expect, it } from 'vitest';
import { ofacXmlLoader, parseOfacXml } from '../../src/sources/ofacXml.js';
import { type ListInput, listInputFromText } from '../../src/sources/shared/listInput.js';
import { byId, rejection } from '../helpers/loadResults.js';
import { fixtureInput, hasShared, sharedInput } from '../helpers/sharedLists.js';

const textOf = (input: ListInput) => new TextDecoder().decode(input.bytes);
const fixture = () => parseOfacXml(fixtureInput('ofac-xml/sdn.xml'));

describe('ofac-xml loader (hand-written SDN.XML fixture)', () => {
  it('loads every sdnEntry as an ofac-sdn entity and checks the Record_Count', async () => {
    const result = await fixture();
    expect(result.meta).toMatchObject({ format: 'ofac-xml', records: 6, entities: 6, rejected: 0, declaredCount: 6 });
    expect(result.meta.source).toMatchObject({ list: 'ofac-sdn', publishedAt: '2024-05-03' });
    expect(result.entities.every((e) => e.id === `ofac-sdn:${e.sourceId}`)).toBe(true);
  });

  it('types entries from sdnType: Individual, Entity, Vessel and Aircraft', async () => {
    const result = await fixture();
    expect(byId(result, 'ofac-sdn:22544').schema).toBe('Person');
    expect(byId(result, 'ofac-sdn:22543').schema).toBe('LegalEntity');
    expect(byId(result, 'ofac-sdn:90101').schema).toBe('Vessel');
    expect(byId(result, 'ofac-sdn:90201').schema).toBe('Airplane');
  });

  it('reads the Wagner a.k.a.s, keeping the weak one as a weak alias, and its programs', async () => {
    const wagner = byId(await fixture(), 'ofac-sdn:22543');
    expect(wagner.names.map((n) => [n.full, n.kind])).toEqual([
      ["PRIVATE MILITARY COMPANY 'WAGNER'", 'primary'],
      ['PMC WAGNER', 'alias'],
      ["CHASTNAYA VOENNAYA KOMPANIYA 'VAGNER'", 'alias'],
      ['CHVK VAGNER', 'alias'],
      ['WAGNER GROUP', 'alias'],
      ['THE ORCHESTRA', 'weakAlias'],
    ]);
    expect(wagner.programs).toEqual(['TCO', 'UKRAINE-EO13660', 'CAR', 'RUSSIA-EO14024']);
    expect(wagner.properties?.organizationType).toEqual(['Private security activities']);
    expect(wagner.properties?.sanctionsInformation?.[0]).toMatch(/^Secondary sanctions risk: Ukraine-/);
  });

  it('keeps "LAST, First" with its parts, the title as a position, and the idList as typed identifiers', async () => {
    const utkin = byId(await fixture(), 'ofac-sdn:22544');
    expect(utkin.names[0]).toEqual({
      full: 'UTKIN, Dmitriy Valeryevich',
      kind: 'primary',
      script: 'Latn',
      parts: { last: 'UTKIN', first: 'Dmitriy', middle: 'Valeryevich' },
    });
    expect(utkin.positions).toEqual(['Founder and Commander of PMC Wagner']);
    expect(utkin.gender).toBe('male');
    expect(utkin.identifiers).toEqual([
      {
        type: 'passport',
        value: '7204380',
        country: 'RU',
        label: 'Passport',
        issuedOn: { date: '2013-07-16' },
        expiresOn: { date: '2023-07-16' },
      },
      { type: 'taxId', value: '590500174303', country: 'RU', label: 'Tax ID No.' },
    ]);
    expect(utkin.birthDates).toEqual([{ date: '1970-06-11' }]);
    expect(utkin.birthPlaces).toEqual(['Asbest, Sverdlovsk Oblast, Russia']);
    expect(utkin.nationalities).toEqual(['RU']);
    expect(utkin.addresses[0]).toMatchObject({
      street: 'Ulitsa Marshala Zhukova 14',
      city: 'Asbest',
      region: 'Sverdlovsk Oblast',
      postalCode: '624260',
      country: 'RU',
    });
  });

  it('ties "(Linked To: …)" remarks to the entry they name', async () => {
    const result = await fixture();
    expect(byId(result, 'ofac-sdn:22544').relationships).toEqual([
      {
        type: 'linkedTo',
        targetName: "PRIVATE MILITARY COMPANY 'WAGNER'",
        targetId: 'ofac-sdn:22543',
        origin: 'OFAC remarks: Linked To',
      },
    ]);
    expect(byId(result, 'ofac-sdn:90101').relationships[0]?.targetId).toBe('ofac-sdn:90401');
  });

  it('reads vessel particulars, the IMO number without its prefix, the MMSI and a former name', async () => {
    const tanker = byId(await fixture(), 'ofac-sdn:90101');
    expect(tanker.vessel).toEqual({
      flag: 'RU',
      callSign: 'UBGE7',
      type: 'Crude Oil Tanker',
      owner: 'SOVCOMFLOT',
      tonnage: '61000',
      grossRegisteredTonnage: '62000',
      buildDate: { date: '2013' },
    });
    expect(tanker.identifiers.map((i) => [i.type, i.value])).toEqual([
      ['imo', '9610808'],
      ['mmsi', '273310620'],
    ]);
    expect(tanker.names[1]).toMatchObject({ full: 'SCF AMUR', kind: 'formerName' });
  });

  it('types a wallet, a SWIFT/BIC and an LEI, and keeps an unknown idType as "other" with its label', async () => {
    const result = await fixture();
    expect(byId(result, 'ofac-sdn:90301').identifiers).toEqual([
      { type: 'cryptoWallet', value: '1KUUJPkyDhamZXgpsyXqNGc3x1QPXtdhgz', label: 'Digital Currency Address - XBT' },
      { type: 'nationalId', value: '70123456', country: 'CO', label: 'Cedula No.' },
      { type: 'other', value: 'AV123456', label: 'Frequent Flyer No.' },
    ]);
    expect(byId(result, 'ofac-sdn:90401').identifiers.map((i) => i.type)).toEqual(['bic', 'lei', 'registration']);
    expect(byId(result, 'ofac-sdn:90401').properties?.website).toEqual(['www.scf-group.com']);
  });

  it('reads "circa 1958" and "1965 to 1968", and keeps an unreadable date and country as text with warnings', async () => {
    const result = await fixture();
    const jose = byId(result, 'ofac-sdn:90301');
    expect(jose.birthDates).toEqual([
      { date: '1958', circa: true },
      { date: '1965', to: '1968' },
    ]);
    expect(jose.properties?.birthDateText).toEqual(['sometime in the sixties']);
    expect(jose.addresses).toEqual([{ full: 'Sukhumi, Abkhazia', city: 'Sukhumi', countryText: 'Abkhazia' }]);
    expect(result.issues.filter((i) => i.record === '90301').map((i) => [i.severity, i.code])).toEqual([
      ['warning', 'UNKNOWN_COUNTRY'],
      ['warning', 'UNPARSED_DATE'],
    ]);
  });

  it('rejects an entry without a uid or a name with an error naming its line', async () => {
    const result = await parseOfacXml(fixtureInput('ofac-xml/bad/missing-uid.xml'));
    expect(result.meta).toMatchObject({ records: 3, entities: 1, rejected: 2, declaredCount: 3 });
    const errors = result.issues.filter((i) => i.severity === 'error');
    expect(errors.map((e) => [e.code, e.line])).toEqual([
      ['MISSING_ID', 12],
      ['INVALID_RECORD', 16],
    ]);
    expect(errors[1]?.record).toBe('90999');
  });

  it('takes the list key from the file name or from options.source', async () => {
    const input = fixtureInput('ofac-xml/sdn.xml');
    const renamed = await parseOfacXml({ file: 'CONS_ENHANCED.XML', bytes: input.bytes });
    expect(renamed.meta.source.list).toBe('ofac-cons');
    expect(renamed.entities[0]?.id).toBe('ofac-cons:22543');
    const told = await parseOfacXml(input, { source: { list: 'ofac-cons', publishedAt: '2024-05-04' } });
    expect(told.meta.source).toMatchObject({ list: 'ofac-cons', publishedAt: '2024-05-04' });
  });

  it('takes a file carrying a non-SDN-only program (NS-PLC) for the consolidated list, saying why', async () => {
    const text = textOf(fixtureInput('ofac-xml/sdn.xml')).replace(
      '<program>SDNTK</program>',
      '<program>NS-PLC</program>',
    );
    const result = await parseOfacXml(listInputFromText('list.xml', text));
    expect(result.meta.source.list).toBe('ofac-cons');
    expect(result.issues).toContainEqual(expect.objectContaining({ severity: 'info', code: 'LIST_FROM_PROGRAMS' }));
  });

  it('recognises SDN.XML by its root element and not the UN list', () => {
    expect(ofacXmlLoader.sniff(textOf(fixtureInput('ofac-xml/sdn.xml')), 'sdn.xml')).toBe(true);
    expect(ofacXmlLoader.sniff(textOf(fixtureInput('ofac-xml/bad/un-root.xml')), 'x.xml')).toBe(false);
  });
});

describe('ofac-xml loader refuses bad files', () => {
  it('refuses an empty file (E_FILE_EMPTY)', async () => {
    expect((await rejection(parseOfacXml(fixtureInput('ofac-xml/bad/empty.xml')))).code).toBe('E_FILE_EMPTY');
  });

  it('refuses the UN list, saying what it is (E_FORMAT)', async () => {
    const error = await rejection(parseOfacXml(fixtureInput('ofac-xml/bad/un-root.xml')));
    expect(error.code).toBe('E_FORMAT');
    expect(error.message).toContain(
      'not an OFAC SDN XML file: root element is <CONSOLIDATED_LIST> (that is the UN list; load it as un-xml)',
    );
  });

  it('refuses a CSV given as XML (E_FORMAT)', async () => {
    const error = await rejection(parseOfacXml(fixtureInput('ofac-xml/bad/not-xml.csv')));
    expect(error.code).toBe('E_FORMAT');
    expect(error.message).toContain('not XML');
  });

  it('refuses malformed XML, naming where (E_XML_INVALID)', async () => {
    const error = await rejection(parseOfacXml(fixtureInput('ofac-xml/bad/malformed.xml')));
    expect(error.code).toBe('E_XML_INVALID');
    expect(error.message).toContain('9:59: unexpected close tag');
  });

  it('refuses a file cut inside an entry (E_LIST_TRUNCATED)', async () => {
    expect((await rejection(parseOfacXml(fixtureInput('ofac-xml/bad/truncated.xml')))).code).toBe('E_LIST_TRUNCATED');
  });

  it('loads the complete entries of a cut file with allowTruncated, rejecting the cut one', async () => {
    const result = await parseOfacXml(fixtureInput('ofac-xml/bad/truncated.xml'), { allowTruncated: true });
    expect(result.meta).toMatchObject({ records: 2, entities: 1, rejected: 1 });
    expect(result.issues.map((i) => [i.severity, i.code])).toEqual([
      ['error', 'TRUNCATED_RECORD'],
      ['warning', 'FILE_TRUNCATED'],
    ]);
  });

  it('refuses a file whose Record_Count disagrees with its entries (E_LIST_TRUNCATED)', async () => {
    const text = textOf(fixtureInput('ofac-xml/sdn.xml')).replace('<Record_Count>6<', '<Record_Count>7<');
    const error = await rejection(parseOfacXml(listInputFromText('sdn.xml', text)));
    expect(error.code).toBe('E_LIST_TRUNCATED');
    expect(error.message).toContain('states 7 records but 6 were found');
  });
});

describe.skipIf(!hasShared)('ofac-xml loader (real ../shared/lists file: OFAC consolidated non-SDN XML)', () => {
  const real = () => sharedInput('ofac/consolidated_nonsdn/consolidated.xml');

  it('loads all 442 entries (79 individuals, 363 entities) of 8 Jan 2026 as ofac-cons, dropping none', async () => {
    const result = await parseOfacXml(real());
    expect(result.meta).toMatchObject({ records: 442, entities: 442, rejected: 0, declaredCount: 442 });
    expect(result.meta.source).toMatchObject({ list: 'ofac-cons', publishedAt: '2026-01-08' });
    expect(result.entities.filter((e) => e.schema === 'Person')).toHaveLength(79);
    expect(result.entities.filter((e) => e.schema === 'LegalEntity')).toHaveLength(363);
    expect(result.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('counts the programs PROVENANCE.md lists', async () => {
    const counts = new Map<string, number>();
    for (const e of (await parseOfacXml(real())).entities) {
      for (const p of e.programs) counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    expect(counts.get('UKRAINE-EO13662')).toBe(286);
    expect(counts.get('RUSSIA-EO14024')).toBe(93);
    expect(counts.get('NS-PLC')).toBe(78);
    expect(counts.get('CMIC-EO13959')).toBe(68);
  });

  it('reads Ismail Haniya (9639): two a.k.a.s, born 1962 in Shati, NS-PLC', async () => {
    const haniya = byId(await parseOfacXml(real()), 'ofac-cons:9639');
    expect(haniya.names.map((n) => [n.full, n.kind])).toEqual([
      ['HANIYA, Ismail Abdul Salah', 'primary'],
      ['HANIYA, Ismail', 'alias'],
      ['HANIYYA, Ismaeel', 'alias'],
    ]);
    expect(haniya.birthDates).toEqual([{ date: '1962' }]);
    expect(haniya.birthPlaces).toEqual(['Shati']);
    expect(haniya.programs).toEqual(['NS-PLC']);
  });

  it('reads VTB Bank (17013): former names, SWIFT/BIC, LEI, tax and registration numbers', async () => {
    const vtb = byId(await parseOfacXml(real()), 'ofac-cons:17013');
    expect(vtb.programs).toEqual(['UKRAINE-EO13662', 'RUSSIA-EO14024']);
    expect(vtb.names).toContainEqual(expect.objectContaining({ full: 'JSC VTB BANK', kind: 'formerName' }));
    expect(vtb.identifiers).toEqual(
      expect.arrayContaining([
        { type: 'bic', value: 'VTBRRUMM', label: 'SWIFT/BIC' },
        { type: 'lei', value: '253400V1H6ART1UQ0N98', label: 'Legal Entity Number' },
        { type: 'taxId', value: '7702070139', country: 'RU', label: 'Tax ID No.' },
        { type: 'registration', value: '1027739609391', country: 'RU', label: 'Registration ID' },
      ]),
    );
    expect(vtb.properties?.website).toEqual(['www.vtb.com', 'www.vtb.ru']);
    expect(vtb.properties?.incorporationDate).toEqual(['1990-10-17']);
  });

  it('reads China Unicom (Hong Kong) (30924): ISINs, its former name and its Linked To parent', async () => {
    const unicom = byId(await parseOfacXml(real()), 'ofac-cons:30924');
    expect(unicom.identifiers.filter((i) => i.label === 'ISIN').map((i) => i.value)).toEqual([
      'US16945R1041',
      'HK0000049939',
    ]);
    expect(unicom.names[1]).toMatchObject({ full: 'CHINA UNICOM LIMITED', kind: 'formerName' });
    expect(unicom.relationships[0]?.targetName).toBe('CHINA UNITED NETWORK COMMUNICATIONS GROUP CO., LTD.');
    expect(unicom.addresses[0]).toMatchObject({ city: 'Hong Kong', country: 'CN' });
  });

  it('refuses a copy whose Record_Count was edited (E_LIST_TRUNCATED)', async () => {
    const text = textOf(real()).replace('<Record_Count>442<', '<Record_Count>443<');
    const error = await rejection(parseOfacXml(listInputFromText('consolidated.xml', text)));
    expect(error.code).toBe('E_LIST_TRUNCATED');
  });

  it('refuses a copy cut in the middle (E_LIST_TRUNCATED)', async () => {
    const { bytes } = real();
    const error = await rejection(
      parseOfacXml({ file: 'consolidated.xml', bytes: bytes.subarray(0, bytes.length / 2) }),
    );
    expect(error.code).toBe('E_LIST_TRUNCATED');
  });
});
