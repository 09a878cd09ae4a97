import type { Entity } from '../model/entity.js';
import type { NameKind } from '../model/name.js';
import { consonantSkeleton } from '../normalize/consonantSkeleton.js';
import { fnv1a } from '../normalize/fnv1a.js';
import type { NameToken } from '../normalize/normalizeName.js';
import { RecentCache } from '../normalize/recentCache.js';
import { RecentMemory } from '../normalize/recentMemory.js';
import { StringFilter } from '../normalize/stringFilter.js';
import { buildNameIndexParts, type NameIndexParts, StringTable } from './buildNameIndex.js';
import { minimumEvidence } from './evidence.js';
import { type GroupedIds, groupIds } from './groupedIds.js';
import {
  MIDDLE,
  NAME_COUNTS,
  NAME_ENTITY,
  NAME_HEADER,
  NAME_KINDS,
  NAME_META,
  NAME_ORDINAL,
  PATRONYMIC,
  ROLE_CODES,
  TOKEN_FIELDS,
  TOKEN_KEY,
  TOKEN_META,
  TOKEN_TEXT,
  WEAK_ALIAS_KIND,
} from './packedNames.js';
import { unpackText } from './packedTexts.js';
import { SpellingForms, sharedForms } from './spellingForms.js';
import { buildTextTable, isStrings, sharedWords, type WordTable, wordTable } from './textTable.js';
import { allowedEdits, isFuzzyKey, LOOKUP_CACHE_LIMIT, type TokenFacts } from './tokenMatch.js';

/** Where a token stands in a person's name: middle names weigh less when missing. */
export type TokenPosition = 'edge' | 'middle';

/** One token of a list name, read back from the index (for explanations). */
export interface IndexedToken {
  id: number;
  text: string;
  role: NameToken['role'];
  position: TokenPosition;
  patronymic: boolean;
}

/** One list name read back from the index as an object (for explanations; scoring reads the packed records). */
export interface IndexedName {
  entityIndex: number;
  kind: NameKind;
  script: string;
  tokens: IndexedToken[];
}

/** A word table's id (see WordTable), undefined for its −1, none. */
const found = (id: number): number | undefined => (id < 0 ? undefined : id);

/** The typed arrays the index and a batch run's shared data are made of. */
export type ShareableArray = Int32Array | Uint32Array | Float32Array | Float64Array | Uint8Array | Uint16Array;

/**
 * A typed array in shared memory (a SharedArrayBuffer), for worker threads to read without a copy each: the array
 * itself when it already is, else a copy.
 */
export function inSharedMemory<T extends ShareableArray>(array: T): T {
  if (array.buffer instanceof SharedArrayBuffer) return array;
  const Kind = array.constructor as new (buffer: SharedArrayBuffer) => T;
  const copy = new Kind(new SharedArrayBuffer(array.byteLength));
  (copy as unknown as { set(a: T): void }).set(array);
  return copy;
}

/** `value` with every typed array in it, at any depth of plain objects, copied into shared memory. */
function withSharedArrays<T>(value: T): T {
  if (ArrayBuffer.isView(value)) return inSharedMemory(value as unknown as ShareableArray) as T;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) copy[key] = withSharedArrays(field);
  return copy as T;
}

/**
 * The same parts laid out for worker threads: the word tables as TextTables and every typed array in shared
 * memory (the parts themselves when they already are). Worker threads read the words from that one copy, so the
 * tables are laid out only here, not when an index is built to screen in its own thread.
 */
export function sharedParts(p: NameIndexParts): NameIndexParts {
  if (p.names.buffer instanceof SharedArrayBuffer && !Array.isArray(p.keys)) return p;
  return withSharedArrays({
    ...p,
    keys: sharedWords(p.keys),
    texts: sharedWords(p.texts),
    stems: sharedWords(p.stems),
    sounds: sharedWords(p.sounds),
    forms: sharedForms(p.forms),
  });
}

