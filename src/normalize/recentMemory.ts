/**
 * A bounded memory of string look-ups that keeps what is still in use: two generations of at most `limit / 2`
 * entries each. A new entry goes into the young generation; when that is full, it becomes the old one and the
 * oldest entries are dropped. An entry found in the old generation moves back into the young one, so the words a
 * run keeps meeting (given names, LLC, TRADING) stay remembered, while a Map cleared whenever it is full loses them
 * all at once. Never holds more than `limit` entries, and never changes what is looked up, only how fast.
 */
export class RecentMemory<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();
  private readonly generation: number;

  /** @param limit the most entries remembered (at least 2). */
  constructor(limit: number) {
    this.generation = Math.max(1, Math.floor(limit / 2));
  }

  /** How many entries are remembered. */
  get size(): number {
    return this.young.size + this.old.size;
  }

  /** The value remembered for `key`, or undefined. */
  get(key: string): V | undefined {
    const value = this.young.get(key);
    if (value !== undefined) return value;
    const aged = this.old.get(key);
    if (aged !== undefined) {
      this.old.delete(key);
      this.set(key, aged);
    }
    return aged;
  }

  /** Remembers `value` for `key`. */
  set(key: string, value: V): void {
    if (this.young.size >= this.generation) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  /** Forgets everything. */
  clear(): void {
    this.young.clear();
    this.old.clear();
  }
}
