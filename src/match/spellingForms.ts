import { deletionHashes, wordHash } from '../normalize/deletionHashes.js';
import { phoneticKey } from '../normalize/phoneticKey.js';
import { type PackedTexts, packTexts, unpackText } from './packedTexts.js';

// No typo is allowed in a word of four letters or fewer (see allowedEdits), so shorter forms need no neighbourhood.
const MIN_TYPO_LENGTH = 5;

// Entries of the neighbourhood table: pairs of (hash, kind | form id + 1) in one Int32Array; 0 marks a free slot.
// Hashes are kept as signed 32-bit integers, which the engine holds without boxing them.
const FORM_KIND = 0;
const DELETION_KIND = 1;
const KIND_BIT = 2 ** 30;
const MAX_FORMS = 2 ** 30 - 2;
// At most this share of the table's slots is used, so a look-up probes one or two slots.
const MAX_LOAD = 0.6;

/** Everything a {@link SpellingForms} table is made of: typed arrays only, so it can live in shared memory. */
export interface SpellingFormsParts {
  /**
   * The forms by id, read by id only (typo candidates are found by hash): strings as built, packed (no table of
   * their own) when laid out for worker threads (see sharedForms).
   */
  forms: readonly string[] | PackedTexts;
  /** Key ids of form `f`: `formKeys[formKeyStart[f]]` up to `formKeyStart[f + 1]`. */
  formKeyStart: Int32Array;
  formKeys: Int32Array;
  /** Open addressing by the hash's top bits: slot `s` holds the hash at `2s` and kind | form id + 1 at `2s + 1`. */
  table: Int32Array;
}

const isPacked = (forms: SpellingFormsParts['forms']): forms is PackedTexts => !Array.isArray(forms);

/** The forms table laid out for worker threads: its forms packed (see SpellingFormsParts). */
export function sharedForms(parts: SpellingFormsParts): SpellingFormsParts {
  return isPacked(parts.forms) ? parts : { ...parts, forms: packTexts(parts.forms) };
}

/** Collects the written forms of the list's words while the index is built (see {@link SpellingForms}). */
export class SpellingFormsBuilder {
  private readonly forms: string[] = [];
  /** The first key of each form; a form of several keys (rare) keeps the others in {@link moreKeys}. */
  private readonly firstKey: number[] = [];
  private readonly moreKeys = new Map<number, number[]>();
  private readonly ids = new Map<string, number>();

  /** Records that `form` is a way of writing key `keyId`. */
  add(form: string, keyId: number): void {
    const id = this.ids.get(form);
    if (id === undefined) {
      this.ids.set(form, this.forms.length);
      this.forms.push(form);
      this.firstKey.push(keyId);
      return;
    }
    if (this.firstKey[id] === keyId) return;
    const more = this.moreKeys.get(id);
    if (more === undefined) this.moreKeys.set(id, [keyId]);
    else if (!more.includes(keyId)) more.push(keyId);
  }

  /** Builds the deletion neighbourhoods once every form is added. `fuzzy` says which forms may have typos. */
  build(fuzzy: (form: string) => boolean): SpellingFormsParts {
    const { forms, firstKey, moreKeys } = this;
    if (forms.length > MAX_FORMS) throw new RangeError(`too many distinct words to index (${forms.length})`);
    const formKeyStart = new Int32Array(forms.length + 1);
    for (let f = 0; f < forms.length; f++) formKeyStart[f + 1] = formKeyStart[f]! + 1 + (moreKeys.get(f)?.length ?? 0);
    const formKeys = new Int32Array(formKeyStart[forms.length]!);
    for (let f = 0; f < forms.length; f++) {
      formKeys[formKeyStart[f]!] = firstKey[f]!;
      formKeys.set(moreKeys.get(f) ?? [], formKeyStart[f]! + 1);
    }
    // Forms first, then deletions, each by form id: along one hash's probe sequence, entries then lie in the
    // order a look-up hands them over (the forms of a hash before its deletions, lower ids first).
    let entries = 0;
    for (const form of forms) {
      if (form.length >= MIN_TYPO_LENGTH - 1) entries++;
      if (form.length >= MIN_TYPO_LENGTH && fuzzy(form)) entries += form.length;
    }
    const hashes = new Int32Array(entries);
    const payloads = new Int32Array(entries);
    let e = 0;
    forms.forEach((form, id) => {
      if (form.length < MIN_TYPO_LENGTH - 1) return;
      hashes[e] = wordHash(form);
      payloads[e++] = FORM_KIND * KIND_BIT + id + 1;
    });
    let deletions = new Int32Array(32);
    forms.forEach((form, id) => {
      if (form.length < MIN_TYPO_LENGTH || !fuzzy(form)) return;
      deletions = deletionHashes(form, deletions);
      for (let i = 0; i < form.length; i++) {
        hashes[e] = deletions[i + 1]!;
        payloads[e++] = DELETION_KIND * KIND_BIT + id + 1;
      }
    });
    let bits = 4;
    while (2 ** bits * MAX_LOAD < entries) bits++;
    const table = new Int32Array(2 ** (bits + 1));
    const mask = 2 ** bits - 1;
    for (let k = 0; k < entries; k++) {
      const hash = hashes[k]!;
      let slot = hash >>> (32 - bits);
      while (table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      table[2 * slot] = hash;
      table[2 * slot + 1] = payloads[k]!;
    }
    return { forms, formKeyStart, formKeys, table };
  }
}

/**
 * The written forms of the list's words, for typo look-up: each key (YEVGENIY and EVGENY share the key
 * "evgeni") and each word as written ("yevgeniy", "evgeny"), every form pointing to the keys it stands for.
 * Typos happen on the written word, so "HOSSFIN" must meet the written "hossein" even though that word's key
 * is the canonical "husain". One-deletion neighbourhoods (SymSpell) make the look-up a few probes of one hash
 * table: each form, and each of its one-letter deletions, is kept as its hash with the form's id, eight bytes an
 * entry instead of a string and an array each (a hash collision only adds a candidate, which the caller
 * verifies by edit distance). A probe of cold memory costs more than any arithmetic here, so a look-up touches
 * one slot, and its neighbours in the same cache line, per hash.
 */
export class SpellingForms {
  /** How many forms the table holds (ids are 0 up to formCount − 1). */
  readonly formCount: number;
  /** Form `id` as written (from shared memory, decoded each time: decode it once per use). */
  readonly formOf: (id: number) => string;
  private readonly formKeyStart: Int32Array;
  /** The key ids of every form, form by form (see {@link keyStart}). */
  private readonly formKeys: Int32Array;
  private readonly table: Int32Array;
  private readonly shift: number;
  private readonly mask: number;
  private readonly seen: Uint32Array;
  private round = 0;
  /** The hashes of one look-up (see {@link neighbours}), grown to the longest probe. */
  private hashes = new Int32Array(32);
  /** The forms the last look-up found (see {@link neighbours}), grown as needed. */
  private foundForms = new Int32Array(64);
  /**
   * Phonetic keys of the forms, computed when first asked for: it holds a slot per form, but a string only for
   * the forms met as typo candidates, not one per form as the forms themselves once were.
   */
  private readonly sounds: Array<string | undefined>;