/**
 * The precomputed screening index: every list name normalized and tokenized once into packed records (see
 * packedNames.ts), token keys interned, token rarity (how many entities carry each key), posting lists from key
 * to names, and neighbour tables for typos (one-deletion variants) and sound-alikes (phonetic keys). Built once
 * per screener; `screen()` only reads it, apart from its caches of recent look-ups. Made of typed arrays, the
 * word tables included ({@link NameIndexParts}, TextTable), so one copy in shared memory serves every worker
 * thread, and a worker holds no table of strings, nor a Map over one, on its own heap.
 */
export class NameIndex {
  readonly parts: NameIndexParts;
  readonly scripts: readonly string[];
  readonly nameCount: number;
  readonly names: Int32Array;
  /** The same memory as {@link names}, read as float32 (the token weights). */
  readonly nameFloats: Float32Array;
  readonly nameOffset: Int32Array;
  readonly nameSignature: Uint32Array;
  /** The names carrying each key, persons first (see NameIndexParts.postingData). */
  readonly postingData: Int32Array;
  readonly postingOffsets: Int32Array;
  /** Where each key's postings of names that are not persons' start (see NameIndexParts.postingData). */
  readonly postingPersonEnd: Int32Array;
  /** The weight each posting's name gives its key (see NameIndexParts.postingWeights). */
  readonly postingWeights: Float32Array;
  readonly weights: Float32Array;
  readonly forms: SpellingForms;
  readonly entityCount: number;
  /** The matched distinctive weight a name needs to alert on its own in lists of this size (see evidence.ts). */
  readonly minEvidence: number;
  /** Remembered word look-ups (see tokenFacts); a bounded cache, never state that changes results. */
  readonly lookups = new RecentMemory<TokenFacts>(LOOKUP_CACHE_LIMIT);
  /**
   * The look-ups of the words met most recently, answered from fast memory (see RecentCache): 16,384 words for a
   * list, 256 for the one-entity index compareNames builds on every call.
   */
  readonly recentLookups: RecentCache<TokenFacts>;
  private readonly keys: WordTable;
  private readonly texts: WordTable;
  private readonly stems: WordTable;
  private readonly sounds: WordTable;
  private readonly known: { keys: StringFilter; texts: StringFilter; sounds: StringFilter };
  /** The keys by consonant skeleton (see keysWithSkeleton), made when first asked for. */
  private skeletons: { table: WordTable; keys: GroupedIds } | undefined;

  constructor(parts: NameIndexParts) {
    this.parts = parts;
    this.keys = wordTable(parts.keys);
    this.texts = wordTable(parts.texts);
    this.scripts = parts.scripts;
    this.stems = wordTable(parts.stems);
    this.sounds = wordTable(parts.sounds);
    this.names = parts.names;
    this.nameFloats = new Float32Array(parts.names.buffer, parts.names.byteOffset, parts.names.length);
    this.nameOffset = parts.nameOffset;
    this.nameCount = parts.nameOffset.length - 1;
    this.recentLookups = new RecentCache<TokenFacts>(this.nameCount < 1024 ? 8 : 14);
    this.nameSignature = parts.nameSignature;
    this.postingData = parts.postingData;
    this.postingOffsets = parts.postingOffsets;
    this.postingPersonEnd = parts.postingPersonEnd;
    this.postingWeights = parts.postingWeights;
    this.weights = parts.weights;
    this.forms = new SpellingForms(parts.forms);
    this.entityCount = parts.entityCount;
    this.minEvidence = parts.uniformWeights ? 0 : minimumEvidence(parts.entityCount);
    this.known = {
      keys: new StringFilter(parts.knownKeys),
      texts: new StringFilter(parts.knownTexts),
      sounds: new StringFilter(parts.knownSounds),
    };
  }

  /**
   * Builds the index of every name of `entities`.
   *
   * @param uniformWeights give every key the same weight (for comparing two names with no list to learn
   *   rarity from, as `compareNames` does).
   */
  static build(entities: readonly Entity[], uniformWeights = false): NameIndex {
    return new NameIndex(buildNameIndexParts(entities, uniformWeights));
  }

