import type { NameIndex } from './nameIndex.js';
import {
  keySignature,
  MERGED_FIELDS,
  MERGED_KEY,
  NAME_COUNTS,
  NAME_HEADER,
  PATRONYMIC,
  SINGLE_LETTER,
  TOKEN_FIELDS,
  TOKEN_KEY,
  TOKEN_META,
} from './packedNames.js';
import type { QueryAnalyses } from './queryAnalyses.js';
import type { QueryName } from './queryName.js';
import { SCHEMA_FAMILIES, type SchemaFamily } from './schemaFamily.js';
import { CORRESPONDENCE_BONUS, coverageScore } from './scoreName.js';
import { recordTokenWeight } from './weights.js';

/** A key carried by more names than this is too common to find candidates with on its own. */
export const COMMON_KEY_POSTINGS = 20_000;

/**
 * A name sharing less than this share of the query's weight cannot reach the report floor (0.5) on any
 * schema: a person's score is at most the square root of its query coverage, an organisation's its 0.65th
 * power. Such names are not scored at all.
 */
export const MIN_CANDIDATE_SHARE = 0.25;

/** Posting lists longer than this are walked only when the query's rarer words cannot stand alone. */
export const LARGE_POSTINGS = 250;

/**
 * Below this share of the query's weight, the common words alone cannot make an alert (a person's score is at
 * most the square root of the share, 0.77 at 0.6), so names reached only through them need not be scored.
 */
export const COMMON_SHARE = 0.6;

/** Which families a reading looks at, of those screened: persons only, all but persons, or any. */
type Persons = 'only' | 'none' | 'any';

/**
 * What bounds the name scores of one reading's found names, besides each name's shared weights (see
 * CandidateFinder.mayReach).
 */
interface ReadingBound {
  /** The reading. */
  query: QueryName | undefined;
  /** The reading's query weight. */
  total: number;
  /** List weight that query words of no weight (legal forms) may cover: they are never walked. */
  listSlack: number;
  /** A key was too common to walk: the shared weights miss it, and nothing is bounded. */
  unbounded: boolean;
  /** A word of the reading is one letter: it may stand for any listed person's given name with that initial. */
  initials: boolean;
  /** The reading has a patronymic: it may meet a listed patronymic of the same father's name in another language. */
  patronymics: boolean;
}

const newReadingBound = (): ReadingBound => ({
  query: undefined,
  total: 0,
  listSlack: 0,
  unbounded: false,
  initials: false,
  patronymics: false,
});

function setBound(
  bound: ReadingBound,
  query: QueryName,
  total: number,
  listSlack: number,
  unbounded: boolean,
  initials: boolean,
  patronymics: boolean,
): void {
  bound.query = query;
  bound.total = total;
  bound.listSlack = listSlack;
  bound.unbounded = unbounded;
  bound.initials = initials;
  bound.patronymics = patronymics;
}

/**
 * Shares of the query weight are ranked to within this. Each gain carries 1e-6 (a name given one is told from a name
 * given none), which counts more in a reading of less weight: every name meeting the whole of an organisation's
 * reading (JSC, of weight 0.48) ranked above the person meeting the whole of the person reading (ZAO, 1), and the
 * person listed as 𝌱 (romanized ZAO) was not scored.
 */
const SHARE_STEP = 1e-4;

/** Bits of CandidateFinder.unseenPairs: a person's name with an initial, with a patronymic. */
const INITIAL_PAIRS = 1;
const PATRONYMIC_PAIRS = 2;

// Below the floor by less than this, a name is scored all the same: the bound is summed in float32, the score in
// float64.
const BOUND_MARGIN = 1e-4;

const PERSON = SCHEMA_FAMILIES.indexOf('Person');

/**
 * Finds the list names worth scoring for a query without scanning every name: each query token's matching
 * keys lead through the posting lists to the names that carry them, and each name accumulates the weight of
 * the query tokens it shares. When more names than `limit` reach the floor, the `limit` names sharing the largest
 * part of their reading's query weight are returned, and among equals those whose own weight it covers most (see
 * {@link best}). Scratch arrays are reused across queries, so finding candidates allocates little.
 */
