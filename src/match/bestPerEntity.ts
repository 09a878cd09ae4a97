import type { CandidateScore } from './scoreCandidate.js';

const ALERTABLE = 1;
const IDENTIFIED = 2;
const EXACT = 4;

/**
 * The best-scored name of each listed party during one query, in typed arrays the engine keeps between queries:
 * a query scores dozens of candidates, and an object per candidate kept in a Map was most of what screening
 * allocated. Parties are listed in the order first scored (as a Map would keep them).
 */
export class BestPerEntity {
  private readonly stamp: Int32Array;
  private current = 0;
  private readonly scores: Float64Array;
  private readonly nameScores: Float64Array;
  private readonly names: Int32Array;
  private readonly flags: Uint8Array;
  /** The parties scored in this query, in the order first scored ({@link count} of them). */
  readonly order: Int32Array;
  count = 0;

  constructor(entityCount: number) {
    this.stamp = new Int32Array(entityCount);
    this.scores = new Float64Array(entityCount);
    this.nameScores = new Float64Array(entityCount);
    this.names = new Int32Array(entityCount);
    this.flags = new Uint8Array(entityCount);
    this.order = new Int32Array(entityCount);
  }

  /** Forgets the previous query's parties. */
  begin(): void {
    if (this.current === 0x7fffffff) {
      this.stamp.fill(0);
      this.current = 0;
    }
    this.current++;
    this.count = 0;
  }

  /** Whether party `e` was scored in this query. */
  has(e: number): boolean {
    return this.stamp[e] === this.current;
  }

  /**
   * Keeps `scored` (for list name `nameIndex`, or undefined for a hit on an identifier alone) as party `e`'s best
   * when it is better than what it has. Scores are capped at 1, so a tie is broken by the name alone, then by
   * exactness: the alias the query actually wrote, in the script it wrote it, is the one reported.
   */
  offer(e: number, nameIndex: number | undefined, scored: CandidateScore): void {
    if (this.has(e)) {
      const better =
        scored.score > this.scores[e]! ||
        (scored.score === this.scores[e] &&
          (scored.nameScore > this.nameScores[e]! ||
            (scored.nameScore === this.nameScores[e] && scored.exact && (this.flags[e]! & EXACT) === 0)));
      if (!better) return;
    } else {
      this.stamp[e] = this.current;
      this.order[this.count++] = e;
    }
    this.scores[e] = scored.score;
    this.nameScores[e] = scored.nameScore;
    this.names[e] = nameIndex ?? -1;
    this.flags[e] =
      (scored.alertable ? ALERTABLE : 0) | (scored.identified ? IDENTIFIED : 0) | (scored.exact ? EXACT : 0);
  }

  score(e: number): number {
    return this.scores[e]!;
  }

  nameScore(e: number): number {
    return this.nameScores[e]!;
  }

  /** The list name party `e` matched best, or undefined for a hit on an identifier alone. */
  nameOf(e: number): number | undefined {
    return this.names[e]! < 0 ? undefined : this.names[e];
  }

  alertable(e: number): boolean {
    return (this.flags[e]! & ALERTABLE) !== 0;
  }

  identified(e: number): boolean {
    return (this.flags[e]! & IDENTIFIED) !== 0;
  }
}