  /**
   * This index's parts with every typed array in shared memory: post them to worker threads, and each builds its
   * own NameIndex on the same arrays (only the few script codes and the look-up caches are per thread). Copies
   * the arrays unless they are in shared memory already.
   */
  share(): NameIndexParts {
    return sharedParts(this.parts);
  }

  /**
   * False when the key at position `at` of the sound-alike lists (see soundList) can be neither a typo nor a
   * sound-alike of `key` (see compareKeys), judged from the two keys' lengths and first letters alone, without
   * reading the listed key.
   */
  mayResemble(key: string, at: number): boolean {
    const shape = this.parts.soundShapes[at]!;
    const length = shape & 0xff;
    const shorter = Math.min(key.length, length);
    if (shorter < 5) return false;
    if (key.charCodeAt(0) === shape >>> 8) return true;
    // As editDistance reads them: at most the first 64 letters.
    return Math.abs(Math.min(key.length, 64) - Math.min(length, 64)) <= allowedEdits(shorter);
  }

  /** The id of key `key`, if a list name carries it. */
  keyIdOf(key: string): number | undefined {
    const hash = fnv1a(key);
    return this.known.keys.mayHaveHash(hash) ? found(this.keys.idOfHash(hash, key)) : undefined;
  }

  /** Key `id` (decoded from the shared table each time it is asked for). */
  keyOf(id: number): string {
    return this.keys.textOf(id);
  }

  /** The id of word `text` as a list name writes it, if one does. */
  textIdOf(text: string): number | undefined {
    const hash = fnv1a(text);
    return this.known.texts.mayHaveHash(hash) ? found(this.texts.idOfHash(hash, text)) : undefined;
  }

  /**
   * Word `id` as list names write it (see textIdOf), decoded each time it is asked for. Not {@link textOf}, which
   * gives a whole list name.
   */
  wordOf(id: number): string {
    return this.texts.textOf(id);
  }

  /** The id of patronymic stem `stem` (see patronymicStem), if a listed patronymic has it. */
  stemIdOf(stem: string): number | undefined {
    return found(this.stems.idOf(stem));
  }

  /**
   * Which of the sound-alike lists holds the keys that sound like `sound` (a phonetic key), −1 when none: its keys
   * are those at positions {@link soundListStart}(s) up to {@link soundListStart}(s + 1) (see soundKeyAt).
   */
  soundList(sound: string): number {
    const hash = fnv1a(sound);
    return this.known.sounds.mayHaveHash(hash) ? this.sounds.idOfHash(hash, sound) : -1;
  }

  /** Where sound-alike list `s` starts among the lists' keys (see soundList); list `s + 1` starts where it ends. */
  soundListStart(s: number): number {
    return this.parts.soundStart[s]!;
  }

  /** The key id at position `at` of the sound-alike lists (see soundList). */
  soundKeyAt(at: number): number {
    return this.parts.soundKeys[at]!;
  }

  /**
   * The keys whose consonant skeleton (see consonantSkeleton) is `skeleton`, in key order: the listed words a name
   * written in Arabic script may stand for. The table is made on the first call, from every key that is a word
   * (numbers and codes are not), so that only an index screening Arabic-script names spends the time and memory on
   * it. It is laid out as the sound-alike lists are: the skeletons in a word table, the keys of each in one typed
   * array. Made as a Map of an array a skeleton (40,000 for the OFAC list), at the speed bench's first name in Arabic
   * script, in its warm-up, it was all copied by the next minor garbage collection, in the first pass: 7 to 13 ms and
   * 4.6 MB promoted, against 4.5 ms and 1.3 MB laid out so.
   */
  keysWithSkeleton(skeleton: string): Int32Array | undefined {
    this.skeletons ??= this.skeletonTable();
    const s = this.skeletons.table.idOf(skeleton);
    if (s < 0) return undefined;
    const { start, members } = this.skeletons.keys;
    return members.subarray(start[s], start[s + 1]);
  }

