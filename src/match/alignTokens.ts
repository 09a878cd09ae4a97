import type { TokenRelation } from '../model/screening.js';
import { patronymicStem } from '../normalize/isPatronymic.js';
import type { IndexedName } from './nameIndex.js';
import type { QueryName } from './queryName.js';

/** Similarity of two different spellings of one word (WAGNER / VAGNER, PMC / PRIVATE MILITARY COMPANY). */
export const SPELLING_SIMILARITY = 0.98;

/** Similarity of two patronymics made from one father's name in two languages (VOLODYMYROVYCH ≈ VLADIMIROVICH). */
export const PATRONYMIC_SIMILARITY = 0.9;

/** Similarity of an initial to the given name it starts (D ≈ DMITRIY). */
export const INITIAL_SIMILARITY = 0.7;

/** One accepted correspondence between query tokens and list-name tokens. */
export interface TokenPair {
  q: number;
  c: number;
  /** Second candidate token consumed by a merged match (ABDULRAHMAN ≈ ABDUL RAHMAN). */
  c2?: number;
  /** Second query token consumed by a merged match (SIEMENS AG ≈ SIEMENSAG). */
  q2?: number;
  similarity: number;
  relation: TokenRelation;
  rank: number;
}

/** The alignment of a query with one list name: the accepted pairs and how well each token was met. */
export interface Alignment {
  pairs: TokenPair[];
  /** Similarity each query token was met with (0 when unmatched). */
  qUsed: Float32Array;
  /** Similarity each list-name token was met with (0 when unmatched). */
  cUsed: Float32Array;
}

function relationOf(query: QueryName, name: IndexedName, sameKey: boolean, relation: TokenRelation, sameText: boolean) {
  if (!sameKey) return relation;
  if (query.script !== name.script) return 'transliteration';
  return sameText ? 'exact' : 'spelling';
}

/**
 * Aligns the tokens of a query with those of a list name one to one, in any order: every possible pair (same
 * key, typo, sound-alike, initial, merged pairs written together) is ranked by similarity and weight, and the
 * best pairs are taken greedily so that no token is used twice.
 */
export function alignTokens(query: QueryName, name: IndexedName, isPerson: boolean): Alignment {
  const qt = query.tokens;
  const ct = name.tokens;
  const candidates: TokenPair[] = [];
  for (let i = 0; i < qt.length; i++) {
    const q = qt[i]!;
    for (let j = 0; j < ct.length; j++) {
      const c = ct[j]!;
      let match = q.matches.get(c.id);
      if (!match && isPerson && c.role === 'name' && q.role === 'name') {
        // An initial stands for a given name: "D. UTKIN" ≈ "DMITRIY UTKIN".
        if ((q.text.length === 1 && c.text.startsWith(q.text)) || (c.text.length === 1 && q.text.startsWith(c.text))) {
          match = { similarity: INITIAL_SIMILARITY, relation: 'initial' };
        }
      }
      if (q.patronymic && c.patronymic && patronymicStem(q.key) === patronymicStem(c.key)) {
        // One father's name in two languages or spellings (VASYLOVYCH / VASILIEVICH) is more than a typo.
        if (!match || match.similarity < PATRONYMIC_SIMILARITY)
          match = { similarity: PATRONYMIC_SIMILARITY, relation: 'spelling' };
      }
      if (!match) continue;
      const sameKey = match.relation === 'spelling' || match.relation === 'exact';
      const relation = relationOf(query, name, sameKey, match.relation, q.text === c.text);
      // Another spelling of the same word is near-certain, not certain: where a list carries both spellings,
      // the one the query wrote is the name it matched.
      const similarity =
        sameKey && q.text !== c.text ? Math.min(match.similarity, SPELLING_SIMILARITY) : match.similarity;
      candidates.push({ q: i, c: j, similarity, relation, rank: similarity * (q.weight + 1) });
    }
    for (const m of name.merged) {
      const match = q.matches.get(m.id);
      // Only the same word written together counts: a typo of a joined pair is too loose a fit.
      if (!match || match.similarity < SPELLING_SIMILARITY) continue;
      const rank = match.similarity * (q.weight + 2);
      candidates.push({ q: i, c: m.first, c2: m.second, similarity: match.similarity, relation: 'merged', rank });
    }
  }
  for (const m of query.merged) {
    for (let j = 0; j < ct.length; j++) {
      if (ct[j]!.id === m.id)
        candidates.push({ q: m.first, q2: m.second, c: j, similarity: 1, relation: 'merged', rank: 3 });
    }
  }
  candidates.sort((a, b) => b.rank - a.rank);
  const qUsed = new Float32Array(qt.length);
  const cUsed = new Float32Array(ct.length);
  const pairs: TokenPair[] = [];
  for (const p of candidates) {
    if (qUsed[p.q]! > 0 || cUsed[p.c]! > 0) continue;
    if (p.c2 !== undefined && cUsed[p.c2]! > 0) continue;
    if (p.q2 !== undefined && qUsed[p.q2]! > 0) continue;
    qUsed[p.q] = p.similarity;
    cUsed[p.c] = p.similarity;
    if (p.c2 !== undefined) cUsed[p.c2] = p.similarity;
    if (p.q2 !== undefined) qUsed[p.q2] = p.similarity;
    pairs.push(p);
  }
  if (isPerson) pairPatronymics(query, name, { pairs, qUsed, cUsed });
  return { pairs, qUsed, cUsed };
}

/**
 * Pairs a query patronymic left over with a list patronymic made from the same father's name in another
 * language (VOLODYMYROVYCH ≈ VLADIMIROVICH), which the word keys alone do not see.
 */
function pairPatronymics(query: QueryName, name: IndexedName, alignment: Alignment): void {
  const i = query.tokens.findIndex((q, k) => q.patronymic && alignment.qUsed[k] === 0);
  const j = name.tokens.findIndex((c, k) => c.patronymic && alignment.cUsed[k] === 0);
  if (i < 0 || j < 0) return;
  if (patronymicStem(query.tokens[i]!.key) !== patronymicStem(name.tokens[j]!.key)) return;
  alignment.qUsed[i] = PATRONYMIC_SIMILARITY;
  alignment.cUsed[j] = PATRONYMIC_SIMILARITY;
  const relation = query.script !== name.script ? 'transliteration' : 'spelling';
  alignment.pairs.push({ q: i, c: j, similarity: PATRONYMIC_SIMILARITY, relation, rank: 0 });
}
