import type { Entity } from '../model/entity.js';
import { patronymicPositions, patronymicStem } from '../normalize/isPatronymic.js';
import { type NameToken, normalizeName } from '../normalize/normalizeName.js';
import { phoneticKey } from '../normalize/phoneticKey.js';
import { isTermKey } from '../normalize/phrases.js';
import { StringFilter } from '../normalize/stringFilter.js';
import { groupIds } from './groupedIds.js';
import {
  Int32Column,
  joinable,
  keySignature,
  MERGED_FIELDS,
  MERGED_FIRST,
  MERGED_KEY,
  MIDDLE,
  NAME_COUNTS,
  NAME_HEADER,
  NAME_KINDS,
  PATRONYMIC,
  ROLE_CODES,
  SINGLE_LETTER,
  TERM,
  TOKEN_FIELDS,
  TOKEN_KEY,
  TOKEN_WEIGHT,
} from './packedNames.js';
import { type PackedTexts, packTexts } from './packedTexts.js';
import { SpellingFormsBuilder, type SpellingFormsParts } from './spellingForms.js';
import type { WordTableParts } from './textTable.js';
import { isFuzzyKey } from './tokenMatch.js';
import { recordTokenWeight } from './weights.js';

/**
 * Everything a NameIndex is made of: typed arrays and word tables. As built the word tables are strings (for an
 * index screened in the same thread, which hashes them itself: see wordTable); laid out for worker threads (see
 * sharedParts) every part is a typed array that goes to shared memory, the word tables as TextTables, and only the
 * few script codes are strings. Built once from the entities by {@link buildNameIndexParts}.
 */
export interface NameIndexParts {
  entityCount: number;
  /** Every key weighs the same (for comparing two names with no list to learn rarity from). */
  uniformWeights: boolean;
  /** Comparison keys, by id. */
  keys: WordTableParts;
  /** Words as written in list names (and phrases such as "limited sirketi"), by id. */
  texts: WordTableParts;
  /** ISO 15924 scripts of the list names, by code. */
  scripts: string[];
  /** Patronymic stems (see patronymicStem), by id. */
  stems: WordTableParts;
  /** Each list name as the list writes it, by name (read with unpackText: used for explanations only). */
  nameTexts: PackedTexts;
  /** Every list name as one record (see packedNames.ts): name `n` starts at `nameOffset[n]`. */
  names: Int32Array;
  nameOffset: Int32Array;
  /** One bit per token key of each name (see keySignature). */
  nameSignature: Uint32Array;
  /**
   * Names carrying each key: key `id` owns `postingData[postingOffsets[id]]` up to `postingOffsets[id + 1]`, the
   * names of persons first, up to `postingPersonEnd[id]`, then the others, each part in name order. A query read as
   * a person's name looks for persons, read as an organisation's for the others: each reading walks its part only.
   */
  postingData: Int32Array;
  postingOffsets: Int32Array;
  postingPersonEnd: Int32Array;
  /**
   * Beside each posting, the weight its name gives the key in its name score (see listTokenWeight): its token's
   * with the key, or its two tokens' written together as the key ("abdulrahman" for ABDUL RAHMAN), the heavier
   * if the name carries the key twice.
   */
  postingWeights: Float32Array;
  /** Rarity weight (0–1] of each key. */
  weights: Float32Array;
  forms: SpellingFormsParts;
  /** Phonetic keys, and the keys that sound so: `soundKeys[soundStart[s]]` up to `soundStart[s + 1]`. */
  sounds: WordTableParts;
  soundStart: Int32Array;
  soundKeys: Int32Array;
  /**
   * Beside each of {@link soundKeys}, its key's length (capped at 255) | first letter << 8: the keys of a sound are
   * sifted by these (see NameIndex.mayResemble) without reading each in a table by key id.
   */
  soundShapes: Uint32Array;
  /** Bloom filter bits (see StringFilter) of the keys, the written words and the phonetic keys. */
  knownKeys: Uint32Array;
  knownTexts: Uint32Array;
  knownSounds: Uint32Array;
}

