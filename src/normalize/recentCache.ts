/**
 * A small direct-mapped memory of recent string look-ups, in front of a large Map. A Map of a hundred thousand
 * words answers from cold memory (its bucket, its key and its value each a cache miss, ~0.5 µs a look-up on a
 * server); the words a screening run repeats (given names, LLC, TRADING) are answered here from ~128 KB (16,384
 * slots by default) that mostly stay in the processor's cache. A slot holds one word: a new word hashed to it
 * replaces the old one, so the memory never grows and never changes what is looked up, only how fast.
 *
 * A look-up may name a second string the answer depends on (a query word as written and its comparison key): the
 * slot holds both, and answers only when both are the same, so the caller never joins them into a new string (a
 * joined string is built, then flattened to be hashed and compared, on every look-up).
 */
export class RecentCache<V> {
  private readonly words: Array<string | undefined>;
  private readonly seconds: Array<string | undefined>;
  private readonly values: Array<V | undefined>;
  private readonly mask: number;

  /** @param bits the memory holds 2^bits words. */
  constructor(bits = 14) {
    this.words = new Array<string | undefined>(2 ** bits).fill(undefined);
    this.seconds = new Array<string | undefined>(2 ** bits).fill(undefined);
    this.values = new Array<V | undefined>(2 ** bits).fill(undefined);
    this.mask = 2 ** bits - 1;
  }

  private slotOf(word: string): number {
    // FNV-1a over at most the first 16 characters: enough to spread names, cheap for long phrases.
    let h = 0x811c9dc5;
    const end = Math.min(word.length, 16);
    for (let i = 0; i < end; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
    return (h ^ (h >>> 15) ^ word.length) & this.mask;
  }

  /** The value remembered for `word` (and `second`, when the value depends on it too), or undefined. */
  get(word: string, second = word): V | undefined {
    const slot = this.slotOf(word);
    return this.words[slot] === word && this.seconds[slot] === second ? this.values[slot] : undefined;
  }

  /** Remembers `value` for `word` (and `second`), in place of whatever shared its slot. */
  set(word: string, value: V, second = word): void {
    const slot = this.slotOf(word);
    this.words[slot] = word;
    this.seconds[slot] = second;
    this.values[slot] = value;
  }

  /** Forgets everything (when the Map behind it is cleared). */
  clear(): void {
    this.words.fill(undefined);
    this.seconds.fill(undefined);
    this.values.fill(undefined);
  }
}
