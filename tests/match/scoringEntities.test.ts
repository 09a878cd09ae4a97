import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScoringEntities } from '../../src/match/scoringEntities.js';
import type { ScoringEntity } from '../../src/match/scoringEntity.js';
import { identifierKey } from '../../src/model/identifier.js';

// Facts as the OFAC SDN list gives them for two of its entries, and a vessel (uid 22543 is PMC Wagner).
const wagner: ScoringEntity = {
  id: 'ofac-22543',
  list: 'ofac-sdn',
  family: 'Organization',
  birthDates: [],
  countries: ['RU', 'CF'],
  identifiers: [],
};
const prigozhin: ScoringEntity = {
  id: 'ofac-22528',
  list: 'ofac-sdn',
  family: 'Person',
  birthDates: [{ date: '1961-06-01' }, { date: '1960', to: '1962' }],
  countries: ['RU'],
  identifiers: [{ type: 'passport', value: '1234 567890', key: identifierKey('passport', '1234 567890') }],
};
const vessel: ScoringEntity = {
  id: 'un-vessel',
  list: 'un-sc',
  family: 'Vessel',
  birthDates: [],
  countries: [],
  identifiers: [
    { type: 'imo', value: 'IMO 9187629', label: 'IMO', key: identifierKey('imo', 'IMO 9187629') },
    { type: 'imo', value: '9187629', key: identifierKey('imo', '9187629') },
  ],
};

describe('the listed parties’ scoring facts in typed arrays', () => {
  const table = ScoringEntities.from([wagner, prigozhin, vessel]);

  it('reads back each party’s id, list and schema family by position', () => {
    expect([0, 1, 2].map((e) => [table.idOf(e), table.listOf(e), table.familyOf(e)])).toStrictEqual([
      ['ofac-22543', 'ofac-sdn', 'Organization'],
      ['ofac-22528', 'ofac-sdn', 'Person'],
      ['un-vessel', 'un-sc', 'Vessel'],
    ]);
    expect(table.count).toBe(3);
  });

  it('knows the countries a party is tied to', () => {
    expect(table.countryCount(0)).toBe(2);
    expect(table.hasCountry(0, ('C'.charCodeAt(0) << 8) | 'F'.charCodeAt(0))).toBe(true);
    expect(table.hasCountry(2, ('R'.charCodeAt(0) << 8) | 'U'.charCodeAt(0))).toBe(false);
  });

  it('keeps each date of birth as the span of days it stands for, and which dates are one whole day', () => {
    const first = table.birthStartOf(1);
    expect(table.birthStartOf(2) - first).toBe(2);
    expect(new Date(table.birthFrom(first)).getDate()).toBe(1);
    expect(table.birthTo(first) - table.birthFrom(first)).toBe(24 * 3600 * 1000 - 1);
    expect(table.birthIsExact(first)).toBe(true);
    expect(table.birthIsExact(first + 1)).toBe(false);
    expect(new Date(table.birthTo(first + 1)).getFullYear()).toBe(1962);
  });

  it('finds the parties carrying an identifier, each once though the vessel lists its IMO number twice', () => {
    expect([...table.withIdentifier(identifierKey('imo', '9187629'))]).toStrictEqual([2]);
    expect([...table.withIdentifier(identifierKey('passport', '1234567890'))]).toStrictEqual([1]);
    expect([...table.withIdentifier('NOT-LISTED')]).toStrictEqual([]);
    const k = table.identifierStartOf(1);
    expect(table.identifierTypeOf(k)).toBe('passport');
    expect(table.identifierIs(k, identifierKey('passport', '1234-567890'))).toBe(true);
  });

  it('gives back the facts as the list writes them, for explanations', () => {
    expect(table.countriesOf(0)).toStrictEqual(['RU', 'CF']);
    const dates = table.birthStartOf(1);
    expect([table.birthDateOf(dates), table.birthDateOf(dates + 1)]).toStrictEqual(prigozhin.birthDates);
    const ids = table.identifierStartOf(2);
    expect(table.identifierOf(ids)).toStrictEqual({ type: 'imo', value: 'IMO 9187629', label: 'IMO' });
    expect(table.identifierOf(ids + 1)).toStrictEqual({ type: 'imo', value: '9187629' });
  });

  it('reads back any list of parties’ facts unchanged', () => {
    const party = fc.record({
      id: fc.string(),
      list: fc.constantFrom('ofac-sdn', 'un-sc', 'eu-fsf'),
      family: fc.constantFrom('Person', 'Organization', 'Vessel', 'Airplane' as const),
      birthDates: fc.array(fc.constantFrom({ date: '1961' }, { date: '1970-02-03' }, { date: '1950', to: '1955' })),
      countries: fc.uniqueArray(fc.constantFrom('RU', 'TR', 'BY', 'IR')),
      identifiers: fc.array(
        fc
          .tuple(fc.constantFrom('passport' as const, 'imo' as const, 'taxId' as const), fc.string({ minLength: 1 }))
          .map(([type, value]) => ({ type, value, key: identifierKey(type, value) })),
      ),
    });
    fc.assert(
      fc.property(fc.array(party, { maxLength: 12 }), (parties) => {
        const t = ScoringEntities.from(parties);
        parties.forEach((p, e) => {
          expect(t.idOf(e)).toBe(p.id);
          expect(t.listOf(e)).toBe(p.list);
          expect(t.familyOf(e)).toBe(p.family);
          expect(t.countryCount(e)).toBe(p.countries.length);
          expect(t.countriesOf(e)).toStrictEqual(p.countries);
          const dates = t.birthStartOf(e);
          expect(p.birthDates.map((_, k) => t.birthDateOf(dates + k))).toStrictEqual(p.birthDates);
          const ids = t.identifierStartOf(e);
          expect(p.identifiers.map((_, k) => t.identifierOf(ids + k))).toStrictEqual(
            p.identifiers.map(({ type, value }) => ({ type, value })),
          );
          for (const id of p.identifiers) expect([...t.withIdentifier(id.key)]).toContain(e);
        });
      }),
    );
  });
});
