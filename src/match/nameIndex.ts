import type { Entity, EntitySchemaName } from '../model/entity.js';
import type { Name, NameKind } from '../model/name.js';
import { patronymicPositions, patronymicStem } from '../normalize/isPatronymic.js';
import { type NameToken, type NormalizedName, normalizeName, phoneticKey } from '../normalize/normalizeName.js';
import { RecentCache } from '../normalize/recentCache.js';
import { minimumEvidence } from './evidence.js';
import {
  Int32Column,
  keySignature,
  MERGED_FIELDS,
  MERGED_KEY,
  MIDDLE,
  NAME_COUNTS,
  NAME_ENTITY,
  NAME_HEADER,
  NAME_META,
  NAME_ORDINAL,
  PATRONYMIC,
  SINGLE_LETTER,
  TOKEN_FIELDS,
  TOKEN_KEY,
  TOKEN_META,
  TOKEN_TEXT,
  TOKEN_WEIGHT,
} from './packedNames.js';
import { SpellingForms } from './spellingForms.js';
import { StringFilter } from './stringFilter.js';
import { allowedEdits, isFuzzyKey, type TokenFacts } from './tokenMatch.js';

/**
 * Whether two adjacent words may also be read written together (ABDUL RAHMAN = ABDULRAHMAN, SIEMENS AG =
 * SIEMENSAG). Not single letters: "I T C" would otherwise meet every "TC" and "IT".
 */
export function joinable(a: { role: string; text: string }, b: { role: string; text: string }): boolean {
  return a.role === 'name' && b.role !== 'stopWord' && a.text.length > 1 && b.text.length > 1;
}

/** Where a token stands in a person's name: middle names weigh less when missing. */
export type TokenPosition = 'edge' | 'middle';

/** Token roles by code, as the index stores them. */
export const ROLE_CODES: readonly NameToken['role'][] = ['name', 'generic', 'legalForm', 'stopWord', 'honorific'];
/** The code of role `name` in {@link ROLE_CODES}. */
export const NAME_ROLE = 0;
/** The code of role `generic` in {@link ROLE_CODES}. */
export const GENERIC_ROLE = 1;

const NAME_KINDS: readonly NameKind[] = ['primary', 'alias', 'weakAlias', 'formerName'];
/** The code of kind `weakAlias` in the index's name kinds. */
export const WEAK_ALIAS_KIND = 2;

/** One token of a list name, read back from the index (for explanations). */
export interface IndexedToken {
  id: number;
  text: string;
  key: string;
  role: NameToken['role'];
  position: TokenPosition;
  patronymic: boolean;
}

/** One list name read back from the index as an object (for explanations; scoring reads the flat arrays). */
export interface IndexedName {
  entityIndex: number;
  kind: NameKind;
  name: Name;
  script: string;
  tokens: IndexedToken[];
}

/** The kinds of party that can match each other: a person never matches a vessel, an organisation never a person. */
export type SchemaFamily = 'Person' | 'Organization' | 'Vessel' | 'Airplane';

/** Schema family for compatibility: a person never matches a vessel, an organisation never a person. */
export function schemaFamily(schema: EntitySchemaName): SchemaFamily {
  if (schema === 'Person' || schema === 'Vessel' || schema === 'Airplane') return schema;
  return 'Organization';
}

/**
 * The precomputed screening index: every list name normalized and tokenized once, its tokens stored in flat
 * typed arrays (a name's tokens side by side in memory, no object per token), token keys interned, token rarity
 * (how many entities carry each key), posting lists from key to names, and neighbour tables for typos
 * (one-deletion variants) and sound-alikes (phonetic keys). Built once per screener; `screen()` only reads it.
 */
