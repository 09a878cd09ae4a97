import type { NameIndex } from './nameIndex.js';
import { keySignature, NAME_COUNTS, NAME_HEADER, TOKEN_FIELDS, TOKEN_KEY } from './packedNames.js';
import type { QueryAnalyses } from './queryAnalyses.js';
import type { QueryName } from './queryName.js';
import { SCHEMA_FAMILIES, type SchemaFamily } from './schemaFamily.js';

/** A key carried by more names than this is too common to find candidates with on its own. */
export const COMMON_KEY_POSTINGS = 20_000;

/**
 * A name sharing less than this share of the query's weight cannot reach the report floor (0.5) on any
 * schema: a person's score is at most the square root of its query coverage, an organisation's its 0.65th
 * power. Such names are not scored at all.
 */
export const MIN_CANDIDATE_SHARE = 0.25;

/** Posting lists longer than this are walked only when the query's rarer words cannot stand alone. */
export const LARGE_POSTINGS = 250;

/**
 * Below this share of the query's weight, the common words alone cannot make an alert (a person's score is at
 * most the square root of the share, 0.77 at 0.6), so names reached only through them need not be scored.
 */
export const COMMON_SHARE = 0.6;

/** Which families a reading looks at, of those screened: persons only, all but persons, or any. */
type Persons = 'only' | 'none' | 'any';

/**
 * Finds the list names worth scoring for a query without scanning every name: each query token's matching
 * keys lead through the posting lists to the names that carry them, and each name accumulates the weight of
 * the query tokens it shares. The best `limit` names are returned. Scratch arrays are reused across queries,
 * so finding candidates allocates little.
 */
export class CandidateFinder {
  private readonly gains: Float32Array;
  /** Schema family of each indexed name, as an index into SCHEMA_FAMILIES: the hot loop reads no objects. */
  private readonly nameFamilies: Uint8Array;
  /** The names given a gain by the current query, in the order first reached ({@link touchedCount} of them). */
  private readonly touched: Int32Array;
  private touchedCount = 0;
  /** The names that reach the floor ({@link foundCount} of them), in the order reached. */
  private readonly found: Int32Array;
  private foundCount = 0;
  /** Common keys set aside by the current reading, with the gain each would give. */
  private commonIds = new Int32Array(16);
  private commonGains = new Float64Array(16);
  private readonly accepted = new Uint8Array(SCHEMA_FAMILIES.length);
  /** The candidates of the last query, best first: the first {@link find} returned of them. */
  readonly candidates: Int32Array;

  constructor(
    private readonly index: NameIndex,
    /** The schema family of each entity, as an index into SCHEMA_FAMILIES (see ScoringEntities). */
    entityFamilies: Uint8Array,
    private readonly limit: number,
  ) {
    this.gains = new Float32Array(index.nameCount);
    // A name is reached once per query (its gain is then above zero), and the readings look at disjoint families.
    this.touched = new Int32Array(index.nameCount);
    this.found = new Int32Array(index.nameCount);
    this.candidates = new Int32Array(Math.min(limit, index.nameCount));
    this.nameFamilies = new Uint8Array(index.nameCount);
    for (let n = 0; n < index.nameCount; n++) this.nameFamilies[n] = entityFamilies[index.entityOf(n)]!;
  }

  /**
   * The schema family of the party name `n` belongs to (ScoringEntities.familyOf of that party): read from this
   * finder's array by name, which candidate finding keeps in cache, rather than from the party's.
   */
  familyOf(n: number): SchemaFamily {
    return SCHEMA_FAMILIES[this.nameFamilies[n]!]!;
  }

