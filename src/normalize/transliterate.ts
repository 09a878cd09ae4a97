import anyAscii from 'any-ascii';
import { SCRIPT_OVERRIDES } from './scriptOverrides.data.js';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
// Latin-1 and Latin Extended-A: no rule below applies to them (they are for other scripts).
const LATIN_LETTERS = /^[\x20-\x7e\u00a0-\u017f]*$/;

// One syllable per character in these scripts: romanized as separate words, so "习近平" reads "Xi Jin Ping" and
// meets the list's "XI Jinping" through the joined-token match, instead of one opaque "XiJinPing".
const SYLLABIC = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

// Ukrainian Є after a consonant only softens it: lists write БЄЛІК as BELIK and ДЄГТЯРЬ as DEGTYAR, not BYELIK.
const SOFTENED_YE = /([БВГҐДЖЗКЛМНПРСТФХЦЧШЩбвгґджзклмнпрстфхцчшщ])[Єє]/gu;

// The Arabic article written onto the word it defines (التكريتي, al-Tikriti): a word of its own, as lists write it.
const ARABIC_ARTICLE = /(^|[^\p{Script=Arabic}])ال(?=\p{Script=Arabic}{2})/gu;
// Words of their own, as lists write them: the kinship words (بن BIN, ابن IBN, بنت BINT, ولد OULD), so that they
// are read as the name particles they are, and طه TAHA, whose two letters would read as the one of ث (TH).
const ARABIC_WORDS: Readonly<Record<string, string>> = { بن: 'bin', ابن: 'ibn', بنت: 'bint', ولد: 'ould', طه: 'Taha' };
const ARABIC_WORD = /(^|[^\p{Script=Arabic}])(بن|ابن|بنت|ولد|طه)(?!\p{Script=Arabic})/gu;
// "Of God" closing a compound name (خير الله, KHAYRALLAH): lists write it onto the word before.
const ARABIC_ALLAH = /(\p{Script=Arabic})\s+الله(?!\p{Script=Arabic})/gu;

const OVERRIDE_KEYS = Object.keys(SCRIPT_OVERRIDES).sort((a, b) => b.length - a.length);
const OVERRIDE_PATTERN = new RegExp(OVERRIDE_KEYS.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gu');

/**
 * Romanizes any text to printable ASCII: non-Latin scripts (Cyrillic, Greek, Arabic, Hebrew, Armenian, Georgian,
 * CJK, …) through any-ascii, after the list conventions of {@link SCRIPT_OVERRIDES} and, in Arabic script, the
 * article, the kinship words and the compounds of Allāh written as lists write them; Latin diacritics and Turkish
 * letters lose their marks (Ş → S, ı → i). any-ascii because it covers every script in one small, dependency-free,
 * deterministic table that runs in browsers and edge runtimes, where ICU transliterators are not available.
 *
 * @example
 * toAscii('ЧВК Вагнер'); // 'ChVK Vagner'
 */
export function toAscii(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return text;
  if (LATIN_LETTERS.test(text)) return anyAscii(text);
  const prepared = text
    .replace(SOFTENED_YE, '$1e')
    .replace(ARABIC_WORD, (_, before: string, word: string) => `${before}${ARABIC_WORDS[word]}`)
    .replace(ARABIC_ALLAH, '$1allah')
    .replace(ARABIC_ARTICLE, '$1al-')
    .replace(OVERRIDE_PATTERN, (s) => SCRIPT_OVERRIDES[s] ?? s)
    .replace(SYLLABIC, (ch) => ` ${ch} `);
  return anyAscii(prepared);
}