export class NameIndex {
  readonly keyIds = new Map<string, number>();
  readonly keys: string[] = [];
  /** Words as written in list names (and phrases such as "limited sirketi"), interned for comparison by id. */
  readonly textIds = new Map<string, number>();
  readonly texts: string[] = [];
  /** ISO 15924 scripts of the list names, by code. */
  readonly scripts: string[] = [];
  private readonly scriptIds = new Map<string, number>();
  /** Patronymic stems (see patronymicStem), interned. */
  readonly stemIds = new Map<string, number>();
  private readonly stems: string[] = [];
  readonly nameCount: number;
  /** Every list name as one record (see packedNames.ts): name `n` starts at `nameOffset[n]`. */
  readonly names: Int32Array;
  /** The same memory as {@link names}, read as float32 (the token weights). */
  readonly nameFloats: Float32Array;
  /** Where each name's record starts in {@link names}. */
  readonly nameOffset: Int32Array;
  /** One bit per token key of each name (see keySignature): which keys a name may carry, without reading it. */
  readonly nameSignature: Uint32Array;
  /** Entities carrying each key (document frequency at entity level). */
  readonly entityFrequency: Int32Array;
  /** Names carrying each key (pair tokens included), as one array: key `id` owns `[offsets[id], offsets[id+1])`. */
  readonly postingData: Int32Array;
  /** Where each key's names start in {@link postingData}; key `id` ends where `id + 1` starts. */
  readonly postingOffsets: Int32Array;
  /** Keys and written words with their typo neighbourhoods (see {@link SpellingForms}). */
  readonly forms = new SpellingForms();
  /** Remembered word look-ups (see tokenFacts); a cache, cleared when full, never state that changes results. */
  readonly lookups = new Map<string, TokenFacts>();
  /** The look-ups of the words met most recently, answered from fast memory (see RecentCache). */
  readonly recentLookups = new RecentCache<TokenFacts>();
  /** Recent joined-pair look-ups (see joinedKeyId): the key id, or −1 for none. */
  private readonly recentJoined = new RecentCache<number>(12);
  /** Every key, every written word and every phonetic key, for turning away words the lists never carry. */
  readonly known = { keys: new StringFilter(), texts: new StringFilter(), sounds: new StringFilter(18) };
  /** Length (capped at 255) | first letter << 8 of each key, for {@link mayResemble}. */
  readonly keyShapes: Uint32Array;
  /** Phonetic key → key ids. */
  readonly phonetic = new Map<string, number[]>();
  /** Normalized weight (0–1] of each key: rare keys weigh most. */
  readonly weights: Float32Array;
  readonly entityCount: number;
  /** The matched distinctive weight a name needs to alert on its own in lists of this size (see evidence.ts). */
  readonly minEvidence: number;