export class CandidateFinder {
  /**
   * Two sums for each name the query reaches, side by side so that the posting walk writes one cache line a name:
   * at `2n` the query weight name `n` shares with the query; at `2n + 1` the most of its own weight the query's
   * words may meet: the sum, over each query word, of the weight the name gives the best of the word's keys it
   * carries (see NameIndex.postingWeights) times the word's similarity to it. The list side of a name score counts
   * the weights of the tokens met (see scoreName). Where words share a key (see settleRepeats), a word counts each of
   * its keys the name carries, and a key counts for as many of the words as the name carries it.
   */
  private readonly gains: Float32Array;
  /**
   * What the word being walked has given each name so far (see {@link addBest}): the word's mark (see
   * {@link nextMarks}), and at `2n` and `2n + 1` its two gains. The scorer pairs a word with one of a name's tokens
   * at most, so a word gives a name the best of its keys the name carries, not their sum: summed, KHALID gave
   * SHOMAN, Khaled Khalil the gains of HALID (KHALED) and HALIL, more than the whole query, and the listed KHALID
   * was not among the names scored.
   */
  private readonly wordMarks: Int32Array;
  private readonly wordGains: Float32Array;
  private wordMark = 0;
  /** The most any name gives each key (see NameIndex.postingWeights), by key id. */
  private readonly keyBound: Float32Array;
  /** Keys that some name carries as two tokens written together, by key id. */
  private readonly mergedKeys: Uint8Array;
  /**
   * Pairs a person's name may make that no posting list shows, by name (INITIAL_PAIRS, PATRONYMIC_PAIRS): an initial
   * stands for any given name it starts (D ≈ DMITRIY), a patronymic for another language's of the same father's name
   * (VASYLOVYCH ≈ VASILIEVICH). Scores that may rest on them are not bounded.
   */
  private readonly unseenPairs: Uint8Array;
  /**
   * Names carrying a key twice or more (AL-AQSA CHARITABLE FOUNDATION: "foundation" for its last two words), the only
   * ones a key's second query word is given to (see settleRepeats).
   */
  private readonly repeatsKeys: Uint8Array;
  /** The weight of each indexed name, as its name score counts it (the sum of listTokenWeight over its tokens). */
  private readonly nameWeights: Float32Array;
  /** Schema family of each indexed name, as an index into SCHEMA_FAMILIES: the hot loop reads no objects. */
  private readonly nameFamilies: Uint8Array;
  /** The party (its position among the entities) of each indexed name. */
  private readonly nameEntities: Int32Array;
  /**
   * The part of each key's postings the current reading walks (see NameIndex.postingData): the names of persons, of
   * the others, or all. Walking every posting of a key for each reading, a query read as a person's name and as an
   * organisation's walked each posting twice: of the 3.2 million postings the speed bench's 10,000 names walked, 2.2
   * million were of the other reading's families, each read and rejected.
   */
  private walkPersons = true;
  private walkOthers = true;
  /** Whether the part walked holds names of a family the query does not screen: each name's family is then read. */
  private walkChecks = false;
  /** The ranking key of each found name, by its position in {@link found}, when more are found than are scored. */
  private keys = new Float64Array(256);
  /** Scratch of {@link selectBest}, as long as {@link keys}. */
  private selection: Selection = { values: new Float64Array(256), ties: new Int32Array(256) };
  /**
   * Whether found name `a` (by its position in `found`) ranks before `b`: the higher key (see best), then the higher
   * gain, then the lower index. One function for every query, not one made for each: selectBest calls one target.
   */
  private readonly before = (a: number, b: number): boolean => {
    const { keys, found, gains } = this;
    if (keys[a] !== keys[b]) return keys[a]! > keys[b]!;
    const na = found[a]!;
    const nb = found[b]!;
    return gains[2 * na]! > gains[2 * nb]! || (gains[2 * na] === gains[2 * nb] && na < nb);
  };
  /** The position in {@link found} of each party's best-ranked found name, −1 for none: reset after each query. */
  private readonly partyFirst: Int32Array;
  /** The person reading's and the other reading's weights and slacks, in the current query. */
  private readonly personBound = newReadingBound();
  private readonly otherBound = newReadingBound();
  /** The names given a gain by the current query, in the order first reached ({@link touchedCount} of them). */
  private readonly touched: Int32Array;
  private touchedCount = 0;
  /** The names that reach the floor ({@link foundCount} of them), in the order reached. */
  private readonly found: Int32Array;
  private foundCount = 0;
  /**
   * The current reading's keys set aside (all of them when its words may stand for the same key, see settleRepeats):
   * one entry for each query word and key it may stand for, with the gain and the similarity the word gives it, its
   * rank among the entries of the same key, whether it is too common to walk (see LARGE_POSTINGS), and the word;
   * and the entries given to the names found from their records instead of walked.
   */
  private entryIds = new Int32Array(16);
  private entryGains = new Float64Array(16);
  private entrySimilarities = new Float64Array(16);
  private entryRanks = new Int32Array(16);
  private entryCommon = new Uint8Array(16);
  private scannedEntries = new Int32Array(16);
  private entryTokens = new Int32Array(16);
  /** Scratch of settleRepeats: the next entry of the same key, −1 after the last; and its table of keys. */
  private entryNext = new Int32Array(16);
  private slotKeys = new Int32Array(64);
  private slotLast = new Int32Array(64);
  private readonly accepted = new Uint8Array(SCHEMA_FAMILIES.length);
  /** The candidates of the last query, best first: the first {@link find} returned of them. */
  readonly candidates: Int32Array;

