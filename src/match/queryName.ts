import { writesCompound } from '../normalize/compoundWords.js';
import { consonantSkeleton } from '../normalize/consonantSkeleton.js';
import { patronymicPositions, patronymicStem } from '../normalize/isPatronymic.js';
import type { NameToken, NormalizedName } from '../normalize/normalizeName.js';
import { normalizeName } from '../normalize/normalizeName.js';
import { COMPOUND_ARTICLES, COMPOUND_TAILS } from '../normalize/stopWords.data.js';
import type { NameIndex } from './nameIndex.js';
import { joinable } from './packedNames.js';
import { skeletonSimilarity, withSkeletonMatches } from './skeletonMatches.js';
import { similarityList, type TokenFacts, tokenFacts } from './tokenMatch.js';
import { relationCode, TokenMatchTable } from './tokenMatchTable.js';
import { MIDDLE_NAME_WEIGHT, ROLE_WEIGHT } from './weights.js';

/** A query token with its weight and the list keys it may stand for. */
export interface QueryToken {
  text: string;
  key: string;
  role: NameToken['role'];
  weight: number;
  /** The list keys the token may stand for (see TokenFacts). */
  matchIds: readonly number[];
  /** The similarity of each of {@link matchIds}. */
  matchSimilarities: readonly number[];
  /** The relation code (see RELATION_CODES) of each of {@link matchIds}. */
  matchRelations: readonly number[];
  /** A patronymic of a person's name (see patronymicPositions). */
  patronymic: boolean;
  /** What the index knows of the word (see tokenFacts). */
  facts: TokenFacts;
  /**
   * The highest similarity of a match with a list name in another script: less than 1 for a word in Arabic script,
   * else Infinity (no cap: a double, as the caps are, so that every token is laid out alike and V8's code for the
   * first names is not thrown away at the first name in Arabic script).
   */
  crossScript: number;
  /**
   * A word of a person's name in Arabic script that writes ʿAbd, the article and the name after them as one word
   * (عبدالرحمان, see writesCompound): besides the listed words of its consonants, it may meet the two words a list
   * writes apart (ABDUL REHMAN) by them (see Aligner.align).
   */
  joinsCompound: boolean;
}

/** A screened name, analysed once against the index. */
export interface QueryName {
  normalized: NormalizedName;
  tokens: QueryToken[];
  /**
   * Adjacent query tokens that, written together, form a list key ("siemens ag" → "siemensag"), at `similarity`: 1,
   * or in a person's name in Arabic script, where a name and the name after the article stand for the listed words
   * of their joined consonants (see joinedByConsonants), the consonants' similarity.
   */
  merged: Array<{ id: number; first: number; second: number; similarity: number }>;
  /** Script of the original query (a non-Latin query explains its matches as transliteration). */
  script: string;
  /** The code of {@link script} among the index's scripts, −1 when no list name is written in it. */
  scriptId: number;
  /** The list keys each token may stand for, for scoring (see TokenMatchTable). */
  table: TokenMatchTable;
  /** The table's generation when this analysis filled it: a later query refilling the table makes it stale. */
  tableGeneration: number;
  /** Text id of each token among the list names' words, −1 when no list name writes it so. */
  textIds: Int32Array;
  /** Patronymic stem id of each token: −1 when it is no patronymic, −2 when no listed patronymic has its stem. */
  stemIds: Int32Array;
  /**
   * A person's name in Arabic script of three name words or more: against a listed person's name in another script,
   * it gains CORRESPONDENCE_BONUS when their words meet one to one, in the same order (see scoreName). Read once
   * here, not for each candidate.
   */
  mayCorrespond: boolean;
  /**
   * Whether two tokens may stand for the same list key (CHARITABLE and FOUNDATION both for "foundation"): candidate
   * finding then gives the key's gain once for each of a name's tokens carrying it (see CandidateFinder.settleRepeats).
   */
  repeatsKeys: boolean;
}

// The consonants of the names that close a compound, as a word in Arabic script writes them (الدين: DN).
const TAIL_SKELETONS = new Set([...COMPOUND_TAILS].map(consonantSkeleton));

/**
 * A compound of a name in Arabic script (see COMPOUND_HEADS and COMPOUND_TAILS) written as two words: ʿAbd al-X, where
 * the compound token holds the article (عبد الحليم), or a name, the article and a closing name (شهاب الدين, SHIHAB
 * AL-DIN). Lists also write them as one word, the article kept (ABDELHALIM) or assimilated (SHAHABUDDIN, ABDURRAHMAN),
 * so the listed words of their joined consonants, either way, are added to `merged` (pair `first`, `first + 1`) at the
 * consonants' similarity. Not any two names with the article between: آل (ĀL, "family of") also romanizes as AL, and
 * ريم آل علي (RIM AL-ALI) would read as RUMULI.
 */
