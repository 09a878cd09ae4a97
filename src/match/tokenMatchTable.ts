import type { TokenRelation } from '../model/screening.js';
import type { TokenMatch } from './tokenMatch.js';

/** Token relations by code, as the match table stores them. */
export const RELATION_CODES: readonly TokenRelation[] = [
  'exact',
  'spelling',
  'transliteration',
  'typo',
  'phonetic',
  'initial',
  'merged',
];
const RELATION_CODE = new Map(RELATION_CODES.map((r, i) => [r, i]));

const EMPTY = -1;

/**
 * Every list key each query token may stand for, in one small open-addressing hash table keyed by key id:
 * scoring a candidate looks each of its tokens up once, in typed arrays, instead of asking each query token's
 * map in turn. Built once per query reading; read-only afterwards.
 */
export class TokenMatchTable {
  private readonly slotKey: Int32Array;
  private readonly slotHead: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  /** The query token of each entry. */
  readonly entryToken: Int32Array;
  /** The next entry for the same key, −1 after the last. */
  readonly entryNext: Int32Array;
  /** Similarity of each entry (see {@link find}). */
  readonly similarity: Float64Array;
  /** Relation code of each entry (see {@link RELATION_CODES}). */
  readonly relation: Uint8Array;

  constructor(tokens: ReadonlyArray<{ matches: ReadonlyMap<number, TokenMatch> }>) {
    let entries = 0;
    for (const t of tokens) entries += t.matches.size;
    let bits = 3;
    while (2 ** bits < entries * 2) bits++;
    const size = 2 ** bits;
    this.mask = size - 1;
    this.shift = 32 - bits;
    this.slotKey = new Int32Array(size).fill(EMPTY);
    this.slotHead = new Int32Array(size);
    this.entryToken = new Int32Array(entries);
    this.entryNext = new Int32Array(entries);
    this.similarity = new Float64Array(entries);
    this.relation = new Uint8Array(entries);
    let e = 0;
    tokens.forEach((t, token) => {
      for (const [key, match] of t.matches) {
        const slot = this.slotOf(key);
        this.entryToken[e] = token;
        this.similarity[e] = match.similarity;
        this.relation[e] = RELATION_CODE.get(match.relation)!;
        if (this.slotKey[slot] === EMPTY) {
          this.slotKey[slot] = key;
          this.entryNext[e] = EMPTY;
        } else this.entryNext[e] = this.slotHead[slot]!;
        this.slotHead[slot] = e;
        e++;
      }
    });
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