  constructor(
    private readonly index: NameIndex,
    /** The schema family of each entity, as an index into SCHEMA_FAMILIES (see ScoringEntities). */
    entityFamilies: Uint8Array,
    private readonly limit: number,
  ) {
    this.gains = new Float32Array(2 * index.nameCount);
    this.wordMarks = new Int32Array(index.nameCount);
    this.wordGains = new Float32Array(2 * index.nameCount);
    this.keyBound = new Float32Array(index.postingOffsets.length - 1);
    this.mergedKeys = new Uint8Array(index.postingOffsets.length - 1);
    this.unseenPairs = new Uint8Array(index.nameCount);
    this.nameWeights = new Float32Array(index.nameCount);
    this.repeatsKeys = new Uint8Array(index.nameCount);
    // A name is reached once per query (its gain is then above zero), and the readings look at disjoint families.
    this.touched = new Int32Array(index.nameCount);
    this.found = new Int32Array(index.nameCount);
    this.candidates = new Int32Array(Math.min(limit, index.nameCount));
    this.nameFamilies = new Uint8Array(index.nameCount);
    this.nameEntities = new Int32Array(index.nameCount);
    for (let n = 0; n < index.nameCount; n++) {
      this.nameEntities[n] = index.entityOf(n);
      this.nameFamilies[n] = entityFamilies[this.nameEntities[n]!]!;
    }
    this.partyFirst = new Int32Array(index.entityCount).fill(-1);
    this.weighNames();
  }

  /**
   * Fills {@link nameWeights}, {@link repeatsKeys}, {@link keyBound}, {@link mergedKeys} and {@link unseenPairs} from
   * the index's name records and posting weights, in one pass over each.
   */
  private weighNames(): void {
    const { index, keyBound } = this;
    const { names, nameFloats, nameOffset, postingOffsets, postingWeights } = index;
    for (let n = 0; n < index.nameCount; n++) {
      const t0 = nameOffset[n]! + NAME_HEADER;
      const counts = names[t0 - NAME_HEADER + NAME_COUNTS]!;
      const t1 = t0 + (counts & 0xffff) * TOKEN_FIELDS;
      let weight = 0;
      for (let t = t0; t < t1; t += TOKEN_FIELDS) {
        weight += recordTokenWeight(names, nameFloats, t);
        const flags = names[t + TOKEN_META]! >>> 8;
        if (flags & SINGLE_LETTER) this.unseenPairs[n]! |= INITIAL_PAIRS;
        if (flags & PATRONYMIC) this.unseenPairs[n]! |= PATRONYMIC_PAIRS;
        for (let u = t0; u < t; u += TOKEN_FIELDS)
          if (names[u + TOKEN_KEY] === names[t + TOKEN_KEY]) this.repeatsKeys[n] = 1;
      }
      this.nameWeights[n] = weight;
      for (let m = t1; m < t1 + (counts >>> 16) * MERGED_FIELDS; m += MERGED_FIELDS)
        this.mergedKeys[names[m + MERGED_KEY]!] = 1;
    }
    for (let id = 0; id < keyBound.length; id++) {
      let most = 0;
      for (let p = postingOffsets[id]!; p < postingOffsets[id + 1]!; p++) most = Math.max(most, postingWeights[p]!);
      keyBound[id] = most;
    }
  }

  /**
   * The schema family of the party name `n` belongs to (ScoringEntities.familyOf of that party): read from this
   * finder's array by name, which candidate finding keeps in cache, rather than from the party's.
   */
  familyOf(n: number): SchemaFamily {
    return SCHEMA_FAMILIES[this.nameFamilies[n]!]!;
  }

