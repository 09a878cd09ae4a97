import type { ExplanationStep } from '../model/screening.js';

// A match's explanation once read, or until then the function that makes it: kept on the match itself, under a
// symbol private to this module, in a property that is not enumerable, so JSON, spreading and structured cloning
// see `explanation` only. It was kept in a WeakMap keyed by the match, and V8's young-generation collector did not
// let the matches go with their WeakMap entries as promptly as plain garbage: measured, ~3.9 MB of matches and the
// query analyses their functions hold were copied each scavenge (see withLazyExplanation).
const STEPS = Symbol('explanation steps');

interface Explained {
  [STEPS]: ExplanationStep[] | (() => ExplanationStep[]);
}

const HIDDEN: PropertyDescriptor = { value: undefined, writable: true, enumerable: false, configurable: true };

// One descriptor for every match: an own enumerable accessor, so JSON, spreading, structured cloning (worker
// threads) and equality checks see `explanation` like any other field.
const EXPLANATION: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: Explained): ExplanationStep[] {
    const held = this[STEPS];
    if (typeof held !== 'function') return held;
    const steps = held();
    this[STEPS] = steps;
    return steps;
  },
  set(this: Explained, steps: ExplanationStep[]) {
    this[STEPS] = steps;
  },
};

/**
 * Gives `match` an `explanation` computed by `explain` when first read, then kept. Screening explains every
 * match it returns, but most are near misses nobody opens, and a batch run reads the explanation of alerts
 * only: the scoring with its steps kept is done for the matches that are read. A match dropped unread takes its
 * `explain` with it at the next young-generation collection: screening the speed bench's 10,000 names, each
 * scavenge copied ~3.9 MB and paused for 6–8 ms while the functions were kept in a WeakMap, against under 0.15 MB
 * and 1–2 ms now.
 */
export function withLazyExplanation<T extends object>(
  match: T,
  explain: () => ExplanationStep[],
): T & { explanation: ExplanationStep[] } {
  Object.defineProperty(match, STEPS, HIDDEN);
  (match as T & Explained)[STEPS] = explain;
  return Object.defineProperty(match, 'explanation', EXPLANATION) as T & { explanation: ExplanationStep[] };
}
