import { fnv1a } from './fnv1a.js';

/**
 * A one-hash Bloom filter over strings: `mayHave` answers "certainly not" for most strings never added, from a
 * bit array small enough to stay in the processor's cache, so that a word the lists never carry is turned away
 * before a look-up in a table of a hundred thousand keys (a cache miss or two each). A "maybe" is checked in the
 * table as before; the filter never changes an answer, only how fast a "no" comes.
 */
export class StringFilter {
  /** The filter's bits (a power of two of them, at least 32), to share or to rebuild the filter from. */
  readonly bits: Uint32Array;
  private readonly shift: number;

  /**
   * @param size the filter holds 2^size bits (2^20: 128 KB, about one in ten false "maybe" at 100,000 strings),
   *   or the bits of a filter built before.
   */
  constructor(size: number | Uint32Array = 20) {
    this.bits = typeof size === 'number' ? new Uint32Array(2 ** Math.max(0, size - 5)) : size;
    this.shift = 32 - Math.log2(this.bits.length * 32);
  }

  /** Adds `value` (or `value + more`, the same string). */
  add(value: string, more = ''): void {
    this.addHash(fnv1a(value, more));
  }

  /**
   * Adds a string by its hash: fnv1a's, as {@link add} makes it, or any other hash that the look-ups then give
   * {@link mayHaveHash} (the legal-form words' table hashes with deletionHashes).
   */
  addHash(hash: number): void {
    const bit = hash >>> this.shift;
    this.bits[bit >>> 5]! |= 1 << (bit & 31);
  }

  /** False when `value + more` was certainly never added. */
  mayHave(value: string, more = ''): boolean {
    return this.mayHaveHash(fnv1a(value, more));
  }

  /** {@link mayHave} for a string whose hash (see fnv1a) the caller already has. */
  mayHaveHash(hash: number): boolean {
    const bit = hash >>> this.shift;
    return (this.bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }
}