  /** Adds the query's weight to every name sharing its keys; returns the names that can reach the floor. */
  private accumulate(query: QueryName, screens: (family: SchemaFamily) => boolean, persons: Persons): void {
    const { index, gains, touched, accepted, keyBound } = this;
    this.walkPersons = persons !== 'none';
    this.walkOthers = persons !== 'only';
    this.walkChecks = false;
    for (let code = 0; code < SCHEMA_FAMILIES.length; code++) {
      const family = SCHEMA_FAMILIES[code]!;
      const wanted = persons === 'any' || (persons === 'only') === (family === 'Person');
      accepted[code] = wanted && screens(family) ? 1 : 0;
      // The part walked holds the wanted families only: one of them not screened is checked name by name.
      if (wanted && accepted[code] === 0) this.walkChecks = true;
    }
    const start = this.touchedCount;
    let total = 0;
    for (const t of query.tokens) total += t.weight;
    let listSlack = 0;
    let unbounded = false;
    let initials = false;
    let patronymics = false;
    // Keys that two query words may stand for are settled once every key is known (see settleRepeats); the others
    // are walked as they come, and the common ones set aside.
    const deferred = query.repeatsKeys;
    const marks = this.nextMarks(query.tokens.length);
    let entries = 0;
    // Keys shared by very many names (MUHAMMAD, ALI, TRADING) are walked only when the query's other words
    // cannot find the party: a name that shares nothing but them cannot alert (see COMMON_SHARE).
    let commonWeight = 0;
    for (let token = 0; token < query.tokens.length; token++) {
      const t = query.tokens[token]!;
      const { matchIds, matchSimilarities } = t;
      if (t.role === 'name' && t.text.length === 1) initials = true;
      if (t.patronymic) patronymics = true;
      // Legal forms weigh nothing: LLC alone is carried by thousands of names and finds none of them. Where a list
      // name holds one as a word of weight (a name of legal forms only), the bound counts the most it may weigh.
      if (t.weight === 0) {
        let most = 0;
        for (let k = 0; k < matchIds.length; k++)
          most = Math.max(most, keyBound[matchIds[k]!]! * matchSimilarities[k]!);
        listSlack += most;
        continue;
      }
      let tokenIsCommon = false;
      for (let k = 0; k < matchIds.length; k++) {
        const id = matchIds[k]!;
        const count = index.postingCount(id);
        if (count > COMMON_KEY_POSTINGS) {
          unbounded = true;
          continue;
        }
        const similarity = matchSimilarities[k]!;
        const gain = t.weight * similarity + 1e-6;
        const common = count > LARGE_POSTINGS || t.role === 'generic';
        if (common) tokenIsCommon = true;
        if (common || deferred) this.keepEntry(entries++, id, gain, similarity, common, token);
        else this.addBest(id, gain, similarity, marks + token);
      }
      if (tokenIsCommon) commonWeight += t.weight;
    }
    if (deferred) commonWeight = this.settleRepeats(query, entries);
    for (const m of query.merged) {
      this.add(m.id, m.similarity, m.similarity);
    }
    const walkCommon = this.touchedCount === start || commonWeight >= total * COMMON_SHARE;
    // The keys not walked are given to the names found so far, from each name's record: the common keys when
    // not walked, and a key's second and later query words (see settleRepeats).
    const {
      entryIds,
      entryGains,
      entrySimilarities,
      entryRanks,
      entryCommon,
      entryTokens,
      scannedEntries,
      mergedKeys,
    } = this;
    // One bit per key (see keySignature) of the entries scanned, and of those given to names carrying a key twice.
    let signature = 0;
    let twiceSignature = 0;
    let scanned = 0;
    for (let e = 0; e < entries; e++) {
      if (entryRanks[e] === 0) {
        if (entryCommon[e] === 0) continue;
        if (walkCommon) {
          if (deferred) this.add(entryIds[e]!, entryGains[e]!, entrySimilarities[e]!);
          else this.addBest(entryIds[e]!, entryGains[e]!, entrySimilarities[e]!, marks + entryTokens[e]!);
          continue;
        }
      }
      scannedEntries[scanned++] = e;
      if (entryRanks[e] === 0) signature |= keySignature(entryIds[e]!);
      twiceSignature |= keySignature(entryIds[e]!);
      // Only the names' tokens are read: a name carrying the key as two words written together is not given its
      // gain, though the scorer may meet it so.
      if (mergedKeys[entryIds[e]!] === 1) unbounded = true;
    }
    if (scanned > 0) {
      const { names, nameFloats, nameOffset, nameSignature } = index;
      const { repeatsKeys } = this;
      for (let k = start; k < this.touchedCount; k++) {
        const n = touched[k]!;
        // Most names found through the rare words carry none of these keys, and a key twice none: a bit per key says
        // so without reading the name's record.
        const keys = nameSignature[n]!;
        if ((keys & twiceSignature) === 0) continue;
        const twice = deferred && repeatsKeys[n] === 1;
        if (!twice && (keys & signature) === 0) continue;
        const t0 = nameOffset[n]! + NAME_HEADER;
        const t1 = t0 + (names[t0 - NAME_HEADER + NAME_COUNTS]! & 0xffff) * TOKEN_FIELDS;
        // The entries of a word follow one another: unless words share keys (see settleRepeats), a word gives its
        // best key's gains (see wordGains).
        let word = -1;
        let wordGain = 0;
        let wordList = 0;
        for (let s = 0; s < scanned; s++) {
          const e = scannedEntries[s]!;
          if (entryRanks[e]! > 0 && !twice) continue;
          // As its posting would (see NameIndex.postingWeights), with the heavier weight of the tokens carrying it.
          const id = entryIds[e]!;
          let carried = 0;
          let most = 0;
          for (let t = t0; t < t1; t += TOKEN_FIELDS) {
            if (names[t + TOKEN_KEY] !== id) continue;
            carried++;
            most = Math.max(most, recordTokenWeight(names, nameFloats, t));
          }
          if (carried <= entryRanks[e]!) continue;
          const list = most * entrySimilarities[e]!;
          if (deferred) {
            gains[2 * n]! += entryGains[e]!;
            gains[2 * n + 1]! += list;
            continue;
          }
          if (entryTokens[e] !== word) {
            word = entryTokens[e]!;
            wordGain = 0;
            wordList = 0;
          }
          if (entryGains[e]! > wordGain) {
            gains[2 * n]! += entryGains[e]! - wordGain;
            wordGain = entryGains[e]!;
          }
          if (list > wordList) {
            gains[2 * n + 1]! += list - wordList;
            wordList = list;
          }
        }
      }
    }
    if (persons !== 'none') setBound(this.personBound, query, total, listSlack, unbounded, initials, patronymics);
    if (persons !== 'only') setBound(this.otherBound, query, total, listSlack, unbounded, initials, patronymics);
    const floor = total * MIN_CANDIDATE_SHARE;
    // Names reaching the floor join `found`, in the order reached; every touched name is reset after the query.
    for (let k = start; k < this.touchedCount; k++) {
      const n = touched[k]!;
      if (gains[2 * n]! >= floor) this.found[this.foundCount++] = n;
    }
  }

