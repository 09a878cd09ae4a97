import { beforeAll, describe, expect, it } from 'vitest';
import { createScreener, type Screener } from '../../src/match/createScreener.js';
import { renderExplanation } from '../../src/match/explain.js';
import { loadDefaultList } from '../../src/sources/defaultList.js';

describe('explanations, computed when first read', () => {
  let screener: Screener;
  beforeAll(async () => {
    screener = createScreener(await loadDefaultList());
  });

  it('explains a match the same way however often it is read, and keeps the first answer', () => {
    const [hit] = screener.screen({ name: 'ЧВК Вагнер' }).matches;
    const first = hit?.explanation;
    expect(first?.length).toBeGreaterThan(0);
    expect(hit?.explanation).toBe(first);
    expect(renderExplanation(first ?? [])).toMatch(/VAGNER/);
  });

  it('is part of a match written as JSON, spread into a copy, or cloned for another thread', () => {
    const [hit] = screener.screen({ name: 'PMC Wagner' }).matches;
    expect(hit).toBeDefined();
    const json = JSON.parse(JSON.stringify(hit)) as { explanation: unknown[] };
    expect(json.explanation).toEqual(hit?.explanation);
    expect({ ...hit }.explanation).toEqual(hit?.explanation);
    expect(structuredClone({ ...hit, entity: undefined }).explanation).toEqual(hit?.explanation);
  });

  it('carries nothing else: a copy has the fields of a match and no hidden state', () => {
    const [hit] = screener.screen({ name: 'PMC Wagner' }).matches;
    const copy = { ...hit };
    expect(Object.keys(copy).sort()).toEqual(['entity', 'explanation', 'match', 'matchedName', 'nameScore', 'score']);
    expect(Object.getOwnPropertySymbols(copy)).toEqual([]);
    expect(Object.getOwnPropertySymbols(hit)).toEqual([]);
    expect(Object.getOwnPropertyNames(hit).sort()).toEqual(Object.keys(copy).sort());
    expect(Object.keys(JSON.parse(JSON.stringify(hit)) as object)).toEqual(Object.keys(copy));
  });

  it('explains the matches of an earlier screening correctly after later screenings', () => {
    const wagner = screener.screen({ name: 'Vagner Group' }).matches;
    // Later queries refill the screener's scratch tables; the earlier matches keep their own analysis.
    for (const name of ['AZU INTERNATIONAL LTD STI', 'Yevgeny Prigozhin', 'Richard Wagner']) screener.screen({ name });
    const again = createScreener(screener.entities).screen({ name: 'Vagner Group' }).matches;
    expect(wagner.map((m) => m.explanation)).toEqual(again.map((m) => m.explanation));
  });

  it('can be replaced by the app, like any field', () => {
    const [hit] = screener.screen({ name: 'PMC Wagner' }).matches;
    if (!hit) throw new Error('expected a match');
    hit.explanation = [{ feature: 'token', note: 'reviewed' }];
    expect(hit.explanation).toEqual([{ feature: 'token', note: 'reviewed' }]);
  });
});
