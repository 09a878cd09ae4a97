import { fnv1a } from '../normalize/fnv1a.js';
import { type PackedTexts, packTexts, unpackText } from './packedTexts.js';

/**
 * A table of distinct texts with their ids, made of typed arrays only: the texts packed as UTF-8 (see
 * PackedTexts), and an open-addressing hash table from each text to its id. It does what a `Map<string, number>`
 * and a `string[]` do together, but lives in shared memory: every worker thread of a batch run looks words up in
 * one copy, instead of parsing a hundred thousand strings and building a Map over them on its own heap.
 */
export interface TextTableParts {
  texts: PackedTexts;
  /** Slot `s` holds a text's hash at `2s` and its id + 1 at `2s + 1`; 0 marks a free slot. */
  slots: Int32Array;
}

const NOT_ASCII = -2;

// At most this share of the slots is used, so a look-up probes one or two slots.
const MAX_LOAD = 0.5;

/**
 * Lays `texts` out as a {@link TextTableParts}: text `i` gets id `i`.
 *
 * @throws RangeError when a text occurs twice (ids would be ambiguous).
 */
export function buildTextTable(texts: readonly string[]): TextTableParts {
  return { texts: packTexts(texts), slots: hashSlots(texts) };
}

/**
 * The hash table of {@link TextTableParts.slots} over `texts`: text `i` gets id `i`.
 *
 * @throws RangeError when a text occurs twice (ids would be ambiguous).
 */
function hashSlots(texts: readonly string[]): Int32Array {
  let bits = 4;
  while (2 ** bits * MAX_LOAD < texts.length) bits++;
  const slots = new Int32Array(2 ** (bits + 1));
  const mask = 2 ** bits - 1;
  for (let id = 0; id < texts.length; id++) {
    const text = texts[id]!;
    const hash = fnv1a(text);
    let slot = hash >>> (32 - bits);
    for (; slots[2 * slot + 1] !== 0; slot = (slot + 1) & mask) {
      if (slots[2 * slot] === hash && texts[slots[2 * slot + 1]! - 1] === text) {
        throw new RangeError(`buildTextTable: "${text}" occurs twice`);
      }
    }
    slots[2 * slot] = hash;
    slots[2 * slot + 1] = id + 1;
  }
  return slots;
}

/** A table of distinct words by id: a {@link TextTable}, or strings with a hash table over them. */
export interface WordTable {
  /** How many words the table holds (ids are 0 up to size − 1). */
  readonly size: number;
  /** The id of `text + more`, −1 when the table does not hold it. */
  idOf(text: string, more?: string): number;
  /** {@link idOf} for a text whose hash (see fnv1a) the caller already has. */
  idOfHash(hash: number, text: string, more?: string): number;
  /** Word `id`. */
  textOf(id: number): string;
}

/**
 * The look-up both kinds of word table share: an open-addressing table from each word's hash to its id (see
 * TextTableParts.slots), so that a look-up hashes its word once, for a filter and the table alike, and builds no
 * string: the joined words of a query pair (SIEMENS AG) are looked up as they are, not joined.
 */
abstract class HashedWords implements WordTable {
  private readonly shift: number;
  private readonly mask: number;

  constructor(
    /** How many words the table holds (ids are 0 up to size − 1). */
    readonly size: number,
    private readonly slots: Int32Array,
  ) {
    const slotCount = slots.length / 2;
    this.shift = 32 - Math.log2(slotCount);
    this.mask = slotCount - 1;
  }

  /** The id of `text` (or of `text + more`, without building it), −1 when the table does not hold it. */
  idOf(text: string, more = ''): number {
    return this.idOfHash(fnv1a(text, more), text, more);
  }

  /** {@link idOf} for a text whose hash (see fnv1a) the caller already has. */
  idOfHash(hash: number, text: string, more = ''): number {
    const { slots, mask } = this;
    for (let slot = hash >>> this.shift; ; slot = (slot + 1) & mask) {
      const id = slots[2 * slot + 1]! - 1;
      if (id < 0) return -1;
      if (slots[2 * slot] === hash && this.holds(id, text, more)) return id;
    }
  }

  abstract textOf(id: number): string;

  /** Whether word `id` is `text + more`. */
  protected abstract holds(id: number, text: string, more: string): boolean;
}

/**
 * Reads a {@link TextTableParts}: the id of a text, and the text of an id. Look-ups compare the stored bytes
 * with the text asked for, so no string is made for a look-up; only {@link textOf} decodes one.
 */
export class TextTable extends HashedWords {
  private readonly bytes: Uint8Array;
  private readonly offsets: Int32Array;

  constructor(readonly parts: TextTableParts) {
    super(parts.texts.offsets.length - 1, parts.slots);
    this.bytes = parts.texts.bytes;
    this.offsets = parts.texts.offsets;
  }

  /** Text `id` (decoded from UTF-8 each time it is asked for). */
  textOf(id: number): string {
    return unpackText(this.parts.texts, id);
  }

  /** Whether text `id` is `text + more`: byte by byte while both are ASCII, else by decoding it. */
  protected holds(id: number, text: string, more: string): boolean {
    const start = this.offsets[id]!;
    const end = this.offsets[id + 1]!;
    if (end - start < text.length + more.length) return false;
    const at = this.matchAscii(text, start);
    const last = at < 0 ? at : this.matchAscii(more, at);
    if (last === NOT_ASCII) return this.textOf(id) === text + more;
    return last === end;
  }

  /**
   * Where the bytes after `at` stop matching `part`: the position after it when they all match, −1 when they do
   * not, {@link NOT_ASCII} when `part` holds a character outside ASCII (its bytes are not its code units).
   */
  private matchAscii(part: string, at: number): number {
    const { bytes } = this;
    for (let i = 0; i < part.length; i++) {
      const c = part.charCodeAt(i);
      if (c >= 0x80) return NOT_ASCII;
      if (bytes[at + i] !== c) return -1;
    }
    return at + part.length;
  }
}

/**
 * The words of a table as the index builder interns them (strings, by id), or laid out for worker threads
 * (see {@link TextTableParts}).
 */
export type WordTableParts = readonly string[] | TextTableParts;

/**
 * Words as strings, the table of an index built and screened in one thread. Looked up through a hash table of
 * their own rather than a Map: a Map look-up of two words joined (each adjacent pair of a query, 1.2 of which a
 * bench name joins into a listed key) first builds the joined string, then flattens and hashes it, 3% of a
 * screening's time.
 */
class StringWords extends HashedWords {
  constructor(private readonly words: readonly string[]) {
    super(words.length, hashSlots(words));
  }

  textOf(id: number): string {
    return this.words[id]!;
  }

  protected holds(id: number, text: string, more: string): boolean {
    const word = this.words[id]!;
    return word.length === text.length + more.length && word.startsWith(text) && word.endsWith(more);
  }
}

/** Reads a table's words: strings (see StringWords), or a shared {@link TextTable}. */
export function wordTable(parts: WordTableParts): WordTable {
  return isStrings(parts) ? new StringWords(parts) : new TextTable(parts);
}

/** The words laid out for worker threads (see {@link buildTextTable}): the parts themselves when they already are. */
export function sharedWords(parts: WordTableParts): TextTableParts {
  return isStrings(parts) ? buildTextTable(parts) : parts;
}

/** Whether the words are the builder's strings, not laid out for worker threads (see {@link WordTableParts}). */
export function isStrings(parts: WordTableParts): parts is readonly string[] {
  return Array.isArray(parts);
}
