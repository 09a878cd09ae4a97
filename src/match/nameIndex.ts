import type { Entity, EntitySchemaName } from '../model/entity.js';
import type { Name, NameKind } from '../model/name.js';
import { patronymicPositions } from '../normalize/isPatronymic.js';
import { type NameToken, type NormalizedName, normalizeName, phoneticKey } from '../normalize/normalizeName.js';
import { minimumEvidence } from './evidence.js';
import { SpellingForms } from './spellingForms.js';
import { isFuzzyKey, type TokenMatch } from './tokenMatch.js';

/**
 * Whether two adjacent words may also be read written together (ABDUL RAHMAN = ABDULRAHMAN, SIEMENS AG =
 * SIEMENSAG). Not single letters: "I T C" would otherwise meet every "TC" and "IT".
 */
export function joinable(a: { role: string; text: string }, b: { role: string; text: string }): boolean {
  return a.role === 'name' && b.role !== 'stopWord' && a.text.length > 1 && b.text.length > 1;
}

/** Where a token stands in a person's name: middle names weigh less when missing. */
export type TokenPosition = 'edge' | 'middle';

/** A token of an indexed list name. `id` is the interned key; `parts` is set on a merged pair token. */
export interface IndexedToken {
  id: number;
  text: string;
  key: string;
  role: NameToken['role'];
  position: TokenPosition;
  /** A person's patronymic (VALERYEVICH): two different ones mean two different people. */
  patronymic: boolean;
}

/** One list name, normalized once when the screener is built. */
export interface IndexedName {
  entityIndex: number;
  kind: NameKind;
  name: Name;
  /** ISO 15924 script of the name as listed. */
  script: string;
  /** Tokens that carry the name (role `name`), then generic words and legal forms. */
  tokens: IndexedToken[];
  /** Adjacent name-token pairs written together ("abdul rahman" → "abdulrahman"): interned id → [i, i+1]. */
  merged: Array<{ id: number; first: number; second: number }>;
}

const PERSON_LIKE: ReadonlySet<EntitySchemaName> = new Set(['Person']);

/** The kinds of party that can match each other: a person never matches a vessel, an organisation never a person. */
export type SchemaFamily = 'Person' | 'Organization' | 'Vessel' | 'Airplane';

/** Schema family for compatibility: a person never matches a vessel, an organisation never a person. */
export function schemaFamily(schema: EntitySchemaName): SchemaFamily {
  if (schema === 'Person' || schema === 'Vessel' || schema === 'Airplane') return schema;
  return 'Organization';
}

/**
 * The precomputed screening index: every list name normalized and tokenized, token keys interned, token
 * rarity (how many entities carry each key), posting lists from key to names, and neighbour maps for
 * typos (one-deletion variants) and sound-alikes (phonetic keys). Built once per screener; `screen()` only
 * reads it.
 */
