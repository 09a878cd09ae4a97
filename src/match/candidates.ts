import type { NameIndex, SchemaFamily } from './nameIndex.js';
import type { QueryAnalyses } from './queryAnalyses.js';
import type { QueryName } from './queryName.js';

/** A key carried by more names than this is too common to find candidates with on its own. */
export const COMMON_KEY_POSTINGS = 20_000;

/**
 * Finds the list names worth scoring for a query without scanning every name: each query token's matching
 * keys lead through the posting lists to the names that carry them, and each name accumulates the weight of
 * the query tokens it shares. The best `limit` names are returned. Scratch arrays are reused across queries,
 * so finding candidates allocates little.
 */
export class CandidateFinder {
  private readonly gains: Float32Array;
  private readonly touched: number[] = [];

  constructor(
    private readonly index: NameIndex,
    private readonly families: readonly SchemaFamily[],
    private readonly limit: number,
  ) {
    this.gains = new Float32Array(index.names.length);
  }

  private accumulate(query: QueryName, accepts: (family: SchemaFamily) => boolean): void {
    const { index, families, gains, touched } = this;
    const add = (postings: Int32Array, gain: number) => {
      for (let k = 0; k < postings.length; k++) {
        const n = postings[k]!;
        if (!accepts(families[index.names[n]!.entityIndex]!)) continue;
        if (gains[n] === 0) touched.push(n);
        gains[n]! += gain;
      }
    };
    for (const t of query.tokens) {
      for (const [id, m] of t.matches) {
        const postings = index.postings[id]!;
        if (postings.length > COMMON_KEY_POSTINGS) continue;
        add(postings, t.weight * m.similarity + 1e-6);
      }
    }
    for (const m of query.merged) {
      const postings = index.postings[m.id];
      if (postings) add(postings, 1);
    }
  }

  /** Candidate name indexes for the query's readings: persons for the person reading, the rest for the other. */
  find(analyses: QueryAnalyses): number[] {
    const { gains, touched } = this;
    touched.length = 0;
    const { person, other, screens } = analyses;
    if (person && other === person) this.accumulate(person, screens);
    else {
      if (person) this.accumulate(person, (f) => f === 'Person' && screens(f));
      if (other) this.accumulate(other, (f) => f !== 'Person' && screens(f));
    }
    let found = touched.slice();
    if (found.length > this.limit) found = found.sort((a, b) => gains[b]! - gains[a]! || a - b).slice(0, this.limit);
    for (const n of touched) gains[n] = 0;
    return found;
  }
}