  private skeletonTable(): { table: WordTable; keys: GroupedIds } {
    const keyCount = this.postingOffsets.length - 1;
    const skeletons = new StringTable();
    const skeletonOf = new Int32Array(keyCount).fill(-1);
    for (let id = 0; id < keyCount; id++) {
      const key = this.keyOf(id);
      if (isFuzzyKey(key)) skeletonOf[id] = skeletons.intern(consonantSkeleton(key));
    }
    const { values } = skeletons;
    // Laid out as the index's own word tables are (strings in the thread that built the index, packed in a worker's),
    // so that their shared look-up code meets one kind of table: a packed table beside string ones threw V8's code for
    // it away in the speed bench's first pass.
    const table = wordTable(isStrings(this.parts.keys) ? values : buildTextTable(values));
    return { table, keys: groupIds(skeletonOf, values.length) };
  }

  /** How many names carry key `id`. */
  postingCount(id: number): number {
    return this.postingOffsets[id + 1]! - this.postingOffsets[id]!;
  }

  /** The weight of a key the lists have never seen: as distinctive as a key can be. */
  get unknownWeight(): number {
    return 1;
  }

  /** Weight of a key id, by rarity in the loaded lists. */
  weightOf(id: number | undefined): number {
    return id === undefined ? this.unknownWeight : (this.weights[id] ?? this.unknownWeight);
  }

  /**
   * The id of the key that two words written together make (SIEMENS AG → "siemensag"), if a list carries it.
   * Most adjacent query words make no list key; a bit filter answers those without building the joined string,
   * and the key table the rest, both from one hash of the pair.
   */
  joinedKeyId(a: string, b: string): number | undefined {
    const hash = fnv1a(a, b);
    return this.known.keys.mayHaveHash(hash) ? found(this.keys.idOfHash(hash, a, b)) : undefined;
  }

  /** The entity (its position in the entities indexed) that list name `n` belongs to. */
  entityOf(n: number): number {
    return this.names[this.nameOffset[n]! + NAME_ENTITY]!;
  }

  /** The position of list name `n` among its entity's `names`. */
  ordinalOf(n: number): number {
    return this.names[this.nameOffset[n]! + NAME_ORDINAL]!;
  }

  /** List name `n` as the list writes it. */
  textOf(n: number): string {
    return unpackText(this.parts.nameTexts, n);
  }

  /** Whether list name `n` is a weak alias (a.k.a. that alone never alerts). */
  isWeakAlias(n: number): boolean {
    return (this.names[this.nameOffset[n]! + NAME_META]! & 0xff) === WEAK_ALIAS_KIND;
  }

  /** List name `n` read back as an object, with its tokens (for explanations). */
  view(n: number): IndexedName {
    const o = this.nameOffset[n]!;
    const count = this.names[o + NAME_COUNTS]! & 0xffff;
    const tokens: IndexedToken[] = [];
    for (let t = o + NAME_HEADER; t < o + NAME_HEADER + count * TOKEN_FIELDS; t += TOKEN_FIELDS) {
      const meta = this.names[t + TOKEN_META]!;
      const flags = (meta >>> 8) & 0xff;
      tokens.push({
        id: this.names[t + TOKEN_KEY]!,
        text: this.wordOf(this.names[t + TOKEN_TEXT]!),
        role: ROLE_CODES[meta & 0xff]!,
        position: flags & MIDDLE ? 'middle' : 'edge',
        patronymic: (flags & PATRONYMIC) !== 0,
      });
    }
    const meta = this.names[o + NAME_META]!;
    return {
      entityIndex: this.names[o + NAME_ENTITY]!,
      kind: NAME_KINDS[meta & 0xff]!,
      script: this.scripts[meta >>> 8]!,
      tokens,
    };
  }
}
