import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEvidenceRule, LOW_EVIDENCE_CAP, minimumEvidence, NEAR_EXACT } from '../../src/match/evidence.js';
import type { ExplanationStep } from '../../src/model/screening.js';

// The OFAC and UN lists together: about 16,000 listed parties.
const MIN_EVIDENCE = minimumEvidence(16_000);

describe('the evidence rule', () => {
  it('holds a name matched on common words only at 0.75, and says why', () => {
    const steps: ExplanationStep[] = [];
    const held = applyEvidenceRule({ score: 0.9, evidence: 0.4 }, 0.9, false, MIN_EVIDENCE, steps);
    expect(held).toBe(LOW_EVIDENCE_CAP);
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ feature: 'evidence', effect: -0.15 });
    expect(steps[0]?.note).toContain('only common words match');
  });

  it('holds the score the same when no explanation is being written', () => {
    expect(applyEvidenceRule({ score: 0.9, evidence: 0.4 }, 0.9, false, MIN_EVIDENCE, undefined)).toBe(
      LOW_EVIDENCE_CAP,
    );
  });

  it('lets a score stand on a distinctive word, a near-whole name, corroboration, or at or under the cap', () => {
    const cases: Array<[{ score: number; evidence: number }, number, boolean]> = [
      [{ score: 0.9, evidence: MIN_EVIDENCE }, 0.9, false],
      [{ score: NEAR_EXACT, evidence: 0.1 }, 0.97, false],
      [{ score: 0.9, evidence: 0.1 }, 0.9, true],
      [{ score: 0.7, evidence: 0.1 }, 0.7, false],
    ];
    for (const [name, score, corroborated] of cases) {
      const steps: ExplanationStep[] = [];
      expect(applyEvidenceRule(name, score, corroborated, MIN_EVIDENCE, steps)).toBe(score);
      expect(steps).toEqual([]);
    }
  });

  it('gives the same score with and without an explanation, whatever the name', () => {
    const unit = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(unit, unit, unit, fc.boolean(), (nameScore, evidence, score, corroborated) => {
        const name = { score: nameScore, evidence };
        const explained = applyEvidenceRule(name, score, corroborated, MIN_EVIDENCE, []);
        expect(applyEvidenceRule(name, score, corroborated, MIN_EVIDENCE, undefined)).toBe(explained);
      }),
    );
  });
});
