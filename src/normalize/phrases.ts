import { letterRunSpellings } from './dottedLetters.js';
import { LEGAL_FORMS } from './legalForms.data.js';
import { ORG_TERM_GROUPS } from './orgTerms.data.js';
import { romanizeKey } from './romanizeKey.js';
import { splitWords } from './splitWords.js';
import { toAscii } from './transliterate.js';

/** A multi-word (or one-word) term of an organisation name: a legal form or a generic organisation word. */
export interface Phrase {
  keys: readonly string[];
  /**
   * Its words as the table writes them: a short word (see SHORT_WORD) must be written so in the name, since an
   * abbreviation is not respelt (AAS is a family name, not the legal form AS; DMC is not DMCC).
   */
  words: readonly string[];
  compare: string;
  role: 'legalForm' | 'generic';
  /** Every word of it is one or two letters ("S A", "AO"): too ambiguous to take inside a name, only at its edges. */
  edgeOnly: boolean;
  /** Taken only as the name's last words (see LegalForm.closing). */
  closing: boolean;
}

/**
 * The longest key of a phrase word compared as written: spelling rules merge the letters of a name's words
 * (double letters, CK / K), which in an abbreviation turns other words into legal forms (AAS into AS, CKG into KG).
 */
const SHORT_WORD = 4;

function buildPhrases(): Map<string, Phrase[]> {
  const byFirst = new Map<string, Phrase[]>();
  const add = (variant: string, compare: string, role: Phrase['role'], closing = false) => {
    for (const words of letterRunSpellings(splitWords(toAscii(variant)))) addWords(words, compare, role, closing);
  };
  const addWords = (words: string[], compare: string, role: Phrase['role'], closing: boolean) => {
    const keys = words.map(romanizeKey);
    const first = keys[0];
    if (first === undefined) return;
    const phrase: Phrase = { keys, words, compare, role, edgeOnly: keys.every((k) => k.length <= 2), closing };
    const list = byFirst.get(first);
    const same = (p: Phrase) => p.compare === compare && p.closing === closing && p.words.join(' ') === words.join(' ');
    if (!list) byFirst.set(first, [phrase]);
    else if (!list.some(same)) list.push(phrase);
  };
  for (const form of LEGAL_FORMS) {
    for (const v of form.variants) add(v, form.compare, 'legalForm');
    for (const v of form.closing ?? []) add(v, form.compare, 'legalForm', true);
  }
  for (const term of ORG_TERM_GROUPS) for (const v of term.variants) add(v, term.compare, 'generic');
  // Longest first, so "PRIVATE MILITARY COMPANY" wins over "COMPANY" and "CO LTD" over "CO".
  for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return byFirst;
}

const PHRASES = buildPhrases();

const TERM_KEYS: ReadonlySet<string> = new Set(ORG_TERM_GROUPS.map((term) => term.compare));

/**
 * Whether `key` is the comparison key of a generic organisation term (see ORG_TERM_GROUPS): the one key of every
 * word of its group, translations and kindred words alike (PETROCHEMICAL, OIL, GAS and ENERGIYA are all "energy").
 */
export function isTermKey(key: string): boolean {
  return TERM_KEYS.has(key);
}

/** The legal forms and organisation terms whose first word has comparison key `first`, longest first. */
export function phrasesStartingWith(first: string): readonly Phrase[] | undefined {
  return PHRASES.get(first);
}

/**
 * The longest of `candidates` (phrases starting with the key at `at`) that a name spells from word `at` on, or
 * undefined: a name's `keys` and `words` (as written, lower case) are compared with the phrase's, its short words
 * as written. Terms made only of one- and two-letter words match only at the start or the end of the name, closing
 * variants (see LegalForm.closing) only at its end; none longer than `longest` words. `edge`, where the terms that
 * close the name begin, is an end too (CO in DAFENG ASIA CO LIMITED LIABILITY COMPANY).
 */
export function phraseFrom(
  candidates: readonly Phrase[] | undefined,
  keys: readonly string[],
  words: readonly string[],
  at: number,
  longest = keys.length,
  edge = keys.length,
): Phrase | undefined {
  if (!candidates) return undefined;
  for (const phrase of candidates) {
    const end = at + phrase.keys.length;
    if (end > keys.length || phrase.keys.length > longest) continue;
    let same = true;
    for (let k = 0; k < phrase.keys.length && same; k++) {
      const key = phrase.keys[k]!;
      same = key.length <= SHORT_WORD ? words[at + k] === phrase.words[k] : keys[at + k] === key;
    }
    if (!same) continue;
    if (phrase.edgeOnly && at !== 0 && end !== keys.length && end !== edge) continue;
    if (phrase.closing && end !== keys.length) continue;
    return phrase;
  }
  return undefined;
}