  /**
   * Adds `gain` to every name carrying key `id` in the part of its postings the reading walks (of a screened family),
   * and to its list-side bound the weight it gives the key times `similarity`, whatever else it was given: a key of
   * its own (see {@link addBest}).
   */
  private add(id: number, gain: number, similarity: number): void {
    this.addBest(id, gain, similarity, this.nextMarks(1));
  }

  /**
   * Gives every name carrying key `id`, in the part of its postings the reading walks (of a screened family), `gain`
   * and, on its list side, the weight it gives the key times `similarity`; a name already given gains by another key
   * of the same word (`mark`, see {@link nextMarks}) only what this key gives more (see {@link wordGains}). The hot
   * loop of candidate finding: typed arrays only, no allocation, no family read when the part walked holds screened
   * families only.
   */
  private addBest(id: number, gain: number, similarity: number, mark: number): void {
    const { nameFamilies, gains, touched, accepted, walkChecks, wordMarks, wordGains } = this;
    const { postingData, postingOffsets, postingPersonEnd, postingWeights } = this.index;
    const end = this.walkOthers ? postingOffsets[id + 1]! : postingPersonEnd[id]!;
    let count = this.touchedCount;
    for (let k = this.walkPersons ? postingOffsets[id]! : postingPersonEnd[id]!; k < end; k++) {
      const n = postingData[k]!;
      if (walkChecks && accepted[nameFamilies[n]!] === 0) continue;
      const list = postingWeights[k]! * similarity;
      if (wordMarks[n] !== mark) {
        wordMarks[n] = mark;
        wordGains[2 * n] = gain;
        wordGains[2 * n + 1] = list;
        if (gains[2 * n] === 0) touched[count++] = n;
        gains[2 * n]! += gain;
        gains[2 * n + 1]! += list;
        continue;
      }
      if (gain > wordGains[2 * n]!) {
        gains[2 * n]! += gain - wordGains[2 * n]!;
        wordGains[2 * n] = gain;
      }
      if (list > wordGains[2 * n + 1]!) {
        gains[2 * n + 1]! += list - wordGains[2 * n + 1]!;
        wordGains[2 * n + 1] = list;
      }
    }
    this.touchedCount = count;
  }

  /** Marks for the `count` words of a reading, the first returned (see {@link wordMarks}). */
  private nextMarks(count: number): number {
    if (this.wordMark > 2_000_000_000 - count) {
      this.wordMarks.fill(0);
      this.wordMark = 0;
    }
    const first = this.wordMark + 1;
    this.wordMark += count;
    return first;
  }

  /** Records the reading's `at`-th entry (see {@link entryIds}), growing the arrays when full. */
  private keepEntry(at: number, id: number, gain: number, similarity: number, common: boolean, token: number): void {
    if (at === this.entryIds.length) {
      const size = 2 * at;
      this.entryIds = grown(this.entryIds, new Int32Array(size));
      this.entryGains = grown(this.entryGains, new Float64Array(size));
      this.entrySimilarities = grown(this.entrySimilarities, new Float64Array(size));
      this.entryRanks = new Int32Array(size);
      this.entryCommon = grown(this.entryCommon, new Uint8Array(size));
      this.entryTokens = grown(this.entryTokens, new Int32Array(size));
      this.entryNext = new Int32Array(size);
      this.scannedEntries = new Int32Array(size);
    }
    this.entryIds[at] = id;
    this.entryGains[at] = gain;
    this.entrySimilarities[at] = similarity;
    this.entryRanks[at] = 0;
    this.entryCommon[at] = common ? 1 : 0;
    this.entryTokens[at] = token;
  }

