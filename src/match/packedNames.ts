import type { NameKind } from '../model/name.js';
import type { TokenRole } from '../normalize/normalizeName.js';

/**
 * The layout of the index's name table. Every list name is one record in a single Int32Array: a header, then its
 * tokens, then its merged pairs, side by side. Scoring a candidate reads one or two cache lines instead of
 * chasing an object per token: on a server, fetching memory, not arithmetic, is what screening waits for.
 *
 * Header (NAME_HEADER ints): entity index, position in the entity's `names`, kind | script << 8,
 * token count | merged count << 16.
 * Token (TOKEN_FIELDS ints): key id, text id, role | flags << 8 | first letter << 16, patronymic stem id (−1:
 * none), the key's rarity weight as float32 bits.
 * Merged pair (MERGED_FIELDS ints): key id of the two tokens written together, position of the first token.
 */
export const NAME_ENTITY = 0;
export const NAME_ORDINAL = 1;
export const NAME_META = 2;
export const NAME_COUNTS = 3;
export const NAME_HEADER = 4;

export const TOKEN_KEY = 0;
export const TOKEN_TEXT = 1;
export const TOKEN_META = 2;
export const TOKEN_STEM = 3;
export const TOKEN_WEIGHT = 4;
export const TOKEN_FIELDS = 5;

export const MERGED_KEY = 0;
export const MERGED_FIRST = 1;
export const MERGED_FIELDS = 2;

/** Token flag: a middle name or patronymic of a person (weighs less when missing). */
export const MIDDLE = 1;
/** Token flag: a person's patronymic (VALERYEVICH): two different ones mean two different people. */
export const PATRONYMIC = 2;
/** Token flag: the word as written is a single letter (an initial). */
export const SINGLE_LETTER = 4;
/**
 * Token flag: a generic organisation term that is a word of the name, in a name made only of such terms
 * (PETROCHEMICAL in PETROCHEMICAL COMMERCIAL COMPANY): its key stands for every word of its term group, but another
 * of those words is another name (see Aligner.align).
 */
export const TERM = 8;

/** Token roles by code, as the index stores them. */
export const ROLE_CODES: readonly TokenRole[] = ['name', 'generic', 'legalForm', 'stopWord', 'honorific'];
/** The code of role `name` in {@link ROLE_CODES}. */
export const NAME_ROLE = 0;

/** Name kinds by code, as the index stores them. */
export const NAME_KINDS: readonly NameKind[] = ['primary', 'alias', 'weakAlias', 'formerName'];
/** The code of kind `weakAlias` in {@link NAME_KINDS}. */
export const WEAK_ALIAS_KIND = 2;

/**
 * Whether two adjacent words may also be read written together (ABDUL RAHMAN = ABDULRAHMAN, SIEMENS AG =
 * SIEMENSAG), and so are stored as a merged pair. Not single letters: "I T C" would otherwise meet every "TC"
 * and "IT".
 */
export function joinable(a: { role: string; text: string }, b: { role: string; text: string }): boolean {
  return a.role === 'name' && b.role !== 'stopWord' && a.text.length > 1 && b.text.length > 1;
}

/** The bit a key sets in a name's signature (see NameIndex.nameSignature). */
export function keySignature(keyId: number): number {
  return 1 << (keyId & 31);
}

/** A growable Int32 column, copied into an exact-size typed array when the index is complete. */
export class Int32Column {
  private data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  get(i: number): number {
    return this.data[i]!;
  }

  set(i: number, value: number): void {
    this.data[i] = value;
  }

  /** The values as an exact-size array over a buffer of its own. */
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}
