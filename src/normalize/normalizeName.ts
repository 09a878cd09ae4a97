import { detectScript } from '../model/name.js';
import { cleanText } from './cleanText.js';
import { joinDottedLetters } from './dottedLetters.js';
import { foldHomoglyphs } from './foldHomoglyphs.js';
import { type Phrase, phraseFrom } from './phrases.js';
import { reorderPersonName } from './reorderPersonName.js';
import { splitWords } from './splitWords.js';
import { toAscii } from './transliterate.js';
import { type WordFacts, wordFacts } from './wordFacts.js';

export { phoneticKey } from './phoneticKey.js';

/** What kind of party a name belongs to, when known: it decides whether legal forms and titles are looked for. */
export type NameKindHint = 'person' | 'organization' | 'any';

/**
 * What a word does in a name: `name` identifies (WAGNER, UTKIN); `generic` says what kind of business (GROUP,
 * TICARET); `legalForm` (LLC, A.Ş.); `stopWord` joins (OF, AL, BIN); `honorific` is a title (SHEIKH, DR).
 */
export type TokenRole = 'name' | 'generic' | 'legalForm' | 'stopWord' | 'honorific';

/** One word (or recognised phrase) of a normalized name. */
export interface NameToken {
  /** The romanized lower-case word(s) as written ("vagner", "limited sirketi"). */
  text: string;
  /** The comparison key: spelling variants and translations of one term share it ("vagner", "ltd"). */
  key: string;
  role: TokenRole;
}

/** A name ready for comparison. */
export interface NormalizedName {
  /** The text as given. */
  original: string;
  /** Invisible characters removed, look-alike letters folded, transliterated to ASCII; case and spacing kept. */
  ascii: string;
  /** ISO 15924 script of the original ("Latn", "Cyrl", …). */
  script: string;
  tokens: NameToken[];
}

// Two capitalised Cyrillic words written without a space ("АндрейАндреевич" in the OpenSanctions UA file): split
// where a capitalised word of three letters or more runs into the next. Latin names keep their inner capitals
// (McDonald, DeAndre, MacArthur), where they are part of the name.
const GLUED_WORDS = /([А-ЯЁІЇЄҐЎ][а-яёіїєґў]{2,})(?=[А-ЯЁІЇЄҐЎ][а-яёіїєґў])/g;

/**
 * The legal form or organisation term starting at word `at`: the longest, unless a term starting at one of its later
 * words runs past its end and, taken instead (after the longest term that ends before it, if any), leaves more of
 * the words read as terms. COMPANY LIMITED LIABILITY COMPANY is a COMPANY and a LIMITED LIABILITY COMPANY, not a
 * COMPANY LIMITED followed by the name word LIABILITY; PRIVATE LIMITED COMPANY stays a PRIVATE LIMITED and a COMPANY.
 */
function phraseAt(
  facts: readonly WordFacts[],
  keys: readonly string[],
  words: readonly string[],
  at: number,
): Phrase | undefined {
  const phrase = phraseFrom(facts[at]!.phrases, keys, words, at);
  if (phrase === undefined) return undefined;
  const end = at + phrase.keys.length;
  for (let j = at + 1; j < end; j++) {
    const later = phraseFrom(facts[j]!.phrases, keys, words, j);
    if (later === undefined || j + later.keys.length <= end) continue;
    // A later term closing the name makes its start an edge, where a form of one or two letters may stand.
    const edge = j + later.keys.length === keys.length ? j : keys.length;
    const before = phraseFrom(facts[at]!.phrases, keys, words, at, j - at, edge);
    const next = end < keys.length ? phraseFrom(facts[end]!.phrases, keys, words, end) : undefined;
    const kept = phrase.keys.length + (next?.keys.length ?? 0);
    return (before?.keys.length ?? 0) + later.keys.length > kept ? before : phrase;
  }
  return phrase;
}

function classify(words: readonly string[], facts: readonly WordFacts[], kind: NameKindHint): NameToken[] {
  // Legal forms are looked for with one-letter slips corrected ("LIMITED LIABILIYT COMPANY"), in an
  // organisation's name only, and only once a word starts one (most names have none).
  let formKeys: string[] | undefined;
  const tokens: NameToken[] = [];
  let i = 0;
  if (kind !== 'organization') {
    while (i < words.length - 1 && facts[i]!.honorific) {
      tokens.push({ text: words[i]!, key: facts[i]!.key, role: 'honorific' });
      i++;
    }
  }
  while (i < words.length) {
    const word = words[i]!;
    const fact = facts[i]!;
    if (kind !== 'person' && fact.phrases !== undefined) formKeys ??= facts.map((f) => f.formKey);
    const phrase = formKeys === undefined ? undefined : phraseAt(facts, formKeys, words, i);
    if (phrase) {
      const end = i + phrase.keys.length;
      tokens.push({ text: words.slice(i, end).join(' '), key: phrase.compare, role: phrase.role });
      i = end;
      continue;
    }
    const next = facts[i + 1];
    if (fact.compoundHead !== undefined && next?.compoundArticle && i + 2 < words.length) {
      tokens.push({ text: `${word} ${words[i + 1]}`, key: fact.compoundHead, role: 'name' });
      i += 2;
      continue;
    }
    // English and Romance stop words are initials in a person's name ("A. S. Ivanov"); particles are not. A
    // stop word joins words: written last it joins nothing, and is a name (the Korean family name AN, the
    // Vietnamese LE, an initial).
    const joining = fact.particle || (kind !== 'person' && fact.stopWord && i < words.length - 1);
    tokens.push({ text: word, key: fact.key, role: joining ? 'stopWord' : 'name' });
    i++;
  }
  if (!tokens.some((t) => t.role === 'name')) {
    // A name made only of generic words ("GENERAL TRADING CO") or only of titles is still a name: its words
    // must identify it, or it could never be found.
    const hasGeneric = tokens.some((t) => t.role === 'generic');
    for (const t of tokens) if (!hasGeneric || t.role === 'generic') t.role = 'name';
  }
  return tokens;
}