export class NameIndex {
  readonly names: IndexedName[] = [];
  readonly keyIds = new Map<string, number>();
  readonly keys: string[] = [];
  /** Entities carrying each key (document frequency at entity level). */
  entityFrequency: Int32Array = new Int32Array(0);
  /** Names carrying each key (pair tokens included), as one array: key `id` owns `[offsets[id], offsets[id+1])`. */
  postingData: Int32Array = new Int32Array(0);
  /** Where each key's names start in {@link postingData}; key `id` ends where `id + 1` starts. */
  postingOffsets: Int32Array = new Int32Array(1);
  /** Keys and written words with their typo neighbourhoods (see {@link SpellingForms}). */
  readonly forms = new SpellingForms();
  /** Remembered word look-ups (see lookupKey); a cache, cleared when full, never state that changes results. */
  readonly lookups = new Map<string, ReadonlyMap<number, TokenMatch>>();
  /** Phonetic key → key ids. */
  readonly phonetic = new Map<string, number[]>();
  /** Normalized weight (0–1] of each key: rare keys weigh most. */
  weights: Float32Array = new Float32Array(0);
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
    // Built as flat (key, name) pairs, then counted into one posting array: tens of thousands of small
    // arrays would cost more memory than the postings themselves.
    const pairKeys: number[] = [];
    const pairNames: number[] = [];
    const lastName: number[] = [];
    const lastEntity: number[] = [];
    const entityFreq: number[] = [];
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
    // Lists repeat names (the same party on several lists, an alias equal to another entity's name).
    const normalizedNames = new Map<string, NormalizedName>();
    entities.forEach((entity, entityIndex) => {
      const isPerson = PERSON_LIKE.has(entity.schema);
      const kind = isPerson ? 'person' : 'organization';
      for (const name of entity.names) {
        const cacheKey = `${kind}\u0000${name.full}`;
        let normalized = normalizedNames.get(cacheKey);
        if (!normalized) {
          normalized = normalizeName(name.full, { kind });
          normalizedNames.set(cacheKey, normalized);
        }
        const nameTokens = normalized.tokens.filter((t) => t.role === 'name');
        const patronymics = isPerson ? patronymicPositions(nameTokens.map((t) => t.key)) : new Set<number>();
        const tokens: IndexedToken[] = [];
        let nameOrdinal = 0;
        for (const token of normalized.tokens) {
          if (token.role === 'stopWord' || token.role === 'honorific') continue;
          let position: TokenPosition = 'edge';
          let patronymic = false;
          if (token.role === 'name') {
            const inside = nameTokens.length >= 3 && nameOrdinal > 0 && nameOrdinal < nameTokens.length - 1;
            patronymic = patronymics.has(nameOrdinal);
            if (isPerson && (inside || patronymic)) position = 'middle';
            nameOrdinal++;
          }
          const id = intern(token.key);
          this.forms.add(token.key, id);
          if (token.text !== token.key && !token.text.includes(' ')) this.forms.add(token.text, id);
          tokens.push({ id, text: token.text, key: token.key, role: token.role, position, patronymic });
        }
        const merged: IndexedName['merged'] = [];
        for (let i = 0; i + 1 < tokens.length; i++) {
          const a = tokens[i]!;
          const b = tokens[i + 1]!;
          if (joinable(a, b)) merged.push({ id: intern(a.key + b.key), first: i, second: i + 1 });
        }
        const nameId = this.names.length;
        this.names.push({ entityIndex, kind: name.kind, name, script: normalized.script, tokens, merged });
        for (const t of tokens) post(t.id, nameId, entityIndex);
        for (const m of merged) post(m.id, nameId, entityIndex);
      }
    });
    const offsets = new Int32Array(this.keys.length + 1);
    for (const id of pairKeys) offsets[id + 1]!++;
    for (let id = 0; id < this.keys.length; id++) offsets[id + 1]! += offsets[id]!;
    const fill = offsets.slice(0, this.keys.length);
    const data = new Int32Array(pairKeys.length);
    // Pairs arrive in name order, so each key's names stay sorted.
    for (let k = 0; k < pairKeys.length; k++) data[fill[pairKeys[k]!]!++] = pairNames[k]!;
    this.postingData = data;
    this.postingOffsets = offsets;
    this.entityFrequency = Int32Array.from(entityFreq);
    const logN = Math.log(Math.max(2, this.entityCount) + 1);
    this.weights = Float32Array.from(entityFreq, (df) =>
      uniformWeights ? 1 : Math.max(0.05, Math.log((this.entityCount + 1) / Math.max(1, df)) / logN),
    );
    this.forms.index(isFuzzyKey);
    for (let id = 0; id < this.keys.length; id++) {
      const key = this.keys[id]!;
      if (!isFuzzyKey(key)) continue;
      if (key.length >= 3) {
        const sound = phoneticKey(key);
        if (sound.length >= 2) {
          const list = this.phonetic.get(sound);
          if (list) list.push(id);
          else this.phonetic.set(sound, [id]);
        }
      }
    }
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
}