/** Weight of a key carried by `df` of `entityCount` entities: rare keys weigh most, none less than 0.05. */
function rarityWeight(df: number, entityCount: number): number {
  const logN = Math.log(Math.max(2, entityCount) + 1);
  return Math.max(0.05, Math.log((entityCount + 1) / Math.max(1, df)) / logN);
}

// The patronymic positions of a name that is no person's.
const NO_POSITIONS: ReadonlySet<number> = new Set();

/** Interns strings in order of first appearance: the first gets id 0, and `values[id]` gives each back. */
export class StringTable {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();
  /** The id of `value`, given it now if it has none yet. */
  intern(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }
}

/**
 * Normalizes and tokenizes every name of every entity once and lays the index out in typed arrays: the packed
 * name records, key rarity, posting lists from key to names, and the typo and sound-alike tables.
 *
 * @param uniformWeights give every key the same weight (as `compareNames` does, with no list to learn from).
 */
export function buildNameIndexParts(entities: readonly Entity[], uniformWeights = false): NameIndexParts {
  const keys = new StringTable();
  const texts = new StringTable();
  const scripts = new StringTable();
  const stems = new StringTable();
  const nameTexts: string[] = [];
  const forms = new SpellingFormsBuilder();
  const lastName: number[] = [];
  const lastEntity: number[] = [];
  const entityFreq: number[] = [];
  // Each look-up in a word table costs a cache miss or two, and a list repeats its words endlessly: what a
  // key's first sight records (its form, the id of the same text) spares the later sights their look-ups.
  const textOfKey: number[] = [];
  const formAdded: boolean[] = [];
  const intern = (key: string): number => {
    const id = keys.intern(key);
    if (id === entityFreq.length) {
      lastName.push(-1);
      lastEntity.push(-1);
      entityFreq.push(0);
      textOfKey.push(-1);
      formAdded.push(false);
    }
    return id;
  };
  /** {@link intern} for a token's key, which is also a written form of itself (a joined key is none). */
  const internTokenKey = (key: string): number => {
    const id = intern(key);
    if (!formAdded[id]) {
      forms.add(key, id);
      formAdded[id] = true;
    }
    return id;
  };
  const formKeyOfText: number[] = [];
  /** The text id of a token of key `keyId` written `text`, recording the text as a form of the key. */
  const internText = (text: string, key: string, keyId: number): number => {
    if (text === key && textOfKey[keyId]! >= 0) return textOfKey[keyId]!;
    const id = texts.intern(text);
    if (id === formKeyOfText.length) formKeyOfText.push(-1);
    if (text === key) textOfKey[keyId] = id;
    else if (formKeyOfText[id] !== keyId && !text.includes(' ')) {
      forms.add(text, keyId);
      formKeyOfText[id] = keyId;
    }
    return id;
  };
  // Flat (key, name) pairs, counted into one posting array at the end: tens of thousands of small arrays would
  // cost more memory than the postings themselves.
  const pairKeys = new Int32Column();
  const pairNames = new Int32Column();
  const post = (id: number, nameId: number, entityIndex: number) => {
    if (lastName[id] === nameId) return;
    lastName[id] = nameId;
    pairKeys.push(id);
    pairNames.push(nameId);
    if (lastEntity[id] !== entityIndex) {
      lastEntity[id] = entityIndex;
      entityFreq[id]!++;
    }
  };
  const records = new Int32Column();
  const offsets = new Int32Column();
  // Scratch for one name at a time: its indexed tokens and their key ids, and its name words' keys.
  const tokens: NameToken[] = [];
  const tokenKeys: number[] = [];
  const nameKeys: string[] = [];
  const personNames = new Int32Column();
  entities.forEach((entity, entityIndex) => {
    const isPerson = entity.schema === 'Person';
    const kind = isPerson ? 'person' : 'organization';
    entity.names.forEach((name, ordinal) => {
      // Not remembered by name: a list repeats few names, and holding every normalized name until the end made
      // the build a fifth slower (the collector copied them all out of the young generation).
      const normalized = normalizeName(name.full, { kind });
      const nameId = offsets.length;
      const o = records.length;
      offsets.push(o);
      personNames.push(isPerson ? 1 : 0);
      nameTexts.push(name.full);
      records.push(entityIndex);
      records.push(ordinal);
      records.push(NAME_KINDS.indexOf(name.kind) | (scripts.intern(normalized.script) << 8));
      records.push(0);
      nameKeys.length = 0;
      for (const token of normalized.tokens) if (token.role === 'name') nameKeys.push(token.key);
      const patronymics = isPerson ? patronymicPositions(nameKeys) : NO_POSITIONS;
      tokens.length = 0;
      tokenKeys.length = 0;
      let nameOrdinal = 0;
      for (const token of normalized.tokens) {
        if (token.role === 'stopWord' || token.role === 'honorific') continue;
        let flags = 0;
        if (token.role === 'name') {
          const inside = nameKeys.length >= 3 && nameOrdinal > 0 && nameOrdinal < nameKeys.length - 1;
          if (patronymics.has(nameOrdinal)) flags |= PATRONYMIC;
          if (isPerson && (inside || flags & PATRONYMIC)) flags |= MIDDLE;
          // In an organisation's name, a term is a word of the name only when all its words are terms (see classify).
          if (isTermKey(token.key)) flags |= TERM;
          nameOrdinal++;
        }
        if (token.text.length === 1) flags |= SINGLE_LETTER;
        const id = internTokenKey(token.key);
        records.push(id);
        records.push(internText(token.text, token.key, id));
        records.push(ROLE_CODES.indexOf(token.role) | (flags << 8) | (token.text.charCodeAt(0) << 16));
        records.push(flags & PATRONYMIC ? stems.intern(patronymicStem(token.key)) : -1);
        records.push(0); // the weight, once every key's rarity is known
        tokens.push(token);
        tokenKeys.push(id);
      }
      let merged = 0;
      for (let i = 0; i + 1 < tokens.length; i++) {
        if (!joinable(tokens[i]!, tokens[i + 1]!)) continue;
        records.push(intern(keys.values[tokenKeys[i]!]! + keys.values[tokenKeys[i + 1]!]!));
        records.push(i);
        merged++;
      }
      records.set(o + NAME_COUNTS, tokens.length | (merged << 16));
      for (const id of tokenKeys) post(id, nameId, entityIndex);
      const m0 = o + NAME_HEADER + tokens.length * TOKEN_FIELDS;
      for (let m = 0; m < merged; m++) post(records.get(m0 + m * MERGED_FIELDS + MERGED_KEY), nameId, entityIndex);
    });
  });
  const nameCount = offsets.length;
  offsets.push(records.length);
  const nameOffset = offsets.toArray();
  const names = records.toArray();
  const keyCount = keys.values.length;

  // The pairs as plain arrays: the loops below run once per build, mostly before V8 optimizes them, and a method
  // call per pair cost tens of milliseconds there.
  const pairKey = pairKeys.toArray();
  const pairName = pairNames.toArray();
  const personName = personNames.toArray();
  const postingOffsets = new Int32Array(keyCount + 1);
  const personCount = new Int32Array(keyCount);
  for (let k = 0; k < pairKey.length; k++) {
    const id = pairKey[k]!;
    postingOffsets[id + 1]!++;
    personCount[id]! += personName[pairName[k]!]!;
  }
  for (let id = 0; id < keyCount; id++) postingOffsets[id + 1]! += postingOffsets[id]!;
  const postingPersonEnd = postingOffsets.slice(0, keyCount);
  for (let id = 0; id < keyCount; id++) postingPersonEnd[id]! += personCount[id]!;
  const personFill = postingOffsets.slice(0, keyCount);
  const otherFill = postingPersonEnd.slice();
  const postingData = new Int32Array(pairKey.length);
  // Where each pair's posting went. Pairs arrive in name order, so each part of a key's names stays sorted.
  const postingOfPair = new Int32Array(pairKey.length);
  for (let k = 0; k < pairKey.length; k++) {
    const id = pairKey[k]!;
    const n = pairName[k]!;
    const at = personName[n] === 1 ? personFill[id]!++ : otherFill[id]!++;
    postingData[at] = n;
    postingOfPair[k] = at;
  }

  const weights = Float32Array.from(entityFreq, (df) => (uniformWeights ? 1 : rarityWeight(df, entities.length)));
  const nameFloats = new Float32Array(names.buffer, names.byteOffset, names.length);
  const nameSignature = new Uint32Array(nameCount);
  // Beside each posting, the weight its name gives the key (see NameIndexParts.postingWeights), once the name's
  // tokens have their weights. Pairs arrive in name order, each name's token keys, then its merged keys.
  const postingWeights = new Float32Array(pairKey.length);
  for (let n = 0, k = 0; n < nameCount; n++) {
    const t0 = nameOffset[n]! + NAME_HEADER;
    const counts = names[t0 - NAME_HEADER + NAME_COUNTS]!;
    const t1 = t0 + (counts & 0xffff) * TOKEN_FIELDS;
    const m1 = t1 + (counts >>> 16) * MERGED_FIELDS;
    for (let t = t0; t < t1; t += TOKEN_FIELDS) {
      nameFloats[t + TOKEN_WEIGHT] = weights[names[t + TOKEN_KEY]!]!;
      nameSignature[n]! |= keySignature(names[t + TOKEN_KEY]!);
    }
    for (; k < pairKey.length && pairName[k] === n; k++) {
      const id = pairKey[k]!;
      let weight = 0;
      for (let t = t0; t < t1; t += TOKEN_FIELDS) {
        if (names[t + TOKEN_KEY] === id) weight = Math.max(weight, recordTokenWeight(names, nameFloats, t));
      }
      for (let m = t1; m < m1; m += MERGED_FIELDS) {
        if (names[m + MERGED_KEY] !== id) continue;
        const t = t0 + names[m + MERGED_FIRST]! * TOKEN_FIELDS;
        const pair = recordTokenWeight(names, nameFloats, t) + recordTokenWeight(names, nameFloats, t + TOKEN_FIELDS);
        weight = Math.max(weight, pair);
      }
      postingWeights[postingOfPair[k]!] = weight;
    }
  }

  const knownKeys = new StringFilter();
  const knownSounds = new StringFilter(18);
  const sounds = new StringTable();
  const soundOf = new Int32Array(keyCount).fill(-1);
  for (let id = 0; id < keyCount; id++) {
    const key = keys.values[id]!;
    knownKeys.add(key);
    if (!isFuzzyKey(key) || key.length < 3) continue;
    const sound = phoneticKey(key);
    if (sound.length < 2) continue;
    soundOf[id] = sounds.intern(sound);
    knownSounds.add(sound);
  }
  // Keys of one sound side by side, in key order.
  const { start: soundStart, members: soundKeys } = groupIds(soundOf, sounds.values.length);
  const soundShapes = new Uint32Array(soundKeys.length);
  soundKeys.forEach((id, k) => {
    const key = keys.values[id]!;
    soundShapes[k] = Math.min(255, key.length) | (key.charCodeAt(0) << 8);
  });
  const knownTexts = new StringFilter();
  for (const text of texts.values) knownTexts.add(text);

  return {
    entityCount: entities.length,
    uniformWeights,
    keys: keys.values,
    texts: texts.values,
    scripts: scripts.values,
    stems: stems.values,
    nameTexts: packTexts(nameTexts),
    names,
    nameOffset,
    nameSignature,
    postingData,
    postingOffsets,
    postingPersonEnd,
    postingWeights,
    weights,
    forms: forms.build(isFuzzyKey),
    sounds: sounds.values,
    soundStart,
    soundKeys,
    soundShapes,
    knownKeys: knownKeys.bits,
    knownTexts: knownTexts.bits,
    knownSounds: knownSounds.bits,
  };
}