  constructor(parts: SpellingFormsParts) {
    const { forms } = parts;
    if (isPacked(forms)) {
      this.formCount = forms.offsets.length - 1;
      this.formOf = (id) => unpackText(forms, id);
    } else {
      this.formCount = forms.length;
      this.formOf = (id) => forms[id]!;
    }
    this.formKeyStart = parts.formKeyStart;
    this.formKeys = parts.formKeys;
    this.table = parts.table;
    const slots = parts.table.length / 2;
    this.shift = 32 - Math.log2(slots);
    this.mask = slots - 1;
    this.seen = new Uint32Array(this.formCount);
    this.sounds = new Array<string | undefined>(this.formCount).fill(undefined);
  }

  /** The ids of the forms the last {@link neighbours} look-up found: the first of them, as many as it returned. */
  get found(): Int32Array {
    return this.foundForms;
  }

  /** Where form `id`'s key ids start in {@link formKeys} (they end where form `id + 1`'s start). */
  keyStart(id: number): number {
    return this.formKeyStart[id]!;
  }

  /** The key id at position `at` of {@link formKeys} (see {@link keyStart}). */
  keyAt(at: number): number {
    return this.formKeys[at]!;
  }

  /**
   * The phonetic key of form `id` (see phoneticKey), remembered.
   *
   * @param form the form's text, when the caller has already decoded it (see {@link formOf}).
   */
  soundOf(id: number, form?: string): string {
    let sound = this.sounds[id];
    if (sound === undefined) {
      sound = phoneticKey(form ?? this.formOf(id));
      this.sounds[id] = sound;
    }
    return sound;
  }

  /**
   * Every form within one deletion of `probe` on either side (so one insertion, deletion or substitution,
   * and adjacent transpositions), each once, to be verified by the caller with a real edit distance: their ids are
   * the first of {@link found}, and this returns how many; the next look-up refills it.
   */
  neighbours(probe: string): number {
    if (probe.length < MIN_TYPO_LENGTH) return 0;
    // The probe's own hash (forms one letter longer: the probe is one of their deletions), then the hash of each
    // of its deletions (forms one letter shorter, and forms sharing a deletion with it).
    const count = probe.length + 1;
    this.hashes = deletionHashes(probe, this.hashes);
    const { hashes, table, shift, mask, seen } = this;
    // Each hash's first slot is a read of cold memory: they are all read first, in a loop with nothing else in
    // it, so that the processor waits for them together instead of once per scan (cold look-ups of the speed
    // bench's words: 1.9 instead of 2.4 µs a probe). When every one of those slots is free, nothing is stored
    // under any of the hashes.
    let occupied = 0;
    for (let k = 0; k < count; k++) occupied |= table[2 * (hashes[k]! >>> shift) + 1]!;
    if (occupied === 0) return 0;
    // Several deletion paths lead to the same form: each is handed over once per look-up.
    if (this.round === 0xffffffff) {
      seen.fill(0);
      this.round = 0;
    }
    const round = ++this.round;
    let found = 0;
    // One loop, no callback: it runs for every new word a screening meets, and V8 optimizes a loop that does its
    // work in place sooner than one that calls a closure made for each look-up.
    for (let k = 0; k < count; k++) {
      const hash = hashes[k]!;
      for (let slot = hash >>> shift; ; slot = (slot + 1) & mask) {
        const payload = table[2 * slot + 1]!;
        if (payload === 0) break;
        if (table[2 * slot] !== hash) continue;
        // The probe's own hash is a deletion of longer forms only; a deletion's hash is also a shorter form.
        let id: number;
        if (payload >= KIND_BIT) id = payload - KIND_BIT - 1;
        else if (k > 0) id = payload - 1;
        else continue;
        if (seen[id] === round) continue;
        seen[id] = round;
        if (found === this.foundForms.length) {
          const grown = new Int32Array(found * 2);
          grown.set(this.foundForms);
          this.foundForms = grown;
        }
        this.foundForms[found++] = id;
      }
    }
    return found;
  }
}