  /**
   * Walks the keys of a reading whose words may stand for the same key (see QueryName.repeatsKeys), from its first
   * `count` entries, each key's once; returns the weight of the reading's words that some key not walked may miss
   * (see COMMON_SHARE). A name carrying a key once can meet one query word with it, since the scorer pairs words one
   * to one; carrying it twice, two. So the key's highest gain is walked (rank 0) and the next given only to names
   * carrying the key twice (rank 1, see accumulate), and so on; each rank takes the same rank of the similarities,
   * for the list side. A key is common, and set aside, when its highest gain's word makes it so. Walked for every
   * query word, the gains made AL-AQSA FOUNDATION share CHARITABLE and FOUNDATION both (one key, "foundation", for
   * the two words) with AL-AQSA CHARITABLE FOUNDATION, and the shorter name took the party's place.
   */
  private settleRepeats(query: QueryName, count: number): number {
    const { entryIds, entryGains, entrySimilarities, entryRanks, entryCommon, entryTokens } = this;
    // Each key's entries, chained through a small open-addressed table by key (see entryNext).
    const slots = 1 << (32 - Math.clz32(2 * count));
    if (slots > this.slotKeys.length) {
      this.slotKeys = new Int32Array(slots);
      this.slotLast = new Int32Array(slots);
    }
    const { slotKeys, slotLast, entryNext } = this;
    slotKeys.fill(-1, 0, slots);
    let repeated = false;
    for (let e = 0; e < count; e++) {
      const id = entryIds[e]!;
      let slot = Math.imul(id, 0x9e3779b1) & (slots - 1);
      while (slotKeys[slot] !== -1 && slotKeys[slot] !== id) slot = (slot + 1) & (slots - 1);
      entryNext[e] = -1;
      if (slotKeys[slot] === id) {
        entryNext[slotLast[slot]!] = e;
        entryRanks[e] = -1;
        repeated = true;
      } else slotKeys[slot] = id;
      slotLast[slot] = e;
    }
    // The first entry of each key met twice, before any rank is set.
    const firsts: number[] = [];
    for (let e = 0; repeated && e < count; e++) if (entryRanks[e] !== -1 && entryNext[e] !== -1) firsts.push(e);
    for (const first of firsts) {
      // The key's entries, by falling gain (the earlier first among equals), and their similarities apart.
      const group: number[] = [];
      const similarities: number[] = [];
      for (let e = first; e !== -1; e = entryNext[e]!) {
        let at = group.length;
        group.push(e);
        for (; at > 0 && entryGains[group[at - 1]!]! < entryGains[e]!; at--) group[at] = group[at - 1]!;
        group[at] = e;
        at = similarities.length;
        similarities.push(entrySimilarities[e]!);
        for (; at > 0 && similarities[at - 1]! < entrySimilarities[e]!; at--) similarities[at] = similarities[at - 1]!;
        similarities[at] = entrySimilarities[e]!;
      }
      const common = entryCommon[group[0]!]!;
      for (let rank = 0; rank < group.length; rank++) {
        const e = group[rank]!;
        entrySimilarities[e] = similarities[rank]!;
        entryRanks[e] = rank;
        entryCommon[e] = common;
      }
    }
    // A word's gain is missed by a name the walked keys do not find when a key of the word is not walked.
    const missed = new Uint8Array(query.tokens.length);
    for (let e = 0; e < count; e++) {
      if (entryCommon[e] === 1) missed[entryTokens[e]!] = 1;
      else if (entryRanks[e] === 0) this.add(entryIds[e]!, entryGains[e]!, entrySimilarities[e]!);
    }
    let commonWeight = 0;
    query.tokens.forEach((t, token) => {
      if (missed[token] === 1) commonWeight += t.weight;
    });
    return commonWeight;
  }

  /**
   * Finds the candidate names for the query's readings (persons for the person reading, the rest for the other)
   * and returns how many: they are the first of {@link candidates}, which the next query refills (read them
   * before finding again). Allocates nothing.
   *
   * @param floor with a floor above 0, the candidates whose name score is sure to stay below it are left out (see
   *   {@link mayReach}): the caller neither reports nor alerts on them, and they need not be scored.
   */
  find(analyses: QueryAnalyses, floor = 0): number {
    const { gains, touched } = this;
    this.touchedCount = 0;
    const { person, other, screens } = analyses;
    this.foundCount = 0;
    if (person && other === person) this.accumulate(person, screens, 'any');
    else {
      if (person) this.accumulate(person, screens, 'only');
      if (other) this.accumulate(other, screens, 'none');
    }
    let count = this.foundCount;
    if (count > this.limit) count = this.best();
    else for (let f = 0; f < count; f++) this.candidates[f] = this.found[f]!;
    if (floor > 0) {
      let kept = 0;
      for (let f = 0; f < count; f++) {
        const n = this.candidates[f]!;
        if (this.mayReach(n, floor)) this.candidates[kept++] = n;
      }
      count = kept;
    }
    for (let k = 0; k < this.touchedCount; k++) {
      gains[2 * touched[k]!] = 0;
      gains[2 * touched[k]! + 1] = 0;
    }
    return count;
  }