/**
 * Normalizes a name for screening: removes invisible characters, applies NFKC, folds Cyrillic and Greek
 * look-alike letters inside Latin names, transliterates other scripts to ASCII, puts "LAST, First" persons in
 * reading order, and splits the name into words, each with a comparison key (romanization variants merged)
 * and a role (legal forms, generic organisation words, stop words and titles recognised from the tables in
 * this folder). Pure and deterministic; never throws.
 *
 * @example
 * normalizeName('ЧВК Вагнер').tokens.map((t) => [t.key, t.role]); // [['pmc', 'generic'], ['vagner', 'name']]
 */
export function normalizeName(text: string, options: { kind?: NameKindHint } = {}): NormalizedName {
  return classifyName(romanizeName(text), options.kind ?? 'any');
}

/** A name cleaned and romanized, before its words are read for one kind of party (see {@link classifyName}). */
export interface RomanizedName {
  original: string;
  /** Cleaned, look-alikes folded, romanized, spaces collapsed; in the order written. */
  romanized: string;
  script: string;
  /** The words of {@link romanized} in the order written, and what the tables say of each, looked up once. */
  words: string[];
  facts: WordFacts[];
}

function withWords(original: string, romanized: string, script: string): RomanizedName {
  const words = splitWords(romanized);
  return { original, romanized, script, words, facts: words.map(wordFacts) };
}

// Printable ASCII has no invisible, control, look-alike or non-Latin characters and is its own NFKC form: most
// screened names take this path and skip the Unicode work.
const PLAIN = /^[\x20-\x7e]*$/;

// Latin letters with marks (Latin-1 and Latin Extended-A), less the few NFKC rewrites (Ĳ, Ŀ, ŉ, ſ): with printable
// ASCII, text that is its own NFKC form and has no invisible, control, look-alike or non-Latin character. Only
// the romanization applies; a name with diacritics or Turkish letters (an eighth of the speed bench's) skips the rest.
const LATIN = /^[\x20-\x7e\u00c0-\u0131\u0134-\u013e\u0141-\u0148\u014a-\u017e]*$/;

/** The script-independent half of {@link normalizeName}: clean, fold look-alikes, romanize. */
export function romanizeName(text: string): RomanizedName {
  if (PLAIN.test(text)) return withWords(text, text.replace(/\s+/g, ' ').trim(), 'Latn');
  if (LATIN.test(text)) return withWords(text, toAscii(text).replace(/\s+/g, ' ').trim(), 'Latn');
  const cleaned = cleanText(text);
  const folded = foldHomoglyphs(cleaned).replace(GLUED_WORDS, '$1 ');
  return withWords(text, toAscii(folded).replace(/\s+/g, ' ').trim(), detectScript(folded));
}

/** The kind-dependent half of {@link normalizeName}: word order, words, keys and roles for this kind of party. */
export function classifyName(name: RomanizedName, kind: NameKindHint): NormalizedName {
  // Reordered after romanization, so that a comma the romanization makes (of a full-width "，") counts too
  // and normalizing the result again changes nothing.
  const ascii = kind === 'person' ? reorderPersonName(name.romanized) : name.romanized;
  let words: readonly string[] = name.words;
  let { facts } = name;
  if (ascii !== name.romanized) {
    // "LAST, First Middle" read as "First Middle LAST": the same words, those before the comma moved to the end.
    const moved = splitWords(name.romanized.slice(0, name.romanized.indexOf(','))).length;
    words = [...words.slice(moved), ...words.slice(0, moved)];
    facts = [...facts.slice(moved), ...facts.slice(0, moved)];
  }
  if (kind !== 'person') {
    const dotted = joinDottedLetters(name.romanized);
    if (dotted !== name.romanized) {
      words = splitWords(dotted);
      facts = words.map(wordFacts);
    }
  }
  return { original: name.original, ascii, script: name.script, tokens: classify(words, facts, kind) };
}
