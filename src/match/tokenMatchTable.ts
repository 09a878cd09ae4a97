import { type TokenRelation, TokenRelationSchema } from '../model/screening.js';

/** Token relations by code, as the match table stores them: the model's relations, in its order. */
export const RELATION_CODES: readonly TokenRelation[] = TokenRelationSchema.options;
const RELATION_CODE = new Map(RELATION_CODES.map((r, i) => [r, i]));

/** The code of a relation in {@link RELATION_CODES}. */
export function relationCode(relation: TokenRelation): number {
  return RELATION_CODE.get(relation)!;
}

const EMPTY = -1;

/** What the table needs of a query token: the keys it may stand for, with similarity and relation code. */
export interface TableToken {
  matchIds: readonly number[];
  matchSimilarities: readonly number[];
  matchRelations: readonly number[];
}

/**
 * Every list key each query token may stand for, in one small open-addressing hash table keyed by key id:
 * scoring a candidate looks each of its tokens up once, in typed arrays, instead of asking each query token's
 * map in turn. Filled once per query reading and read-only while that query is scored; a screener refills the
 * same table for every query, so screening allocates nothing here.
 */
export class TokenMatchTable {
  private slotKey = new Int32Array(16);
  private slotHead = new Int32Array(16);
  private mask = 0;
  private shift = 32;
  /** The query token of each entry. */
  entryToken = new Int32Array(8);
  /** The next entry for the same key, −1 after the last. */
  entryNext = new Int32Array(8);
  /** Similarity of each entry (see {@link find}). */
  similarity = new Float64Array(8);
  /** Relation code of each entry (see {@link RELATION_CODES}). */
  relation = new Uint8Array(8);
  /** How many times the table was filled: an analysis that filled it is still valid while this is unchanged. */
  generation = 0;
  /** Whether, in the last fill, two tokens may stand for the same key (see QueryName.repeatsKeys). */
  repeatsKeys = false;

  /** A table of the keys `tokens` may stand for. */
  constructor(tokens: readonly TableToken[] = []) {
    this.fill(tokens);
  }

  /** Empties the table and fills it with the keys `tokens` may stand for. */
  fill(tokens: readonly TableToken[]): void {
    this.generation++;
    let entries = 0;
    for (const t of tokens) entries += t.matchIds.length;
    // The fewest bits, three at least, whose slots number twice the entries or more (by count of leading zeros:
    // a power computed in a loop was an eighth of this method's time).
    const bits = Math.max(3, 32 - Math.clz32(Math.max(1, entries * 2 - 1)));
    const size = 1 << bits;
    if (size > this.slotKey.length) {
      this.slotKey = new Int32Array(size);
      this.slotHead = new Int32Array(size);
    }
    if (entries > this.entryToken.length) {
      this.entryToken = new Int32Array(entries * 2);
      this.entryNext = new Int32Array(entries * 2);
      this.similarity = new Float64Array(entries * 2);
      this.relation = new Uint8Array(entries * 2);
    }
    this.mask = size - 1;
    this.shift = 32 - bits;
    for (let slot = 0; slot < size; slot++) this.slotKey[slot] = EMPTY;
    let e = 0;
    this.repeatsKeys = false;
    for (let token = 0; token < tokens.length; token++) {
      const { matchIds, matchSimilarities, matchRelations } = tokens[token]!;
      for (let k = 0; k < matchIds.length; k++) {
        const key = matchIds[k]!;
        const slot = this.slotOf(key);
        this.entryToken[e] = token;
        this.similarity[e] = matchSimilarities[k]!;
        this.relation[e] = matchRelations[k]!;
        if (this.slotKey[slot] === EMPTY) {
          this.slotKey[slot] = key;
          this.entryNext[e] = EMPTY;
        } else {
          // The key is met again: by another token (a token's keys are distinct, see tokenFacts).
          this.entryNext[e] = this.slotHead[slot]!;
          this.repeatsKeys = true;
        }
        this.slotHead[slot] = e;
        e++;
      }
    }
  }

  private slotOf(key: number): number {
    // Fibonacci hashing: the high bits of the product spread consecutive key ids over the table.
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.slotKey[slot] !== EMPTY && this.slotKey[slot] !== key) slot = (slot + 1) & this.mask;
    return slot;
  }

  /** The first entry for list key `key` (follow {@link entryNext} for the others), or −1 when no token has it. */
  first(key: number): number {
    const slot = this.slotOf(key);
    return this.slotKey[slot] === EMPTY ? EMPTY : this.slotHead[slot]!;
  }

  /** The entry of query token `token` for list key `key`, or −1 when the token cannot stand for that key. */
  find(token: number, key: number): number {
    const slot = this.slotOf(key);
    if (this.slotKey[slot] === EMPTY) return EMPTY;
    for (let e = this.slotHead[slot]!; e !== EMPTY; e = this.entryNext[e]!) if (this.entryToken[e] === token) return e;
    return EMPTY;
  }
}