  /**
   * @param uniformWeights give every key the same weight (for comparing two names with no list to learn
   *   rarity from, as `compareNames` does).
   */
  constructor(
    readonly entities: readonly Entity[],
    uniformWeights = false,
  ) {
    this.entityCount = entities.length;
    this.minEvidence = uniformWeights ? 0 : minimumEvidence(entities.length);
    const lastName: number[] = [];
    const lastEntity: number[] = [];
    const entityFreq: number[] = [];
    // Flat (key, name) pairs, counted into one posting array at the end: tens of thousands of small arrays
    // would cost more memory than the postings themselves.
    const pairKeys = new Int32Column();
    const pairNames = new Int32Column();
    const intern = (key: string): number => {
      let id = this.keyIds.get(key);
      if (id === undefined) {
        id = this.keys.length;
        this.keyIds.set(key, id);
        this.keys.push(key);
        lastName.push(-1);
        lastEntity.push(-1);
        entityFreq.push(0);
      }
      return id;
    };
    const internIn = (ids: Map<string, number>, values: string[], value: string): number => {
      let id = ids.get(value);
      if (id === undefined) {
        id = values.length;
        ids.set(value, id);
        values.push(value);
      }
      return id;
    };
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
    // Lists repeat names (the same party on several lists, an alias equal to another entity's name).
    const normalizedNames = new Map<string, NormalizedName>();
    entities.forEach((entity, entityIndex) => {
      const isPerson = entity.schema === 'Person';
      const kind = isPerson ? 'person' : 'organization';
      entity.names.forEach((name, ordinal) => {
        const cacheKey = `${kind}\u0000${name.full}`;
        let normalized = normalizedNames.get(cacheKey);
        if (!normalized) {
          normalized = normalizeName(name.full, { kind });
          normalizedNames.set(cacheKey, normalized);
        }
        const nameId = offsets.length;
        const o = records.length;
        offsets.push(o);
        records.push(entityIndex);
        records.push(ordinal);
        records.push(NAME_KINDS.indexOf(name.kind) | (internIn(this.scriptIds, this.scripts, normalized.script) << 8));
        records.push(0);
        const nameTokens = normalized.tokens.filter((t) => t.role === 'name');
        const patronymics = isPerson ? patronymicPositions(nameTokens.map((t) => t.key)) : new Set<number>();
        const tokens: Array<{ key: number; role: string; text: string }> = [];
        let nameOrdinal = 0;
        for (const token of normalized.tokens) {
          if (token.role === 'stopWord' || token.role === 'honorific') continue;
          let flags = 0;
          if (token.role === 'name') {
            const inside = nameTokens.length >= 3 && nameOrdinal > 0 && nameOrdinal < nameTokens.length - 1;
            if (patronymics.has(nameOrdinal)) flags |= PATRONYMIC;
            if (isPerson && (inside || flags & PATRONYMIC)) flags |= MIDDLE;
            nameOrdinal++;
          }
          const id = intern(token.key);
          this.forms.add(token.key, id);
          if (token.text !== token.key && !token.text.includes(' ')) this.forms.add(token.text, id);
          records.push(id);
          records.push(internIn(this.textIds, this.texts, token.text));
          if (token.text.length === 1) flags |= SINGLE_LETTER;
          records.push(ROLE_CODES.indexOf(token.role) | (flags << 8) | (token.text.charCodeAt(0) << 16));
          records.push(flags & PATRONYMIC ? internIn(this.stemIds, this.stems, patronymicStem(token.key)) : -1);
          records.push(0); // the weight, once every key's rarity is known
          tokens.push({ key: id, role: token.role, text: token.text });
        }
        let merged = 0;
        for (let i = 0; i + 1 < tokens.length; i++) {
          if (!joinable(tokens[i]!, tokens[i + 1]!)) continue;
          records.push(intern(this.keys[tokens[i]!.key]! + this.keys[tokens[i + 1]!.key]!));
          records.push(i);
          merged++;
        }
        records.set(o + NAME_COUNTS, tokens.length | (merged << 16));
        for (const t of tokens) post(t.key, nameId, entityIndex);
        const m0 = o + NAME_HEADER + tokens.length * TOKEN_FIELDS;
        for (let m = 0; m < merged; m++) post(records.get(m0 + m * MERGED_FIELDS + MERGED_KEY), nameId, entityIndex);
      });
    });
    this.nameCount = offsets.length;
    this.nameSignature = new Uint32Array(this.nameCount);
    offsets.push(records.length);
    this.nameOffset = offsets.toArray();
    this.names = records.toArray();
    this.nameFloats = new Float32Array(this.names.buffer, this.names.byteOffset, this.names.length);

    const keyCount = this.keys.length;
    const postingOffsets = new Int32Array(keyCount + 1);
    for (let k = 0; k < pairKeys.length; k++) postingOffsets[pairKeys.get(k) + 1]!++;
    for (let id = 0; id < keyCount; id++) postingOffsets[id + 1]! += postingOffsets[id]!;
    const fill = postingOffsets.slice(0, keyCount);
    const data = new Int32Array(pairKeys.length);
    // Pairs arrive in name order, so each key's names stay sorted.
    for (let k = 0; k < pairKeys.length; k++) data[fill[pairKeys.get(k)]!++] = pairNames.get(k);
    this.postingData = data;
    this.postingOffsets = postingOffsets;
    this.entityFrequency = Int32Array.from(entityFreq);
    const logN = Math.log(Math.max(2, this.entityCount) + 1);
    this.weights = Float32Array.from(entityFreq, (df) =>
      uniformWeights ? 1 : Math.max(0.05, Math.log((this.entityCount + 1) / Math.max(1, df)) / logN),
    );
    for (let n = 0; n < this.nameCount; n++) {
      const t0 = this.nameOffset[n]! + NAME_HEADER;
      const count = this.names[this.nameOffset[n]! + NAME_COUNTS]! & 0xffff;
      for (let t = t0; t < t0 + count * TOKEN_FIELDS; t += TOKEN_FIELDS) {
        this.nameFloats[t + TOKEN_WEIGHT] = this.weights[this.names[t + TOKEN_KEY]!]!;
        this.nameSignature[n]! |= keySignature(this.names[t + TOKEN_KEY]!);
      }
    }
    this.keyShapes = new Uint32Array(keyCount);
    for (let id = 0; id < keyCount; id++) {
      const key = this.keys[id]!;
      this.keyShapes[id] = Math.min(255, key.length) | (key.charCodeAt(0) << 8);
    }
    this.forms.index(isFuzzyKey);
    for (let id = 0; id < keyCount; id++) {
      const key = this.keys[id]!;
      this.known.keys.add(key);
      if (!isFuzzyKey(key) || key.length < 3) continue;
      const sound = phoneticKey(key);
      if (sound.length < 2) continue;
      const list = this.phonetic.get(sound);
      if (list) list.push(id);
      else this.phonetic.set(sound, [id]);
      this.known.sounds.add(sound);
    }
    for (const text of this.texts) this.known.texts.add(text);
  }