  /** Adds the query's weight to every name sharing its keys; returns the names that can reach the floor. */
  private accumulate(query: QueryName, screens: (family: SchemaFamily) => boolean, persons: Persons): void {
    const { index, gains, touched, accepted } = this;
    let everyFamily = true;
    for (let code = 0; code < SCHEMA_FAMILIES.length; code++) {
      const family = SCHEMA_FAMILIES[code]!;
      const wanted = persons === 'any' || (persons === 'only') === (family === 'Person');
      accepted[code] = wanted && screens(family) ? 1 : 0;
      if (accepted[code] === 0) everyFamily = false;
    }
    const start = this.touchedCount;
    let total = 0;
    for (const t of query.tokens) total += t.weight;
    // Keys shared by very many names (MUHAMMAD, ALI, TRADING) are walked only when the query's other words
    // cannot find the party: a name that shares nothing but them cannot alert (see COMMON_SHARE).
    let common = 0;
    let commonWeight = 0;
    for (const t of query.tokens) {
      // Legal forms weigh nothing: LLC alone is carried by thousands of names and finds none of them.
      if (t.weight === 0) continue;
      let tokenIsCommon = false;
      const { matchIds, matchSimilarities } = t;
      for (let k = 0; k < matchIds.length; k++) {
        const id = matchIds[k]!;
        const count = index.postingCount(id);
        if (count > COMMON_KEY_POSTINGS) continue;
        const gain = t.weight * matchSimilarities[k]! + 1e-6;
        if (count > LARGE_POSTINGS || t.role === 'generic') {
          this.setAside(common++, id, gain);
          tokenIsCommon = true;
        } else this.add(id, gain, everyFamily);
      }
      if (tokenIsCommon) commonWeight += t.weight;
    }
    for (const m of query.merged) {
      this.add(m.id, 1, everyFamily);
    }
    const { commonIds, commonGains } = this;
    if (common > 0) {
      if (this.touchedCount === start || commonWeight >= total * COMMON_SHARE) {
        for (let c = 0; c < common; c++) this.add(commonIds[c]!, commonGains[c]!, everyFamily);
      } else {
        const { names, nameOffset, nameSignature } = index;
        let signature = 0;
        for (let c = 0; c < common; c++) signature |= keySignature(commonIds[c]!);
        for (let k = start; k < this.touchedCount; k++) {
          const n = touched[k]!;
          // Most names found through the rare words carry none of the common ones: a bit per key says so
          // without reading the name's record.
          if ((nameSignature[n]! & signature) === 0) continue;
          const t0 = nameOffset[n]! + NAME_HEADER;
          const t1 = t0 + (names[t0 - NAME_HEADER + NAME_COUNTS]! & 0xffff) * TOKEN_FIELDS;
          for (let t = t0; t < t1; t += TOKEN_FIELDS) {
            const id = names[t + TOKEN_KEY]!;
            for (let c = 0; c < common; c++) if (id === commonIds[c]) gains[n]! += commonGains[c]!;
          }
        }
      }
    }
    const floor = total * MIN_CANDIDATE_SHARE;
    // Names reaching the floor join `found`, in the order reached; every touched name is reset after the query.
    for (let k = start; k < this.touchedCount; k++) {
      const n = touched[k]!;
      if (gains[n]! >= floor) this.found[this.foundCount++] = n;
    }
  }

  /**
   * Adds `gain` to every name carrying key `id` (of an accepted family, unless `everyFamily`). The hot loop of
   * candidate finding: typed arrays only, no allocation, no family test when all are screened.
   */
  private add(id: number, gain: number, everyFamily: boolean): void {
    const { nameFamilies, gains, touched, accepted } = this;
    const data = this.index.postingData;
    const end = this.index.postingOffsets[id + 1]!;
    let count = this.touchedCount;
    for (let k = this.index.postingOffsets[id]!; k < end; k++) {
      const n = data[k]!;
      if (!everyFamily && accepted[nameFamilies[n]!] === 0) continue;
      if (gains[n] === 0) touched[count++] = n;
      gains[n]! += gain;
    }
    this.touchedCount = count;
  }

  /** Records common key `id` (the `at`-th set aside) and its gain, growing the scratch arrays when full. */
  private setAside(at: number, id: number, gain: number): void {
    if (at === this.commonIds.length) {
      const ids = new Int32Array(at * 2);
      ids.set(this.commonIds);
      this.commonIds = ids;
      const gains = new Float64Array(at * 2);
      gains.set(this.commonGains);
      this.commonGains = gains;
    }
    this.commonIds[at] = id;
    this.commonGains[at] = gain;
  }

  /**
   * Finds the candidate names for the query's readings (persons for the person reading, the rest for the other)
   * and returns how many: they are the first of {@link candidates}, which the next query refills (read them
   * before finding again). Allocates nothing.
   */
  find(analyses: QueryAnalyses): number {
    const { gains, touched } = this;
    this.touchedCount = 0;
    const { person, other, screens } = analyses;
    this.foundCount = 0;
    if (person && other === person) this.accumulate(person, screens, 'any');
    else {
      if (person) this.accumulate(person, screens, 'only');
      if (other) this.accumulate(other, screens, 'none');
    }
    let count = this.foundCount;
    if (count > this.limit) count = this.best();
    else for (let f = 0; f < count; f++) this.candidates[f] = this.found[f]!;
    for (let k = 0; k < this.touchedCount; k++) gains[touched[k]!] = 0;
    return count;
  }

  /** Puts the `limit` found names with the highest gains (ties: the lower index first) into candidates, best first. */
  private best(): number {
    const { gains, limit, candidates: top } = this;
    const before = (a: number, b: number) => gains[a]! > gains[b]! || (gains[a] === gains[b] && a < b);
    let size = 0;
    for (let f = 0; f < this.foundCount; f++) {
      const n = this.found[f]!;
      if (size === limit && !before(n, top[limit - 1]!)) continue;
      let k = size === limit ? limit - 1 : size++;
      while (k > 0 && before(n, top[k - 1]!)) {
        top[k] = top[k - 1]!;
        k--;
      }
      top[k] = n;
    }
    return size;
  }
}
