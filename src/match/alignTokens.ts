import type { TokenRelation } from '../model/screening.js';
import type { NameIndex } from './nameIndex.js';
import {
  MERGED_FIELDS,
  MERGED_FIRST,
  MERGED_KEY,
  NAME_COUNTS,
  NAME_HEADER,
  NAME_META,
  NAME_ROLE,
  PATRONYMIC,
  SINGLE_LETTER,
  TERM,
  TOKEN_FIELDS,
  TOKEN_KEY,
  TOKEN_META,
  TOKEN_STEM,
  TOKEN_TEXT,
} from './packedNames.js';
import type { QueryName, QueryToken } from './queryName.js';
import { compareKeys, type TokenMatch } from './tokenMatch.js';
import { RELATION_CODES } from './tokenMatchTable.js';

/** Similarity of two different spellings of one word (WAGNER / VAGNER, PMC / PRIVATE MILITARY COMPANY). */
export const SPELLING_SIMILARITY = 0.98;

/** Similarity of two patronymics made from one father's name in two languages (VOLODYMYROVYCH ≈ VLADIMIROVICH). */
export const PATRONYMIC_SIMILARITY = 0.9;

/** Similarity of an initial to the given name it starts (D ≈ DMITRIY). */
export const INITIAL_SIMILARITY = 0.7;

/**
 * Similarity of another word for the same kind of business to a term that is a word of a listed name (GAS ≈
 * PETROCHEMICAL, COMMERCIAL ≈ TRADING: see TERM): related, not the same name. Low enough that a name made only of
 * such words alerts on none of another's: on the OFAC SDN set, GAS TRADING LTD scores 0.72 against
 * PETROCHEMICAL TRADING COMPANY LIMITED.
 */
export const TERM_SIMILARITY = 0.5;

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

const NONE = -1;
const EXACT = RELATION_CODES.indexOf('exact');
const SPELLING = RELATION_CODES.indexOf('spelling');
const TRANSLITERATION = RELATION_CODES.indexOf('transliteration');
const INITIAL = RELATION_CODES.indexOf('initial');
const MERGED = RELATION_CODES.indexOf('merged');
/** A term of the list name met by another word of its group (see align). */
const TERM_MATCH: TokenMatch = { similarity: TERM_SIMILARITY, relation: 'term' };

/**
 * `similarity` as query word `q` may meet a list word: capped, where the list name is in another script, at the most
 * the word's script lets it mean (see QueryToken.crossScript). Both tests are made for every pair, so that a test
 * first made at a name in another script does not throw away V8's code for align (see the merged pairs there).
 */
function acrossScripts(similarity: number, q: QueryToken, sameScript: boolean): number {
  const capped = similarity > q.crossScript;
  return !sameScript && capped ? q.crossScript : similarity;
}

/**
 * Aligns the tokens of a query with those of a list name one to one, in any order: every possible pair (same
 * key, typo, sound-alike, initial, merged pairs written together) is ranked by similarity and weight, and the
 * best pairs are taken greedily so that no token is used twice. One aligner is reused for every candidate of
 * every query: its scratch arrays grow to the longest names seen and are never reallocated per candidate.
 */
export class Aligner {
  // Sized for names of up to 64 words, longer than any met in practice. Replacing an array mid-run makes V8 throw
  // away the optimized code of the aligner and of every function that read the array, and run them unoptimized
  // until it has made them again (it did, at the first name of 17 words, when they started at 16).
  /** Similarity each query token was met with in the last alignment (0 when unmatched). */
  qUsed = new Float32Array(64);
  /** Similarity each list-name token was met with in the last alignment (0 when unmatched). */
  cUsed = new Float32Array(64);
  private pq = new Int32Array(64);
  private pc = new Int32Array(64);
  private pq2 = new Int32Array(64);
  private pc2 = new Int32Array(64);
  private similarity = new Float64Array(64);
  private rank = new Float64Array(64);
  private relation = new Uint8Array(64);
  private order = new Int32Array(64);
  private count = 0;
  /**
   * For each (query token, list token), the match-table entry that pairs them, −1 for none: 64 by 64. Sized for 64
   * entries, it was replaced in the speed bench's warm-up at the first query and list name whose word counts,
   * multiplied, passed 64, and that threw away align's optimized code.
   */
  private entries = new Int32Array(64 * 64);
  /** The accepted pairs of the last alignment, as indexes into the pair arrays, in the order accepted. */
  private accepted = new Int32Array(64);
  /** How many pairs the last alignment accepted. */
  acceptedCount = 0;
  /** Whether the last aligned list name is written in the query's script. */
  sameScript = true;