  /**
   * False when key `id` can be neither a typo nor a sound-alike of `key` (see compareKeys), judged from the two
   * keys' lengths and first letters alone, without reading the listed key.
   */
  mayResemble(key: string, id: number): boolean {
    const shape = this.keyShapes[id]!;
    const length = shape & 0xff;
    const shorter = Math.min(key.length, length);
    if (shorter < 5) return false;
    if (key.charCodeAt(0) === shape >>> 8) return true;
    // As editDistance reads them: at most the first 64 letters.
    return Math.abs(Math.min(key.length, 64) - Math.min(length, 64)) <= allowedEdits(shorter);
  }

  /** The id of key `key`, if a list name carries it. */
  keyIdOf(key: string): number | undefined {
    return this.known.keys.mayHave(key) ? this.keyIds.get(key) : undefined;
  }

  /** The id of word `text` as a list name writes it, if one does. */
  textIdOf(text: string): number | undefined {
    return this.known.texts.mayHave(text) ? this.textIds.get(text) : undefined;
  }

  /** The keys that sound like `sound` (a phonetic key), if any. */
  soundAlikes(sound: string): readonly number[] | undefined {
    return this.known.sounds.mayHave(sound) ? this.phonetic.get(sound) : undefined;
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
   * Most adjacent query words make no list key; a bit filter answers those without building the joined string.
   */
  joinedKeyId(a: string, b: string): number | undefined {
    if (!this.known.keys.mayHave(a, b)) return undefined;
    // Pairs that pass the filter are mostly a listed name's own words, met again and again.
    const joined = a + b;
    const recent = this.recentJoined.get(joined);
    if (recent !== undefined) return recent < 0 ? undefined : recent;
    const id = this.keyIds.get(joined);
    this.recentJoined.set(joined, id ?? -1);
    return id;
  }

  /** The entity (its index in {@link entities}) that list name `n` belongs to. */
  entityOf(n: number): number {
    return this.names[this.nameOffset[n]! + NAME_ENTITY]!;
  }

  /** The list name `n` as the entity carries it. */
  nameOf(n: number): Name {
    const o = this.nameOffset[n]!;
    return this.entities[this.names[o + NAME_ENTITY]!]!.names[this.names[o + NAME_ORDINAL]!]!;
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
        text: this.texts[this.names[t + TOKEN_TEXT]!]!,
        key: this.keys[this.names[t + TOKEN_KEY]!]!,
        role: ROLE_CODES[meta & 0xff]!,
        position: flags & MIDDLE ? 'middle' : 'edge',
        patronymic: (flags & PATRONYMIC) !== 0,
      });
    }
    const meta = this.names[o + NAME_META]!;
    return {
      entityIndex: this.names[o + NAME_ENTITY]!,
      kind: NAME_KINDS[meta & 0xff]!,
      name: this.nameOf(n),
      script: this.scripts[meta >>> 8]!,
      tokens,
    };
  }
}
