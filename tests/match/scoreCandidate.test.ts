import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createScreener, engineOf } from '../../src/match/createScreener.js';
import { analyseQueryFor, analysisFor } from '../../src/match/queryAnalyses.js';
import { parseQueryFacts } from '../../src/match/queryFacts.js';
import { type CandidateScore, scoreCandidate } from '../../src/match/scoreCandidate.js';
import type { ScreeningEngine } from '../../src/match/screeningEngine.js';
import { REPORT_FLOOR } from '../../src/match/screeningEngine.js';
import { type ScreenQuery, ScreenQuerySchema } from '../../src/model/screening.js';
import { loadDefaultList } from '../../src/sources/defaultList.js';

let engine: ScreeningEngine;
beforeAll(async () => {
  engine = engineOf(createScreener((await loadDefaultList()).entities))!;
});

/** The embedded list's names as written. */
const listNames = () => Array.from({ length: engine.index.nameCount }, (_, n) => engine.index.textOf(n));

/** Scores list name `n` of the embedded list against `raw`, with or without its explanation, at a report floor. */
function scorerFor(raw: ScreenQuery, n: number): (explain: boolean, floor: number) => CandidateScore {
  const { index, entities } = engine;
  const q = ScreenQuerySchema.parse(raw);
  const facts = parseQueryFacts(q);
  const e = index.entityOf(n);
  const family = entities.familyOf(e);
  const reading = analysisFor(analyseQueryFor(index, q.name, q.schema), family);
  // A copy: without an explanation, scoreCandidate refills one object on every call.
  return (explain, floor) => ({
    ...scoreCandidate(index, reading, facts, entities, e, family === 'Person', n, true, explain, floor),
  });
}

describe('a candidate that can neither alert nor be reported', () => {
  it('is left at its name score, and full scoring agrees that it neither alerts nor reaches the report floor', () => {
    const query = fc.record({
      name: fc.oneof(fc.constantFrom(...listNames()), fc.string({ minLength: 1, maxLength: 30 })),
      country: fc.option(fc.constantFrom('RU', 'TR', 'IR', 'US', 'BY'), { nil: undefined }),
      birthDate: fc.option(fc.constantFrom('1962', '1970-05-01', '1985'), { nil: undefined }),
    });
    let differed = 0;
    fc.assert(
      fc.property(query, fc.integer({ min: 0, max: engine.index.nameCount - 1 }), (raw, n) => {
        const score = scorerFor(raw, n);
        const early = score(false, REPORT_FLOOR);
        const full = score(false, 0);
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

describe('explaining a candidate', () => {
  it('never changes its score, alert or exactness', () => {
    const query = fc.record({
      name: fc.oneof(fc.constantFrom(...listNames(), 'Wagner Group', 'Ivanov', 'United Trading Company'), fc.string()),
      country: fc.option(fc.constantFrom('RU', 'TR', 'IR', 'US'), { nil: undefined }),
      birthDate: fc.option(fc.constantFrom('1962', '1970-05-01'), { nil: undefined }),
    });
    fc.assert(
      fc.property(query, fc.integer({ min: 0, max: engine.index.nameCount - 1 }), (raw, n) => {
        const score = scorerFor(raw, n);
        const facts = (s: CandidateScore) => {
          const { score, nameScore, alertable, identified, exact } = s;
          return { score, nameScore, alertable, identified, exact };
        };
        expect(facts(score(true, 0))).toEqual(facts(score(false, 0)));
      }),
      { numRuns: 1000 },
    );
  });
});