  private push(q: number, c: number, q2: number, c2: number, similarity: number, relation: number, rank: number) {
    if (this.count === this.pq.length) this.grow();
    const p = this.count++;
    this.pq[p] = q;
    this.pc[p] = c;
    this.pq2[p] = q2;
    this.pc2[p] = c2;
    this.similarity[p] = similarity;
    this.relation[p] = relation;
    this.rank[p] = rank;
    // Insertion into the ranked order; equal ranks keep the order the pairs were found in.
    let k = p;
    while (k > 0 && this.rank[this.order[k - 1]!]! < rank) {
      this.order[k] = this.order[k - 1]!;
      k--;
    }
    this.order[k] = p;
  }

  private grow(): void {
    const size = this.pq.length * 2;
    const widen = <T extends Int32Array | Float64Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.pq = widen(this.pq, (n) => new Int32Array(n));
    this.pc = widen(this.pc, (n) => new Int32Array(n));
    this.pq2 = widen(this.pq2, (n) => new Int32Array(n));
    this.pc2 = widen(this.pc2, (n) => new Int32Array(n));
    this.similarity = widen(this.similarity, (n) => new Float64Array(n));
    this.rank = widen(this.rank, (n) => new Float64Array(n));
    this.relation = widen(this.relation, (n) => new Uint8Array(n));
    this.order = widen(this.order, (n) => new Int32Array(n));
    this.accepted = widen(this.accepted, (n) => new Int32Array(n));
  }

