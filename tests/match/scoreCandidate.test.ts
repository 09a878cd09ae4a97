import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createScreener, engineOf } from '../../src/match/createScreener.js';
import { analyseQueryFor, analysisFor } from '../../src/match/queryAnalyses.js';
import { parseQueryFacts } from '../../src/match/queryFacts.js';
import { scoreCandidate } from '../../src/match/scoreCandidate.js';
import type { ScreeningEngine } from '../../src/match/screeningEngine.js';
import { REPORT_FLOOR } from '../../src/match/screeningEngine.js';
import { ScreenQuerySchema } from '../../src/model/screening.js';
import { loadDefaultList } from '../../src/sources/defaultList.js';

let engine: ScreeningEngine;
beforeAll(async () => {
  engine = engineOf(createScreener((await loadDefaultList()).entities))!;
});

describe('a candidate that can neither alert nor be reported', () => {
  it('is left at its name score, and full scoring agrees that it neither alerts nor reaches the report floor', () => {
    const { index, entities } = engine;
    const names = Array.from({ length: index.nameCount }, (_, n) => index.textOf(n));
    const query = fc.record({
      name: fc.oneof(fc.constantFrom(...names), fc.string({ minLength: 1, maxLength: 30 })),
      country: fc.option(fc.constantFrom('RU', 'TR', 'IR', 'US', 'BY'), { nil: undefined }),
      birthDate: fc.option(fc.constantFrom('1962', '1970-05-01', '1985'), { nil: undefined }),
    });
    let differed = 0;
    fc.assert(
      fc.property(query, fc.integer({ min: 0, max: index.nameCount - 1 }), (raw, n) => {
        const q = ScreenQuerySchema.parse(raw);
        const facts = parseQueryFacts(q);
        const e = index.entityOf(n);
        const family = entities.familyOf(e);
        const reading = analysisFor(analyseQueryFor(index, q.name, q.schema), family);
        const score = (floor: number) => {
          const s = scoreCandidate(index, reading, facts, entities, e, family === 'Person', n, true, false, floor);
          return { ...s };
        };
        const early = score(REPORT_FLOOR);
        const full = score(0);
        if (early.score === full.score) return;
        differed++;
        // Scored differently only when the early answer is below the floor and not alertable: so is the full one.
        expect(early.alertable || full.alertable).toBe(false);
        expect(Math.max(early.score, full.score)).toBeLessThan(REPORT_FLOOR);
      }),
      { numRuns: 2000 },
    );
    expect(differed).toBeGreaterThan(0);
  });
});
