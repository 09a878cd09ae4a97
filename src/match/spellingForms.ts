// No typo is allowed in a word of four letters or fewer (see allowedEdits), so shorter forms need no neighbourhood.
const MIN_TYPO_LENGTH = 5;

// Form ids are packed below the hash in one float64 (hash · 2^21 + id, exact below 2^53).
const ID_BITS = 2 ** 21;

/** FNV-1a hash of `word` with the character at `skip` left out (−1: none), without building the string. */
function hashWithout(word: string, skip: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    if (i === skip) continue;
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The written forms of the list's words, for typo look-up: each key (YEVGENIY and EVGENY share the key
 * "evgeni") and each word as written ("yevgeniy", "evgeny"), every form pointing to the keys it stands for.
 * Typos happen on the written word, so "HOSSFIN" must meet the written "hossein" even though that word's key
 * is the canonical "husain". One-deletion neighbourhoods (SymSpell) make the look-up a few binary searches:
 * each form's one-letter deletions are kept as hashes in one sorted typed array, a few bytes each instead of a
 * string and an array each (a hash collision only adds a candidate, which the caller verifies by edit distance).
 */
export class SpellingForms {
  readonly forms: string[] = [];
  /** Key ids each form stands for. */
  readonly keysOf: number[][] = [];
  private readonly ids = new Map<string, number>();
  /** Sorted (hash of a one-letter deletion · 2^21 + form id). */
  private deletionTable = new Float64Array(0);
  /** Where each run of deletion hashes with the same top bits starts in {@link deletionTable}. */
  private deletionStarts: Int32Array = new Int32Array(1);
  /** Sorted (hash of the form · 2^21 + form id), for forms equal to a deletion of the probe. */
  private formTable = new Float64Array(0);
  /** Where each run of form hashes with the same top bits starts in {@link formTable}. */
  private formStarts: Int32Array = new Int32Array(1);
  /** How far a hash is shifted right to give its run in the start tables. */
  private runShift = 32;
  private seen = new Uint32Array(0);
  private round = 0;

  /** Records that `form` is a way of writing key `keyId`. */
  add(form: string, keyId: number): void {
    let id = this.ids.get(form);
    if (id === undefined) {
      id = this.forms.length;
      this.ids.set(form, id);
      this.forms.push(form);
      this.keysOf.push([keyId]);
      return;
    }
    const keys = this.keysOf[id]!;
    if (!keys.includes(keyId)) keys.push(keyId);
  }

  /** The id of a form written exactly so, if the lists have it. */
  idOf(form: string): number | undefined {
    return this.ids.get(form);
  }

  /** Builds the deletion neighbourhoods once every form is added. `fuzzy` says which forms may have typos. */
  index(fuzzy: (form: string) => boolean): void {
    if (this.forms.length >= ID_BITS) throw new RangeError(`too many distinct words to index (${this.forms.length})`);
    const deletions: number[] = [];
    const forms: number[] = [];
    this.forms.forEach((form, id) => {
      if (form.length >= MIN_TYPO_LENGTH - 1) forms.push(hashWithout(form, -1) * ID_BITS + id);
      if (form.length < MIN_TYPO_LENGTH || !fuzzy(form)) return;
      for (let i = 0; i < form.length; i++) deletions.push(hashWithout(form, i) * ID_BITS + id);
    });
    this.deletionTable = Float64Array.from(deletions).sort();
    this.formTable = Float64Array.from(forms).sort();
    // A look-up jumps straight to the few entries that share its hash's top bits (about two a run) instead of
    // binary-searching a table of a million: a dozen probes of cold memory per word become one.
    const runBits = Math.min(22, Math.max(8, Math.ceil(Math.log2(Math.max(1, deletions.length) / 2))));
    this.runShift = 32 - runBits;
    this.deletionStarts = this.runStarts(this.deletionTable, runBits);
    this.formStarts = this.runStarts(this.formTable, runBits);
    this.seen = new Uint32Array(this.forms.length);
  }

  private runStarts(table: Float64Array, runBits: number): Int32Array {
    const starts = new Int32Array(2 ** runBits + 1);
    let k = 0;
    for (let run = 0; run < 2 ** runBits; run++) {
      starts[run] = k;
      while (k < table.length && Math.floor(table[k]! / ID_BITS) >>> this.runShift === run) k++;
    }
    starts[2 ** runBits] = k;
    return starts;
  }

  /** Hands every form id stored under `hash` in a sorted table to `visit`. */
  private scan(table: Float64Array, starts: Int32Array, hash: number, visit: (id: number) => void): void {
    const low = hash * ID_BITS;
    const high = low + ID_BITS;
    const run = hash >>> this.runShift;
    for (let k = starts[run]!; k < starts[run + 1]!; k++) {
      const entry = table[k]!;
      if (entry >= low && entry < high) visit(entry - low);
    }
  }

  /**
   * Every form within one deletion of `probe` on either side (so one insertion, deletion or substitution,
   * and adjacent transpositions), each once, to be verified by the caller with a real edit distance.
   */
  neighbours(probe: string, visit: (formId: number) => void): void {
    if (probe.length < MIN_TYPO_LENGTH) return;
    // Several deletion paths lead to the same form: each is handed over once per look-up.
    const round = ++this.round;
    const { seen } = this;
    const once = (id: number) => {
      if (seen[id] === round) return;
      seen[id] = round;
      visit(id);
    };
    this.scan(this.deletionTable, this.deletionStarts, hashWithout(probe, -1), once);
    for (let i = 0; i < probe.length; i++) {
      const hash = hashWithout(probe, i);
      this.scan(this.formTable, this.formStarts, hash, once);
      this.scan(this.deletionTable, this.deletionStarts, hash, once);
    }
  }
}
