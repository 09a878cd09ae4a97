import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinOfacRemarks } from '../../src/sources/ofac/joinOfacRemarks.js';
import { splitOfacPrograms } from '../../src/sources/ofac/ofacPrograms.js';
import { OFAC_REMARK_LABELS } from '../../src/sources/ofac/ofacRemarks.data.js';
import { parseOfacDate } from '../../src/sources/ofac/ofacValues.js';
import { parseOfacRemarks, splitOfacRemarks } from '../../src/sources/ofac/parseOfacRemarks.js';

// Remarks are copied from the OFAC legacy sdn.csv (2024-05 unless said otherwise); a test says when it builds one
// from real segments (the legacy CSV has no "Subsidiary Of:" or "Owned or Controlled By:" link of its own).

describe('parseOfacRemarks', () => {
  it('reads UTKIN (22544): birth year, place, gender, a sanctions note and the Wagner link', () => {
    const facts = parseOfacRemarks(
      "DOB 1970; POB Ukraine; Gender Male; Secondary sanctions risk: Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201 and/or 589.209; Linked To: PRIVATE MILITARY COMPANY 'WAGNER'.",
    );
    expect(facts.birthDates).toEqual([{ date: '1970' }]);
    expect(facts.birthPlaces).toEqual(['Ukraine']);
    expect(facts.gender).toBe('male');
    expect(facts.relationships).toEqual([
      { type: 'linkedTo', targetName: "PRIVATE MILITARY COMPANY 'WAGNER'", origin: 'OFAC remarks: Linked To' },
    ]);
    expect(facts.properties.sanctionsInformation).toEqual([
      'Secondary sanctions risk: Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201 and/or 589.209',
    ]);
    expect(facts.unparsed).toEqual([]);
  });

  it('reads DEXIAS (41936): its Turkish tax ID, registration number and establishment date', () => {
    const facts = parseOfacRemarks(
      'Organization Established Date 20 Jul 2022; Tax ID No. 2931074985 (Turkey); Registration Number 394044-5 (Turkey); Linked To: RADIOAVTOMATIKA LLC.',
    );
    expect(facts.identifiers).toEqual([
      { type: 'taxId', value: '2931074985', country: 'TR', label: 'Tax ID No.' },
      { type: 'registration', value: '394044-5', country: 'TR', label: 'Registration Number' },
    ]);
    expect(facts.properties.incorporationDate).toEqual(['2022-07-20']);
    expect(facts.relationships[0]?.targetName).toBe('RADIOAVTOMATIKA LLC');
  });

  it('keeps an "alt." registration number and the organisation type of AZU (42033)', () => {
    const facts = parseOfacRemarks(
      'Organization Established Date 30 Mar 2022; Organization Type: Wholesale of electronic and telecommunications equipment and parts; Registration Number 371692-5 (Turkey); alt. Registration Number 0127108975400001 (Turkey).',
    );
    expect(facts.identifiers.map((i) => i.value)).toEqual(['371692-5', '0127108975400001']);
    expect(facts.properties.organizationType).toEqual([
      'Wholesale of electronic and telecommunications equipment and parts',
    ]);
  });

  it('reads a passport with its expiry date and a nationality (RAYYA, Samer, 48382)', () => {
    const facts = parseOfacRemarks(
      'DOB 15 Aug 1979; nationality Lebanon; Gender Male; Passport PR0157356 (Lebanon) expires 24 Aug 2022; Linked To: BLACK SHIELD COMPANY FOR GENERAL TRADING LLC.',
    );
    expect(facts.birthDates).toEqual([{ date: '1979-08-15' }]);
    expect(facts.nationalities).toEqual(['LB']);
    expect(facts.identifiers).toEqual([
      { type: 'passport', value: 'PR0157356', country: 'LB', label: 'Passport', expiresOn: { date: '2022-08-24' } },
    ]);
  });

  it('reads issue and expiry dates of a passport without a country (an SDGT individual born in Tunisia)', () => {
    const facts = parseOfacRemarks(
      'DOB 11 Dec 1974; POB Tunisia; nationality Tunisia; Passport L 191609 issued 28 Feb 1996 expires 27 Feb 2001; Italian Fiscal Code DAOMMD74T11Z352Z.',
    );
    expect(facts.identifiers).toContainEqual({
      type: 'taxId',
      value: 'DAOMMD74T11Z352Z',
      label: 'Italian Fiscal Code',
    });
    expect(facts.identifiers).toContainEqual({
      type: 'passport',
      value: 'L 191609',
      label: 'Passport',
      issuedOn: { date: '1996-02-28' },
      expiresOn: { date: '2001-02-27' },
    });
  });

  it('takes the a.k.a.s of Banco Nacional de Cuba (306) as weak aliases', () => {
    const facts = parseOfacRemarks("a.k.a. 'BNC'.");
    expect(facts.names).toEqual([{ full: 'BNC', kind: 'weakAlias', script: 'Latn' }]);
  });

  it("keeps a vessel's f.k.a. names as former names and its IMO number without the prefix (EBANO, 4243)", () => {
    const facts = parseOfacRemarks(
      "Vessel Registration Identification IMO 7406784; f.k.a. 'ANA I'; f.k.a. 'SAND SWAN'.",
    );
    expect(facts.identifiers).toEqual([
      { type: 'imo', value: '7406784', label: 'Vessel Registration Identification IMO' },
    ]);
    expect(facts.names.map((n) => [n.full, n.kind])).toEqual([
      ['ANA I', 'formerName'],
      ['SAND SWAN', 'formerName'],
    ]);
  });

  it('reads day ranges given as "alt. DOB" (an ISIS leader, 2024-05)', () => {
    const facts = parseOfacRemarks(
      "DOB 01 Jan 1973 to 31 Dec 1973; alt. DOB 01 Jan 1970 to 31 Dec 1970; POB Al-Sharqat, Salah ad-Din Province, Iraq; alt. POB Mosul, Iraq; nationality Iraq; a.k.a. 'ASIA, Abu'.",
    );
    expect(facts.birthDates).toEqual([
      { date: '1973-01-01', to: '1973-12-31' },
      { date: '1970-01-01', to: '1970-12-31' },
    ]);
    expect(facts.birthPlaces).toEqual(['Al-Sharqat, Salah ad-Din Province, Iraq', 'Mosul, Iraq']);
  });

  it('reads circa dates and year ranges (built from real DOB segments)', () => {
    const facts = parseOfacRemarks('DOB circa 1951; alt. DOB 1965 to 1968; alt. DOB circa 1955-1958.');
    expect(facts.birthDates).toEqual([
      { date: '1951', circa: true },
      { date: '1965', to: '1968' },
      { date: '1955', to: '1958', circa: true },
    ]);
  });

  it('turns digital currency addresses into crypto wallet identifiers (TIAN, Yinyin, 28263)', () => {
    const facts = parseOfacRemarks(
      'Email Address 417136259@qq.com; Digital Currency Address - XBT 134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak; alt. Digital Currency Address - XBT 15YK647qtoZQDzNrvY6HJL6QwXduLHfT28; Phone Number 8613621583465.',
    );
    expect(facts.identifiers).toEqual([
      { type: 'cryptoWallet', value: '134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak', label: 'Digital Currency Address - XBT' },
      { type: 'cryptoWallet', value: '15YK647qtoZQDzNrvY6HJL6QwXduLHfT28', label: 'Digital Currency Address - XBT' },
    ]);
    expect(facts.properties.email).toEqual(['417136259@qq.com']);
    expect(facts.properties.phone).toEqual(['8613621583465']);
  });

  it('types SWIFT/BIC, LEI, websites and BIK of Alfa-Bank (34682)', () => {
    const facts = parseOfacRemarks(
      'SWIFT/BIC ALFARUMM; Website alfabank.ru; alt. Website alfabank.com; BIK (RU) 044525593; Organization Established Date 1990; Target Type Financial Institution; Legal Entity Number 253400V1H6ART1UQ0N98 (Russia).',
    );
    expect(facts.identifiers.map((i) => [i.type, i.value])).toEqual([
      ['bic', 'ALFARUMM'],
      ['other', '044525593'],
      ['lei', '253400V1H6ART1UQ0N98'],
    ]);
    expect(facts.properties.website).toEqual(['alfabank.ru', 'alfabank.com']);
    expect(facts.properties.targetType).toEqual(['Financial Institution']);
    expect(facts.properties.incorporationDate).toEqual(['1990']);
  });

  it('does not take "Transactions Prohibited For Persons Owned or Controlled By U.S. …" for an ownership link (built)', () => {
    const facts = parseOfacRemarks(
      'Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions: North Korea Sanctions Regulations section 510.214; Owned or Controlled By: KOREA MINING DEVELOPMENT TRADING CORPORATION.',
    );
    expect(facts.relationships).toEqual([
      {
        type: 'ownedBy',
        targetName: 'KOREA MINING DEVELOPMENT TRADING CORPORATION',
        origin: 'OFAC remarks: Owned or Controlled By',
      },
    ]);
    expect(facts.properties.sanctionsInformation).toHaveLength(1);
  });

  it('reads "Subsidiary Of:" as a subsidiary relationship (built)', () => {
    const facts = parseOfacRemarks('Subsidiary Of: NATIONAL IRANIAN OIL COMPANY.');
    expect(facts.relationships[0]).toMatchObject({ type: 'subsidiaryOf', targetName: 'NATIONAL IRANIAN OIL COMPANY' });
  });

  it('keeps segments it does not understand verbatim (SLUTSKY, Leonid Eduardovich, 16662)', () => {
    const facts = parseOfacRemarks(
      'DOB 04 Jan 1968; POB Moscow, Russia; nationality Russia; Gender Male; Secondary sanctions risk: Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201 and/or 589.209; Member of the State Duma of the Federal Assembly of the Russian Federation.',
    );
    expect(facts.unparsed).toEqual(['Member of the State Duma of the Federal Assembly of the Russian Federation']);
    expect(facts.nationalities).toEqual(['RU']);
  });

  it('keeps a country it cannot map as text, with a warning (ABU DHESS, Mohamed, 7940)', () => {
    const facts = parseOfacRemarks(
      "DOB 01 Feb 1966; POB Hashmija, Iraq; nationality possibly Palestinian;arrested 23 Apr 2002; a.k.a. 'ABU ALI'.",
    );
    expect(facts.nationalities).toEqual([]);
    expect(facts.properties.nationalityText).toEqual(['possibly Palestinian;arrested 23 Apr 2002']);
    expect(facts.warnings.map((w) => w.code)).toEqual(['UNKNOWN_COUNTRY']);
  });

  it('keeps an a.k.a. cut off by the 1,000-character limit whole instead of guessing the name', () => {
    const facts = parseOfacRemarks("a.k.a. 'tianyinyin0404'; a.k.a. 'snowsjo");
    expect(facts.names.map((n) => n.full)).toEqual(['tianyinyin0404']);
    expect(facts.unparsed).toEqual(["a.k.a. 'snowsjo"]);
  });

  it('reads OFAC empties and blank remarks as nothing', () => {
    expect(splitOfacRemarks('-0-')).toEqual([]);
    expect(parseOfacRemarks('').unparsed).toEqual([]);
  });

  it('never throws, and keeps verbatim every segment that does not open with a known label', () => {
    const labels = OFAC_REMARK_LABELS.map(([label]) => label);
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            fc.constantFrom(...labels).map((l) => `${l} x`),
          ),
          { maxLength: 6 },
        ),
        (parts) => {
          const remarks = parts.join('; ');
          const facts = parseOfacRemarks(remarks);
          for (const segment of splitOfacRemarks(remarks)) {
            const labelled = labels.some((l) => segment.replace(/^[Aa]lt\.\s+/, '').startsWith(l));
            if (!labelled) expect(facts.unparsed).toContain(segment);
          }
        },
      ),
    );
  });
});

