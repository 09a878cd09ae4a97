import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JURISDICTIONS } from '../../src/screen/jurisdictions.data.js';
import { findJurisdictions, type JurisdictionHit } from '../../src/screen/jurisdictions.js';

const codes = (hits: JurisdictionHit[]) => [...new Set(hits.map((h) => h.code))];

describe('findJurisdictions', () => {
  it('catches a Sevastopol address written in Cyrillic', () => {
    const [hit] = findJurisdictions('ул. Ленина 5, Севастополь');
    expect(hit).toMatchObject({ code: 'UA-40', via: 'city', matched: 'Севастополь', level: 'regional-comprehensive' });
    expect(hit?.programs).toContain('UKRAINE-EO13685');
    expect(hit?.programs).toContain('EU 692/2014');
  });

  it('catches Sevastopol in Cyrillic when the street comes after the city', () => {
    expect(codes(findJurisdictions('г. Севастополь, ул. Ленина 5'))).toEqual(['UA-40']);
  });

  it('catches "Simferopol, Krym" as a Crimean city and the Crimean name of the region', () => {
    const hits = findJurisdictions('Simferopol, Krym');
    expect(hits.map((h) => [h.code, h.via, h.matched])).toEqual([
      ['UA-43', 'city', 'Simferopol'],
      ['UA-43', 'alias', 'Krym'],
    ]);
  });

  it('catches "Crimea" as the region itself', () => {
    expect(findJurisdictions('Crimea')).toMatchObject([{ code: 'UA-43', via: 'region', matched: 'Crimea' }]);
  });

  it('catches Simferopol transliterated with a soft-sign apostrophe and in Ukrainian', () => {
    expect(codes(findJurisdictions("Simferopol', Respublika Krym"))).toEqual(['UA-43']);
    expect(codes(findJurisdictions('м. Сімферополь'))).toEqual(['UA-43']);
  });

  it('matches Ukrainian Cyrillic against its Latin transliteration ("Sevastopil")', () => {
    expect(findJurisdictions('Sevastopil 99011')[0]?.code).toBe('UA-40');
  });

  it('catches the country code IR in a country field and as the last part of an address', () => {
    expect(findJurisdictions({ country: 'IR' })).toMatchObject([{ code: 'IR', via: 'country', field: 'country' }]);
    expect(findJurisdictions('IR')[0]?.code).toBe('IR');
    expect(codes(findJurisdictions('12 Vali Asr Ave, IR'))).toEqual(['IR']);
  });

  it('does not read two capital letters inside a text as a country code', () => {
    expect(findJurisdictions('IR SPECTRUM ANALYSER, 2 UNITS')).toEqual([]);
    expect(findJurisdictions({ country: 'ir' })).toEqual([]);
  });

  it('does not flag Georgetown or Kubadin', () => {
    expect(findJurisdictions('1200 Wisconsin Ave, Georgetown, Washington DC')).toEqual([]);
    expect(findJurisdictions('Kubadin GmbH, Berlin')).toEqual([]);
  });

  it('does not flag "Syrian Street, Paris": a demonym is not the country', () => {
    expect(findJurisdictions('12 Syrian Street, Paris')).toEqual([]);
  });

  it('does not flag a street named after a place ("Cuba Street", "Rue de Syrie", "Tehran Road")', () => {
    expect(findJurisdictions('101 Cuba Street, Wellington 6011')).toEqual([]);
    expect(findJurisdictions('8 Rue de Syrie, 69007 Lyon')).toEqual([]);
    expect(findJurisdictions('Tehran Road 4, Dubai')).toEqual([]);
  });

  it('still flags a place written just before a street word across a comma', () => {
    expect(codes(findJurisdictions('Havana, Street 23 No. 156'))).toEqual(['CU']);
  });

  it('does not flag Sevastopol inside another word', () => {
    expect(findJurisdictions('Sevastopolskaya ulitsa 4, Moscow')).toEqual([]);
    expect(findJurisdictions('NOVOSEVASTOPOL TRADING')).toEqual([]);
    expect(findJurisdictions('Севастопольский проспект 11, Москва')).toEqual([]);
  });

  it('prefers the longest phrase: "Santiago de Cuba" is one city hit', () => {
    expect(findJurisdictions('Santiago de Cuba')).toMatchObject([
      { code: 'CU', via: 'city', matched: 'Santiago de Cuba' },
    ]);
  });

  it('finds Iran written in Persian and its port Bandar Abbas in Latin', () => {
    expect(findJurisdictions('تهران، ایران').map((h) => h.via)).toEqual(['city', 'alias']);
    expect(findJurisdictions('shipped via Bandar Abbas')).toMatchObject([{ code: 'IR', via: 'city' }]);
  });

  it('finds North Korea from "Korea, North", the Hangul 평양 and a romanization with breve', () => {
    expect(findJurisdictions('Korea, North')[0]).toMatchObject({ code: 'KP', via: 'country' });
    expect(findJurisdictions('평양')[0]?.code).toBe('KP');
    expect(findJurisdictions("P'yŏngyang")[0]?.code).toBe('KP');
  });

  it('reads DNR and LNR only in capitals', () => {
    expect(findJurisdictions('DONETSK, DNR').map((h) => [h.code, h.via])).toEqual([
      ['UA-14', 'city'],
      ['UA-14', 'alias'],
    ]);
    expect(findJurisdictions('Luhansk LNR')[1]).toMatchObject({ code: 'UA-09', via: 'alias', matched: 'LNR' });
    expect(findJurisdictions('the dnr field was empty')).toEqual([]);
  });

  it('marks the occupied Ukrainian regions as partially covered', () => {
    const [melitopol] = findJurisdictions('Melitopol');
    expect(melitopol?.code).toBe('UA-23');
    expect(melitopol?.partial).toMatch(/not controlled by the Government of Ukraine/);
    expect(findJurisdictions('Нова Каховка')[0]?.code).toBe('UA-65');
  });

  it('does not flag the government-controlled cities of Zaporizhzhia and Kherson, only their oblasts', () => {
    expect(findJurisdictions('Zaporizhzhia')).toEqual([]);
    expect(findJurisdictions('Kherson')).toEqual([]);
    expect(findJurisdictions('Zaporizhzhia Oblast')[0]?.code).toBe('UA-23');
    expect(findJurisdictions('Херсонская область')[0]?.code).toBe('UA-65');
  });

  it('finds an ISO 3166-2 region code written in an address', () => {
    expect(findJurisdictions({ region: 'UA-43' })).toMatchObject([{ code: 'UA-43', via: 'region', field: 'region' }]);
  });

  it('gives Russia and Belarus the heightened level, not comprehensive', () => {
    expect(findJurisdictions('Moscow, Russian Federation')[0]?.level).toBe('heightened');
    expect(findJurisdictions({ country: 'BY' })[0]?.level).toBe('heightened');
  });

  it('treats Syria as heightened since the US and EU lifted their embargoes in 2025', () => {
    expect(findJurisdictions('Damascus, Syria').map((h) => h.level)).toEqual(['heightened', 'heightened']);
  });

  it('looks at every part of a structured address and says which part matched', () => {
    const hits = findJurisdictions({ country: 'UA', city: 'Kerch', lines: ['vul. Lenina 1', 'Respublika Krym'] });
    expect(hits.map((h) => [h.field, h.matched])).toEqual([
      ['city', 'Kerch'],
      ['lines', 'Respublika Krym'],
    ]);
  });

  it('finds nothing in an empty input', () => {
    expect(findJurisdictions('')).toEqual([]);
    expect(findJurisdictions({})).toEqual([]);
  });

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(Array.isArray(findJurisdictions(text))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on address objects made of arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            country: fc.string(),
            city: fc.string({ unit: 'grapheme' }),
            lines: fc.array(fc.string({ unit: 'binary' })),
          },
          { requiredKeys: [] },
        ),
        (place) => {
          expect(Array.isArray(findJurisdictions(place))).toBe(true);
        },
      ),
    );
  });
});

describe('jurisdictions data', () => {
  it('gives every jurisdiction a program, an ISO code and at least one name', () => {
    for (const record of JURISDICTIONS) {
      expect(record.programs.length, record.code).toBeGreaterThan(0);
      expect(record.isoCodes, record.code).toContain(record.code);
      expect(record.names.length, record.code).toBeGreaterThan(0);
    }
  });

  it('covers the comprehensively sanctioned countries and the occupied Ukrainian regions', () => {
    const byLevel = (level: string) =>
      JURISDICTIONS.filter((j) => j.level === level)
        .map((j) => j.code)
        .sort();
    expect(byLevel('comprehensive')).toEqual(['CU', 'IR', 'KP']);
    expect(byLevel('regional-comprehensive')).toEqual(['UA-09', 'UA-14', 'UA-23', 'UA-40', 'UA-43', 'UA-65']);
  });

  it('finds every listed spelling of every jurisdiction by itself', () => {
    for (const record of JURISDICTIONS) {
      const groups = [...record.names, ...record.aliases, ...(record.acronyms ?? []), ...record.cities];
      for (const spelling of groups.flatMap((g) => g.split('|'))) {
        expect(codes(findJurisdictions(spelling)), spelling).toContain(record.code);
      }
    }
  });
});