function joinedByConsonants(
  index: NameIndex,
  a: QueryToken,
  b: QueryToken,
  articleBetween: string | undefined,
  first: number,
  merged: QueryName['merged'],
): void {
  if (b.role !== 'name') return;
  let head = a.text;
  let article = articleBetween;
  if (article !== undefined && !TAIL_SKELETONS.has(consonantSkeleton(b.text))) return;
  if (article === undefined) {
    // A compound token (ABD AL) ends with its article.
    const space = a.text.lastIndexOf(' ');
    if (space < 0 || !COMPOUND_ARTICLES.has(a.text.slice(space + 1))) return;
    head = a.text.slice(0, space);
    article = a.text.slice(space + 1);
  }
  // Apart, not side by side: the skeleton reads two letters written side by side as one, and SAD (سعد) joined to DIN
  // with the article assimilated is SADUDDIN, S-D-D-N, not SADDIN.
  for (const joined of [head + article + b.text, `${head}-${b.text}`]) {
    const skeleton = consonantSkeleton(joined);
    for (const id of index.keysWithSkeleton(skeleton) ?? []) {
      if (merged.some((m) => m.first === first && m.id === id)) continue;
      merged.push({ id, first, second: first + 1, similarity: skeletonSimilarity(skeleton.length) });
    }
  }
}

/**
 * The consonants a word of a name in Arabic script is read by (see consonantSkeleton), `skeleton` those of `text`, the
 * word as romanized: also with D for DH, and those of its key where the key merges two letters; '' for a reading
 * that is not one (see withSkeletonMatches). Each test is made for every word: a test first made at a rare word
 * (one with DH) threw away V8's code for the whole analysis in the speed bench's first pass.
 */
function consonantReadings(text: string, key: string, skeleton: string): [string, string, string] {
  // DH (ذ, ظ, ض) is one consonant, Z in the skeleton, which lists also write D (DAHIR for ظاهر, FADL for فضل).
  const withD = consonantSkeleton(text.replaceAll('dh', 'd'));
  // The listed words are read by their keys, which merge those letters as the word's own key does (MASHHADANI's key
  // is MASHADANI): the word's key meets them so.
  const ofKey = consonantSkeleton(key);
  const merges = ofKey.length === skeleton.length - 1;
  return [skeleton, withD === skeleton ? '' : withD, merges ? ofKey : ''];
}

/** A name in Arabic script gains by correspondence from this many words on (see QueryName.mayCorrespond). */
const CORRESPONDENCE_MIN_WORDS = 3;

// The patronymic stems of a name without a patronymic: none (−1) for each of its words, shared by every such name.
const NO_STEMS = new Int32Array(64).fill(-1);

// A legal form stands for itself only: LLC is never a typo of LTD.
const LEGAL_FORM_SIMILARITY = similarityList(1);
const LEGAL_FORM_RELATION = [relationCode('exact')];
const NO_SIMILARITIES: readonly number[] = similarityList();

/** The facts the other reading of the name already looked up for the same word, if any. */
function sharedFacts(other: QueryName | undefined, token: NameToken): TokenFacts | undefined {
  if (other === undefined) return undefined;
  for (const o of other.tokens) if (o.key === token.key && o.text === token.text) return o.facts;
  return undefined;
}

function fillTable(table: TokenMatchTable | undefined, tokens: readonly QueryToken[]): TokenMatchTable {
  if (table === undefined) return new TokenMatchTable(tokens);
  table.fill(tokens);
  return table;
}

/**
 * Normalizes a screened name and looks each of its tokens up in the index (exact key, typo and sound-alike
 * neighbours), so scoring every candidate afterwards is only table look-ups.
 */
export function analyseQuery(index: NameIndex, text: string, kind: 'person' | 'organization' | 'any'): QueryName {
  return analyseNormalized(index, normalizeName(text, { kind }), kind);
}

/** Options of {@link analyseNormalized}. */
export interface AnalysisOptions {
  /** The same name read for the other kind of party: it lends the look-ups of the words both readings share. */
  other?: QueryName;
  /**
   * A table to fill instead of allocating one: the screener's own, reused for every query (the analysis is then
   * valid until the next query is analysed with it).
   */
  table?: TokenMatchTable;
}