  /** Whether name `n` carries key `id`: the part of its posting list for `n`'s family holds the names in order. */
  private carries(n: number, id: number): boolean {
    const { postingData, postingOffsets, postingPersonEnd } = this.index;
    const isPerson = this.nameFamilies[n] === PERSON;
    let low = isPerson ? postingOffsets[id]! : postingPersonEnd[id]!;
    const end = isPerson ? postingPersonEnd[id]! : postingOffsets[id + 1]!;
    let high = end;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (postingData[middle]! < n) low = middle + 1;
      else high = middle;
    }
    return low < end && postingData[low] === n;
  }

  /**
   * Whether found name `n` may reach a name score of `floor`. Its score rises with how much of the query's weight
   * it meets and how much of its own (see coverageScore), and the shared weights bound both: each query word counts
   * its weight, and the weight the name gives the key (see {@link gains}), for the best of its keys the name carries,
   * as the scorer pairs a word with one of the name's tokens at most (where words share keys, for every one of them,
   * and a key for as many words as the name carries it: the scorer pairs words one to one). What the posting lists
   * do not show is allowed for: a merged pair's words and legal forms (see ReadingBound), and the initials and
   * patronymics of persons (see {@link unseenPairs}), whose names are then not bounded at all.
   */
  private mayReach(n: number, floor: number): boolean {
    const isPerson = this.nameFamilies[n] === PERSON;
    const bound = isPerson ? this.personBound : this.otherBound;
    // Initials and patronymics are paired for persons only (see Aligner.align).
    if (bound.unbounded || bound.total <= 0) return true;
    if (isPerson) {
      const unseen = this.unseenPairs[n]!;
      if (bound.initials || unseen & INITIAL_PAIRS || (bound.patronymics && unseen & PATRONYMIC_PAIRS)) return true;
    }
    // A pair of query words written together in the name added its similarity, flat; the scorer counts both words
    // met at that similarity.
    let slack = 0;
    const { merged, tokens } = bound.query!;
    for (let k = 0; k < merged.length; k++) {
      const m = merged[k]!;
      const pair = m.similarity * (tokens[m.first]!.weight + tokens[m.second]!.weight);
      if (this.carries(n, m.id)) slack += Math.max(0, pair - m.similarity);
    }
    const queryCoverage = Math.min(1, (this.gains[2 * n]! + slack) / bound.total);
    const weight = this.nameWeights[n]!;
    const listCoverage = weight > 0 ? Math.min(1, (this.gains[2 * n + 1]! + bound.listSlack) / weight) : 1;
    // A name in Arabic script may gain by correspondence what its coverages do not show.
    const allowance = (isPerson && bound.query!.mayCorrespond ? CORRESPONDENCE_BONUS : 0) + BOUND_MARGIN;
    // The score is a weighted geometric mean of the two coverages, so it lies between them: most names are decided
    // by the two alone, without the powers (an organisation's coverage score was ~3% of a steady-state profile).
    if (Math.min(queryCoverage, listCoverage) + allowance >= floor) return true;
    if (Math.max(queryCoverage, listCoverage) + allowance < floor) return false;
    return coverageScore(queryCoverage, listCoverage, isPerson) + allowance >= floor;
  }

  /**
   * Puts the `limit` best found names into candidates, best first: those sharing the largest part of their own
   * reading's query weight (a person's share of the person reading, an organisation's of the other), then, among
   * equals, those whose own weight the shared weight covers most; among names ranked equal so far, each party's
   * best name before any party's second, then the higher gain, then the lower index. Ranked by raw shared weight,
   * a person matched on all of the person reading's words (IBRAHIM, Haji: only IBRAHIM counts there, Haji is a
   * title) lost to organisations sharing the other reading's heavier word, and a listed name of one common word
   * lost to the hundreds of longer names carrying it: it was never scored at all. Ranked without regard to parties,
   * nine parties listed under the same names (Al-Aqsa Foundation's branches) tied, and the first eight's three
   * names each took the 24 places: a party is reported once, by its best name, so its second name scored is
   * another party not scored.
   */
  private best(): number {
    const { gains, found, nameFamilies, nameWeights, limit, candidates: top } = this;
    const count = this.foundCount;
    if (count > this.keys.length) {
      this.keys = new Float64Array(count * 2);
      this.selection = { values: new Float64Array(count * 2), ties: new Int32Array(count * 2) };
    }
    // One key per found name, by its position in `found`: the share, to within SHARE_STEP, and the cover, which
    // (scaled by a billionth) decides between shares equal to within that.
    const { keys } = this;
    const personScale = 1 / this.personBound.total;
    const otherScale = 1 / this.otherBound.total;
    for (let f = 0; f < count; f++) {
      const n = found[f]!;
      const gain = gains[2 * n]!;
      const share =
        Math.round((gain * (nameFamilies[n] === PERSON ? personScale : otherScale)) / SHARE_STEP) * SHARE_STEP;
      // The cover, gain / weight, as r / (1 + r): below 1 and in the same order, so that names the gain covers more
      // than once (a merged pair adds to the words it stands for) still rank apart. A name of no weight (legal
      // forms only) is covered by any gain: infinity, which is 1.
      const cover = gain / nameWeights[n]!;
      keys[f] = share + (cover === Number.POSITIVE_INFINITY ? 1 : cover / (1 + cover)) * 1e-9;
    }
    const { before } = this;
    let size = selectBest(count, limit, keys, top, before, this.selection);
    // A party is reported once, by its best name: when names tie across the last place, the tied names that are
    // not their party's best are put just below the tie, and the places chosen again. Only then are the tied
    // names' parties read.
    const last = keys[top[0]!]!;
    let tied = 0;
    for (let f = 0; f < count; f++) if (keys[f] === last) tied++;
    for (let k = 0; k < size; k++) if (keys[top[k]!] === last) tied--;
    if (tied > 0) {
      const { nameEntities, partyFirst } = this;
      for (let f = 0; f < count; f++) {
        if (keys[f]! < last) continue;
        const e = nameEntities[found[f]!]!;
        const first = partyFirst[e]!;
        if (first < 0 || before(f, first)) partyFirst[e] = f;
      }
      // A float one or two steps below the tie: closer to it than any two keys that differ.
      const below = last - Math.max(Number.MIN_VALUE, Math.abs(last) * Number.EPSILON);
      for (let f = 0; f < count; f++) {
        if (keys[f] === last && partyFirst[nameEntities[found[f]!]!] !== f) keys[f] = below;
      }
      for (let f = 0; f < count; f++) if (keys[f]! >= below) partyFirst[nameEntities[found[f]!]!] = -1;
      size = selectBest(count, limit, keys, top, before, this.selection);
    }
    // Best first.
    for (let k = 1; k < size; k++) {
      const f = top[k]!;
      let i = k;
      for (; i > 0 && before(f, top[i - 1]!); i--) top[i] = top[i - 1]!;
      top[i] = f;
    }
    for (let k = 0; k < size; k++) top[k] = found[top[k]!]!;
    return size;
  }
}