  /** Aligns `query` with list name `n`; the result is in {@link qUsed}, {@link cUsed} and the accepted pairs. */
  align(index: NameIndex, query: QueryName, n: number, isPerson: boolean): void {
    const qt = query.tokens;
    const { names } = index;
    const o = index.nameOffset[n]!;
    const t0 = o + NAME_HEADER;
    const ct = names[o + NAME_COUNTS]! & 0xffff;
    const m0 = t0 + ct * TOKEN_FIELDS;
    const m1 = m0 + (names[o + NAME_COUNTS]! >>> 16) * MERGED_FIELDS;
    if (qt.length > this.qUsed.length) this.qUsed = new Float32Array(qt.length * 2);
    if (ct > this.cUsed.length) this.cUsed = new Float32Array(ct * 2);
    if (qt.length * ct > this.entries.length) this.entries = new Int32Array(qt.length * ct * 2);
    this.count = 0;
    const { table, textIds, stemIds } = query;
    const { entries } = this;
    // Which query token may stand for which list token: one table look-up per list token.
    for (let k = qt.length * ct - 1; k >= 0; k--) entries[k] = NONE;
    for (let j = 0, t = t0; j < ct; j++, t += TOKEN_FIELDS) {
      for (let e = table.first(names[t + TOKEN_KEY]!); e !== NONE; e = table.entryNext[e]!) {
        entries[table.entryToken[e]! * ct + j] = e;
      }
    }
    const sameScript = query.scriptId === names[o + NAME_META]! >>> 8;
    this.sameScript = sameScript;
    for (let i = 0; i < qt.length; i++) {
      const q = qt[i]!;
      const qName = q.role === 'name';
      const qSingle = q.text.length === 1;
      const qFirst = q.text.charCodeAt(0);
      const qText = textIds[i]!;
      const qStem = stemIds[i]!;
      for (let j = 0, t = t0; j < ct; j++, t += TOKEN_FIELDS) {
        const entry = entries[i * ct + j]!;
        let similarity = entry === NONE ? 0 : table.similarity[entry]!;
        let relation = entry === NONE ? NONE : table.relation[entry]!;
        const meta = names[t + TOKEN_META]!;
        if (relation === NONE && isPerson && qName && (meta & 0xff) === NAME_ROLE) {
          // An initial stands for a given name: "D. UTKIN" ≈ "DMITRIY UTKIN".
          if ((qSingle || (meta >>> 8) & SINGLE_LETTER) && qFirst === meta >>> 16) {
            similarity = INITIAL_SIMILARITY;
            relation = INITIAL;
          }
        }
        if (qStem !== NONE && (meta >>> 8) & PATRONYMIC && qStem === names[t + TOKEN_STEM]) {
          // One father's name in two languages or spellings (VASYLOVYCH / VASILIEVICH) is more than a typo.
          if (relation === NONE || similarity < PATRONYMIC_SIMILARITY) {
            similarity = PATRONYMIC_SIMILARITY;
            relation = SPELLING;
          }
        }
        if (relation === NONE) continue;
        if (relation === SPELLING || relation === EXACT) {
          const sameText = qText === names[t + TOKEN_TEXT];
          relation = !sameScript ? TRANSLITERATION : sameText ? EXACT : SPELLING;
          // Another spelling of the same word is near-certain, not certain: where a list carries both
          // spellings, the one the query wrote is the name it matched.
          if (!sameText) similarity = Math.min(similarity, SPELLING_SIMILARITY);
        }
        // Both sides of the test are read for every pair: a side V8 has never seen run is optimized away, and the code
        // for the whole method was thrown away the first time a term met another word.
        const otherText = qText !== names[t + TOKEN_TEXT];
        if ((meta >>> 8) & TERM && otherText) {
          // A term's key stands for every word of its group (PETROCHEMICAL, OIL, GAS, NEFT are all "energy"), but
          // where the term is a word of the name, another of those words is another name: the words as written are
          // compared (a typo of PETROCHEMICAL still meets it), and anything further off is only related. Without
          // this, ENERGY TRADING LLC alerted on PETROCHEMICAL COMMERCIAL COMPANY at 0.98.
          // One path for both outcomes: V8 optimizes align before most names have met a term, and each of its
          // branches first taken later undid that (three times in a speed bench's first pass).
          const written = compareKeys(q.text, index.wordOf(names[t + TOKEN_TEXT]!), false) ?? TERM_MATCH;
          if (written.similarity < similarity) {
            similarity = written.similarity;
            relation = RELATION_CODES.indexOf(written.relation);
          }
        }
        similarity = acrossScripts(similarity, q, sameScript);
        this.push(i, j, NONE, NONE, similarity, relation, similarity * (q.weight + 1));
      }
      for (let m = m0; m < m1; m += MERGED_FIELDS) {
        const entry = table.find(i, names[m + MERGED_KEY]!);
        if (entry === NONE) continue;
        let similarity = table.similarity[entry]!;
        // Only the same word written together counts: a typo of a joined pair is too loose a fit. ʿAbd and the name
        // after it written as one word in Arabic script meet the pair by their consonants, the only reading the
        // script gives (عبدالرحمان for ABDUL REHMAN, as عبد الرحمان meets it word by word), capped as its other
        // matches are. Not any word: the consonants of one (قصير, QSR) also read as two short words (KYAW SWAR),
        // and Persian names written together (محمدجواد) met listed pairs they are not (MOHAMED JEDI). Every test is
        // made for every pair, whatever its script: V8 optimizes align on Latin names, and a test first made at a
        // name in Arabic script threw that code away in the speed bench's first pass.
        const transliterated = table.relation[entry] === TRANSLITERATION;
        const byConsonants = q.joinsCompound && transliterated && !sameScript;
        const spelt = similarity >= SPELLING_SIMILARITY;
        if (!spelt && !byConsonants) continue;
        similarity = acrossScripts(similarity, q, sameScript);
        const j = names[m + MERGED_FIRST]!;
        // Ranked as a single word's match when read by consonants: a guess at two listed words is no better a pair
        // than the word's own (عبد الله meets ABDULLAH, and YAHYA is left to يحيى, not taken as ABDULLAH YAHYA).
        this.push(i, j, NONE, j + 1, similarity, MERGED, similarity * (q.weight + (byConsonants ? 1 : 2)));
      }
    }
    for (const m of query.merged) {
      for (let j = 0, t = t0; j < ct; j++, t += TOKEN_FIELDS) {
        if (names[t + TOKEN_KEY] === m.id)
          this.push(m.first, j, m.second, NONE, m.similarity, MERGED, 3 * m.similarity);
      }
    }
    this.accept(qt.length, ct);
    if (isPerson) this.pairPatronymics(index, query, n, sameScript);
  }