/** {@link analyseQuery} for a name already normalized. */
export function analyseNormalized(
  index: NameIndex,
  normalized: NormalizedName,
  kind: 'person' | 'organization' | 'any',
  { other, table }: AnalysisOptions = {},
): QueryName {
  const tokens: QueryToken[] = [];
  const textIds = new Int32Array(normalized.tokens.length);
  let nameCount = 0;
  for (const t of normalized.tokens) if (t.role === 'name') nameCount++;
  // Only a person's name of three words or more has a patronymic (see patronymicPositions).
  const patronymics =
    kind === 'organization' || nameCount < 3
      ? undefined
      : patronymicPositions(normalized.tokens.filter((t) => t.role === 'name').map((t) => t.key));
  let nameOrdinal = -1;
  // Arabic script writes a name's consonants only: what its words meet in another script is a guess, no closer than
  // their consonants (without its short vowels, سعد romanizes as SAD, which may be SAAD or SAID), and in a
  // person's reading they also stand for the listed words with those consonants. Not in an organisation's: its
  // words are words of the language, and their consonants meet any listed word's (SULTAN, SOLUTION).
  const arabic = normalized.script === 'Arab';
  const byConsonants = arabic && kind !== 'organization';
  // Read by consonants, the article skipped before each token, if any (شهاب الدين: AL before DIN).
  const articles: Array<string | undefined> | undefined = byConsonants ? [] : undefined;
  let article: string | undefined;
  for (const t of normalized.tokens) {
    if (t.role === 'name') nameOrdinal++;
    if (t.role === 'stopWord' || t.role === 'honorific') {
      const isArticle = t.role === 'stopWord' && COMPOUND_ARTICLES.has(t.text);
      article = articles !== undefined && isArticle ? t.text : undefined;
      continue;
    }
    articles?.push(article);
    article = undefined;
    const facts = sharedFacts(other, t) ?? tokenFacts(index, t.key, t.text);
    let { matchIds, matchSimilarities, matchRelations, weight: wordWeight } = facts;
    // From the word as romanized: its key would merge letters (SHH, ش ح, into SH).
    const skeleton = arabic && t.role === 'name' ? consonantSkeleton(t.text) : undefined;
    if (byConsonants && skeleton !== undefined) {
      let read = facts;
      for (const reading of consonantReadings(t.text, t.key, skeleton))
        read = withSkeletonMatches(index, reading, read);
      ({ matchIds, matchSimilarities, matchRelations, weight: wordWeight } = read);
    }
    if (t.role === 'legalForm') {
      const known = facts.id >= 0;
      matchIds = known ? [facts.id] : [];
      matchSimilarities = known ? LEGAL_FORM_SIMILARITY : NO_SIMILARITIES;
      matchRelations = known ? LEGAL_FORM_RELATION : [];
    }
    let weight = ROLE_WEIGHT[t.role] * wordWeight;
    const patronymic = t.role === 'name' && patronymics !== undefined && patronymics.has(nameOrdinal);
    if (patronymic) weight *= MIDDLE_NAME_WEIGHT;
    tokens.push({
      text: t.text,
      key: t.key,
      role: t.role,
      weight,
      matchIds,
      matchSimilarities,
      matchRelations,
      patronymic,
      facts,
      crossScript: skeleton === undefined ? Number.POSITIVE_INFINITY : skeletonSimilarity(skeleton.length),
      joinsCompound: byConsonants && skeleton !== undefined && writesCompound(t.text),
    });
    textIds[tokens.length - 1] = facts.textId;
  }
  const merged: QueryName['merged'] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (!joinable(a, b)) continue;
    const id = index.joinedKeyId(a.key, b.key);
    if (id !== undefined) merged.push({ id, first: i, second: i + 1, similarity: 1 });
    else if (articles) joinedByConsonants(index, a, b, articles[i + 1], i, merged);
  }
  let stemIds = NO_STEMS;
  if (patronymics !== undefined || tokens.length > NO_STEMS.length) {
    stemIds = new Int32Array(tokens.length).fill(-1);
    tokens.forEach((t, i) => {
      if (t.patronymic) stemIds[i] = index.stemIdOf(patronymicStem(t.key)) ?? -2;
    });
  }
  const filled = fillTable(table, tokens);
  return {
    normalized,
    tokens,
    merged,
    script: normalized.script,
    scriptId: index.scripts.indexOf(normalized.script),
    table: filled,
    tableGeneration: filled.generation,
    textIds,
    stemIds,
    mayCorrespond: kind !== 'organization' && arabic && nameCount >= CORRESPONDENCE_MIN_WORDS,
    repeatsKeys: filled.repeatsKeys,
  };
}
