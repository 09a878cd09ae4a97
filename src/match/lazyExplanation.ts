import type { Entity } from '../model/entity.js';
import type { Name } from '../model/name.js';
import type { ExplanationStep } from '../model/screening.js';

// The accessor every match shares: an own enumerable property, so JSON, spreading, structured cloning (worker
// threads) and equality checks see `explanation` like any other field. Made in the class's static block, where its
// functions may read the private field.
let EXPLANATION: PropertyDescriptor;

/**
 * A screening match whose `explanation` is worked out when first read (by `explain`), then kept. Screening explains
 * every match it returns, but most are near misses nobody opens, and a batch run reads the explanation of alerts
 * only: the scoring with its steps kept is done for the matches that are read.
 *
 * Until read, the match holds `explain` in a private field, which JSON, spreading and cloning never see. It was
 * held in a WeakMap keyed by the match, which V8's young-generation collector did not let go of as promptly as plain
 * garbage (each scavenge of the speed bench copied ~3.9 MB and paused 6–8 ms), then in a hidden property defined on
 * each match, which took two `Object.defineProperty` calls a match (~370 ns; ~160 ns now, one call).
 */
export class ExplainedMatch {
  entity: Entity;
  score: number;
  match: boolean;
  matchedName: Name;
  nameScore: number;
  declare explanation: ExplanationStep[];
  #steps: ExplanationStep[] | (() => ExplanationStep[]);

  constructor(
    entity: Entity,
    score: number,
    match: boolean,
    matchedName: Name,
    nameScore: number,
    explain: () => ExplanationStep[],
  ) {
    this.entity = entity;
    this.score = score;
    this.match = match;
    this.matchedName = matchedName;
    this.nameScore = nameScore;
    this.#steps = explain;
    Object.defineProperty(this, 'explanation', EXPLANATION);
  }

  static {
    EXPLANATION = {
      enumerable: true,
      configurable: true,
      get(this: ExplainedMatch): ExplanationStep[] {
        const held = this.#steps;
        if (typeof held !== 'function') return held;
        const steps = held();
        this.#steps = steps;
        return steps;
      },
      set(this: ExplainedMatch, steps: ExplanationStep[]) {
        this.#steps = steps;
      },
    };
  }
}
