import { patronymicPositions } from '../normalize/isPatronymic.js';
import type { NameToken, NormalizedName } from '../normalize/normalizeName.js';
import { normalizeName } from '../normalize/normalizeName.js';
import { joinable, type NameIndex } from './nameIndex.js';
import { lookupKey, type TokenMatch } from './tokenMatch.js';
import { MIDDLE_NAME_WEIGHT, ROLE_WEIGHT } from './weights.js';

/** A query token with its weight and the list keys it may stand for. */
export interface QueryToken {
  text: string;
  key: string;
  role: NameToken['role'];
  weight: number;
  matches: ReadonlyMap<number, TokenMatch>;
  /** A patronymic of a person's name (see patronymicPositions). */
  patronymic: boolean;
}

/** A screened name, analysed once against the index. */
export interface QueryName {
  normalized: NormalizedName;
  tokens: QueryToken[];
  /** Adjacent query tokens that, written together, form a list key ("siemens ag" → "siemensag"). */
  merged: Array<{ id: number; first: number; second: number }>;
  /** Script of the original query (a non-Latin query explains its matches as transliteration). */
  script: string;
}

const LEGAL_FORM_MATCH: TokenMatch = { similarity: 1, relation: 'exact' };

/**
 * The weight of a word the lists do not carry: that of the closest listed word it may be a misspelling of
 * (a typo of a common given name is as common as the name), or the full weight of an unknown word when it is
 * close to none.
 */
function neighbourWeight(index: NameIndex, matches: ReadonlyMap<number, TokenMatch>): number {
  let best: { id: number; similarity: number } | undefined;
  for (const [id, m] of matches) if (!best || m.similarity > best.similarity) best = { id, similarity: m.similarity };
  return best === undefined ? index.unknownWeight : index.weightOf(best.id);
}

/**
 * Normalizes a screened name and looks each of its tokens up in the index (exact key, typo and sound-alike
 * neighbours), so scoring every candidate afterwards is only table look-ups.
 */
export function analyseQuery(index: NameIndex, text: string, kind: 'person' | 'organization' | 'any'): QueryName {
  return analyseNormalized(index, normalizeName(text, { kind }), kind);
}

/** {@link analyseQuery} for a name already normalized. */
export function analyseNormalized(
  index: NameIndex,
  normalized: NormalizedName,
  kind: 'person' | 'organization' | 'any',
): QueryName {
  const tokens: QueryToken[] = [];
  const nameKeys = normalized.tokens.filter((t) => t.role === 'name').map((t) => t.key);
  const patronymics = kind === 'organization' ? new Set<number>() : patronymicPositions(nameKeys);
  let nameOrdinal = -1;
  for (const t of normalized.tokens) {
    if (t.role === 'name') nameOrdinal++;
    if (t.role === 'stopWord' || t.role === 'honorific') continue;
    const id = index.keyIds.get(t.key);
    const matches: ReadonlyMap<number, TokenMatch> =
      t.role === 'name' || t.role === 'generic'
        ? lookupKey(index, t.key, t.text)
        : new Map(t.role === 'legalForm' && id !== undefined ? [[id, LEGAL_FORM_MATCH]] : []);
    let weight = ROLE_WEIGHT[t.role] * (id === undefined ? neighbourWeight(index, matches) : index.weightOf(id));
    const patronymic = t.role === 'name' && patronymics.has(nameOrdinal);
    if (patronymic) weight *= MIDDLE_NAME_WEIGHT;
    tokens.push({ text: t.text, key: t.key, role: t.role, weight, matches, patronymic });
  }
  const merged: QueryName['merged'] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (!joinable(a, b)) continue;
    const id = index.keyIds.get(a.key + b.key);
    if (id !== undefined) merged.push({ id, first: i, second: i + 1 });
  }
  return { normalized, tokens, merged, script: normalized.script };
}