/** Scratch arrays of {@link selectBest}, each as long as the keys it selects from. */
export interface Selection {
  values: Float64Array;
  ties: Int32Array;
}

/**
 * Puts the positions (in `keys`) of the best `limit` of `count` found names (`count` > `limit`) into `top` and returns
 * how many (`limit`); `top[0]` is then the worst of them. The best are those of the highest keys, and among equal
 * keys those `before` ranks first (`before` must rank a higher key first). The `limit`-th highest key is found first,
 * by selection over a copy of the keys: the names above it are in, and only those equal to it are ranked by
 * `before`, in a heap of the places left. Ranked all by `before`, a hundred names took ~500 of its calls.
 */
export function selectBest(
  count: number,
  limit: number,
  keys: Float64Array,
  top: Int32Array,
  before: (a: number, b: number) => boolean,
  { values, ties }: Selection,
): number {
  for (let f = 0; f < count; f++) values[f] = keys[f]!;
  const last = kthHighest(values, count, limit);
  // The names above the last key fill the places from the end; those equal to it are ranked for the rest.
  let above = 0;
  let equal = 0;
  for (let f = 0; f < count; f++) {
    if (keys[f]! > last) top[limit - 1 - above++] = f;
    else if (keys[f] === last) ties[equal++] = f;
  }
  // A heap of the best tied names, with the worst on top, so that a better one replaces it in a few steps.
  const places = limit - above;
  let size = 0;
  for (let j = 0; j < equal; j++) {
    const f = ties[j]!;
    if (size < places) {
      let i = size++;
      while (i > 0 && before(top[(i - 1) >> 1]!, f)) {
        top[i] = top[(i - 1) >> 1]!;
        i = (i - 1) >> 1;
      }
      top[i] = f;
    } else if (before(f, top[0]!)) {
      let i = 0;
      for (let child = 1; child < size; child = 2 * i + 1) {
        if (child + 1 < size && before(top[child]!, top[child + 1]!)) child++;
        if (!before(f, top[child]!)) break;
        top[i] = top[child]!;
        i = child;
      }
      top[i] = f;
    }
  }
  return limit;
}

/**
 * The `k`-th highest of the first `count` values (1 ≤ `k` ≤ `count`), found by selection (Hoare's partition around
 * a median of three, in place: the values are reordered).
 */
function kthHighest(values: Float64Array, count: number, k: number): number {
  const target = count - k;
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const a = values[low]!;
    const b = values[(low + high) >>> 1]!;
    const c = values[high]!;
    const pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    let i = low;
    let j = high;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i++] = values[j]!;
        values[j--] = swap;
      }
    }
    // Now values[low..j] ≤ pivot ≤ values[i..high], and any between j and i equal the pivot.
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else return pivot;
  }
  return values[target]!;
}

/** `into`, holding `from`'s values first. */
function grown<T extends Int32Array | Float64Array | Uint8Array>(from: T, into: T): T {
  into.set(from);
  return into;
}