describe('parseOfacDate', () => {
  it('reads the shapes OFAC uses with the precision they have', () => {
    expect(parseOfacDate('10 Dec 1948')).toEqual({ date: '1948-12-10' });
    expect(parseOfacDate('Mar 1945')).toEqual({ date: '1945-03' });
    expect(parseOfacDate('circa 1955-1958')).toEqual({ date: '1955', to: '1958', circa: true });
    expect(parseOfacDate('31 Feb 1960')).toBeUndefined();
    expect(parseOfacDate('unknown')).toBeUndefined();
  });
});

describe('splitOfacPrograms', () => {
  it('splits the packed program field of Wagner (22543)', () => {
    expect(splitOfacPrograms('TCO] [UKRAINE-EO13660] [CAR] [RUSSIA-EO14024')).toEqual([
      'TCO',
      'UKRAINE-EO13660',
      'CAR',
      'RUSSIA-EO14024',
    ]);
    expect(splitOfacPrograms('-0-')).toEqual([]);
  });
});

describe('joinOfacRemarks', () => {
  it('appends a continuation cut mid-word, as OFAC prints it (28263, 2021-07 set)', () => {
    expect(joinOfacRemarks("a.k.a. 'tianyinyin0404'; a.k.a. 'snowsjo", "hn'; Linked To: LAZARUS GROUP.")).toEqual({
      text: "a.k.a. 'tianyinyin0404'; a.k.a. 'snowsjohn'; Linked To: LAZARUS GROUP.",
      overlap: 0,
    });
  });

  it('drops the text a continuation from another day repeats (34682: 2024-05 sdn.csv, 2025-01 comments)', () => {
    const joined = joinOfacRemarks(
      'Tax ID No. 7728168971 (Russia); Registration Number 1027700067328 (Russia).',
      '67328 (Russia).',
    );
    expect(joined.text).toBe('Tax ID No. 7728168971 (Russia); Registration Number 1027700067328 (Russia).');
    expect(joined.overlap).toBe(15);
  });
});
