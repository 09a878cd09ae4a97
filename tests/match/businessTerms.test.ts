import { describe, expect, it } from 'vitest';
import { createScreener } from '../../src/match/createScreener.js';
import { testParty } from '../helpers/testParties.js';

// Names of the OFAC SDN set (2024-05, with the 2025-01 aliases) made only of business terms (their words say what
// kind of business, not which one), and others with names of their own, among them as many trading companies as make
// TRADING a common word, as it is in the list (which word weighs more decides how far a related word carries a name).
const screener = createScreener([
  testParty('Organization', '1', 'PETROCHEMICAL COMMERCIAL COMPANY'),
  testParty('Organization', '2', 'PETROCHEMICAL TRADING COMPANY LIMITED'),
  testParty('Organization', '3', 'CLOSED JOINT STOCK COMPANY ENERGO-OIL'),
  testParty('Organization', '4', 'OIL ENERDZHI LIMITED LIABILITY COMPANY'),
  testParty('Organization', '5', 'WAGNER GROUP'),
  testParty('Organization', '6', 'MAHAN AIR'),
  testParty('Person', '7', 'PETROV, Sergey'),
  ...[
    'KARA INDUSTRIAL TRADING GMBH',
    'MINGZHENG INTERNATIONAL TRADING LIMITED',
    'ISMAIL GENERAL TRADING',
    'INDUSTRIAL RESOURCES GENERAL TRADING',
    'GLOBAL TRADING GROUP',
    'HESONG TRADING CORPORATION',
    'DUBAI TRADING COMPANY',
    'FMF GENERAL TRADING LLC',
  ].map((name, i) => testParty('Organization', `t${i}`, name)),
]);
const screen = (name: string) => screener.screen({ name }).matches;
const alerts = (name: string) =>
  screen(name)
    .filter((m) => m.match)
    .map((m) => m.matchedName.full);

describe('business terms as the words of a listed name', () => {
  it('another word for the same kind of business is a related word, not the name: no alert', () => {
    for (const vendor of ['Energy Trading LLC', 'Gas Trading Ltd', 'Neft Trading', 'Commercial Energy Company'])
      expect(alerts(vendor), vendor).toEqual([]);
    const [best] = screen('Gas Trading Ltd');
    expect(best?.matchedName.full).toBe('PETROCHEMICAL TRADING COMPANY LIMITED');
    expect(best?.explanation).toContainEqual(
      expect.objectContaining({ query: 'gas', candidate: 'petrochemical', relation: 'term', similarity: 0.5 }),
    );
  });

  it('the listed words themselves still alert, with a legal form abbreviated or a letter slipped', () => {
    expect(alerts('PETROCHEMICAL COMMERCIAL CO')).toContain('PETROCHEMICAL COMMERCIAL COMPANY');
    expect(alerts('Petrochemical Trading Co. Ltd')).toContain('PETROCHEMICAL TRADING COMPANY LIMITED');
    expect(alerts('OIL ENERDZHY LLC')).toContain('OIL ENERDZHI LIMITED LIABILITY COMPANY');
  });

  it('a slip of the group’s key is no slip of the word written: GAS does not meet ENERGO (ENERGY with a letter changed)', () => {
    expect(alerts('Oil and Gas Company')).toEqual([]);
    const energo = screen('Oil and Gas Company').find((m) => m.entity.id === 'test:3');
    expect(energo?.explanation.some((s) => s.query === 'gas' && s.candidate === 'energo') ?? false).toBe(false);
  });

  it('where the name has a word of its own, its business terms still meet their translations (GRUPPA VAGNER)', () => {
    expect(alerts('GRUPPA VAGNER')).toEqual(['WAGNER GROUP']);
    expect(alerts('Vagner Group')).toEqual(['WAGNER GROUP']);
  });
});