  /** Takes the ranked pairs greedily, each token at most once. */
  private accept(queryTokens: number, listTokens: number): void {
    const { qUsed, cUsed, pq, pc, pq2, pc2, order } = this;
    for (let i = 0; i < queryTokens; i++) qUsed[i] = 0;
    for (let j = 0; j < listTokens; j++) cUsed[j] = 0;
    let accepted = 0;
    for (let o = 0; o < this.count; o++) {
      const p = order[o]!;
      const q = pq[p]!;
      const c = pc[p]!;
      if (qUsed[q]! > 0 || cUsed[c]! > 0) continue;
      // The second word of a merged pair, if any, must be free too. Read as the first word when there is none (free,
      // as just seen): one read for every pair, so that V8's code for it is not thrown away at the first merged pair.
      const c2 = pc2[p]!;
      const q2 = pq2[p]!;
      if (cUsed[c2 === NONE ? c : c2]! > 0 || qUsed[q2 === NONE ? q : q2]! > 0) continue;
      const similarity = this.similarity[p]!;
      qUsed[q] = similarity;
      cUsed[c] = similarity;
      cUsed[c2 === NONE ? c : c2] = similarity;
      qUsed[q2 === NONE ? q : q2] = similarity;
      this.accepted[accepted++] = p;
    }
    this.acceptedCount = accepted;
  }

  /**
   * Pairs a query patronymic left over with a list patronymic made from the same father's name in another
   * language (VOLODYMYROVYCH ≈ VLADIMIROVICH), which the word keys alone do not see.
   */
  private pairPatronymics(index: NameIndex, query: QueryName, n: number, sameScript: boolean): void {
    const i = query.tokens.findIndex((q, k) => q.patronymic && this.qUsed[k] === 0);
    if (i < 0) return;
    const { names } = index;
    const o = index.nameOffset[n]!;
    const ct = names[o + NAME_COUNTS]! & 0xffff;
    let j = -1;
    for (let k = 0, t = o + NAME_HEADER; k < ct; k++, t += TOKEN_FIELDS) {
      if ((names[t + TOKEN_META]! >>> 8) & PATRONYMIC && this.cUsed[k] === 0) {
        j = k;
        break;
      }
    }
    if (j < 0 || query.stemIds[i] !== names[o + NAME_HEADER + j * TOKEN_FIELDS + TOKEN_STEM]) return;
    this.qUsed[i] = PATRONYMIC_SIMILARITY;
    this.cUsed[j] = PATRONYMIC_SIMILARITY;
    this.push(i, j, NONE, NONE, PATRONYMIC_SIMILARITY, sameScript ? SPELLING : TRANSLITERATION, 0);
    if (this.acceptedCount === this.accepted.length) this.grow();
    this.accepted[this.acceptedCount++] = this.count - 1;
  }

  /**
   * Whether the last alignment's pairs keep the order of both names: taken in the query's order, each pair's list
   * word comes after the previous pair's.
   */
  inOrder(queryTokens: number): boolean {
    let last = -1;
    for (let q = 0; q < queryTokens; q++) {
      let c = -1;
      for (let a = 0; a < this.acceptedCount; a++) {
        const p = this.accepted[a]!;
        if (this.pq[p] === q) c = this.pc[p]!;
      }
      if (c < 0) continue;
      if (c < last) return false;
      last = c;
    }
    return true;
  }

  /** Whether the last alignment accepted at least one pair and every accepted pair is letter for letter. */
  allExact(): boolean {
    if (this.acceptedCount === 0) return false;
    for (let a = 0; a < this.acceptedCount; a++) if (this.relation[this.accepted[a]!] !== EXACT) return false;
    return true;
  }

  /** The last alignment as objects, for its explanation. */
  alignment(queryTokens: number, listTokens: number): Alignment {
    const pairs: TokenPair[] = [];
    for (let a = 0; a < this.acceptedCount; a++) {
      const p = this.accepted[a]!;
      pairs.push({
        q: this.pq[p]!,
        c: this.pc[p]!,
        ...(this.pc2[p] !== NONE ? { c2: this.pc2[p]! } : {}),
        ...(this.pq2[p] !== NONE ? { q2: this.pq2[p]! } : {}),
        similarity: this.similarity[p]!,
        relation: RELATION_CODES[this.relation[p]!]!,
        rank: this.rank[p]!,
      });
    }
    return { pairs, qUsed: this.qUsed.slice(0, queryTokens), cUsed: this.cUsed.slice(0, listTokens) };
  }
}
