import type { ExplanationStep } from '../model/screening.js';

// How to explain each match not yet read, keyed by the match object; a WeakMap, so a match dropped by the app
// takes its pending explanation with it.
const pending = new WeakMap<object, () => ExplanationStep[]>();
const explained = new WeakMap<object, ExplanationStep[]>();

// One descriptor for every match: an own enumerable accessor, so JSON, spreading, structured cloning (worker
// threads) and equality checks see `explanation` like any other field.
const EXPLANATION: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: object): ExplanationStep[] {
    let steps = explained.get(this);
    if (steps === undefined) {
      steps = pending.get(this)?.() ?? [];
      pending.delete(this);
      explained.set(this, steps);
    }
    return steps;
  },
  set(this: object, steps: ExplanationStep[]) {
    pending.delete(this);
    explained.set(this, steps);
  },
};

/**
 * Gives `match` an `explanation` computed by `explain` when first read, then kept. Screening explains every
 * match it returns, but most are near misses nobody opens, and a batch run reads the explanation of alerts
 * only: the scoring with its steps kept is done for the matches that are read.
 */
export function withLazyExplanation<T extends object>(
  match: T,
  explain: () => ExplanationStep[],
): T & { explanation: ExplanationStep[] } {
  pending.set(match, explain);
  return Object.defineProperty(match, 'explanation', EXPLANATION) as T & { explanation: ExplanationStep[] };
}
