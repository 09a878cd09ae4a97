import type { Entity } from '../src/model/entity.js';
import { pick } from './random.js';

/** One realistic variation of a listed name, as a counterparty or an evader would write it. */
export interface Variant {
  kind: string;
  text: string;
}

// Romanization swaps seen between lists and in payment data (one applied per variant).
const ROMANIZATION_SWAPS: Array<[RegExp, string]> = [
  [/\bW/g, 'V'],
  [/\bV(?=[AEIOU])/g, 'W'],
  [/OV\b/g, 'OFF'],
  [/EV\b/g, 'EFF'],
  [/KH/g, 'H'],
  [/IY\b/g, 'Y'],
  [/IY\b/g, 'II'],
  [/\bYE/g, 'E'],
  [/\bE(?=V)/g, 'YE'],
  [/TS/g, 'TZ'],
  [/YA/g, 'IA'],
  [/YU/g, 'IU'],
  [/ZH/g, 'J'],
  [/SH/g, 'SCH'],
  [/OU/g, 'U'],
  [/PH/g, 'F'],
  [/\bMUHAMMAD\b/g, 'MOHAMMED'],
  [/\bMOHAMMED\b/g, 'MUHAMMAD'],
  [/\bMOHAMMAD\b/g, 'MOHAMED'],
  [/\bABD AL /g, 'ABDUL '],
  [/\bABDUL /g, 'ABD AL-'],
  [/\bALEKSANDR\b/g, 'ALEXANDER'],
  [/\bALEXANDER\b/g, 'ALEKSANDR'],
  [/\bYEVGENIY\b/g, 'EVGENY'],
  [/\bSERGEY\b/g, 'SERGEI'],
  [/\bYURIY\b/g, 'YURI'],
  [/\bHUSSEIN\b/g, 'HUSAYN'],
];

// Legal forms and their other spellings, as counterparties write them.
const LEGAL_FORM_SWAPS: Array<[RegExp, string[]]> = [
  [/\bLIMITED LIABILITY COMPANY\b/g, ['LLC', 'OOO', 'L.L.C.']],
  [/\bLLC\b/g, ['LIMITED LIABILITY COMPANY', 'OOO', '']],
  [/\bOBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU\b/g, ['OOO', 'LLC']],
  [/\bJOINT STOCK COMPANY\b/g, ['JSC', 'AO', '']],
  [/\bOPEN JOINT STOCK COMPANY\b/g, ['OJSC', 'OAO']],
  [/\bAKTSIONERNOE OBSHCHESTVO\b/g, ['AO', 'JSC']],
  [/\bLIMITED\b/g, ['LTD', 'LTD.']],
  [/\bLTD\b/g, ['LIMITED', '']],
  [/\bLIMITED SIRKETI\b/g, ['LTD STI', 'LTD. ŞTİ.']],
  [/\bANONIM SIRKETI\b/g, ['A.S.', 'A.Ş.']],
  [/\bCO\.?,? LTD\b/g, ['COMPANY LIMITED', 'CO LTD']],
  [/\bCOMPANY LIMITED\b/g, ['CO., LTD.', 'CO LTD']],
  [/\bGMBH\b/g, ['G.M.B.H.', '']],
  [/\bINC\b/g, ['INCORPORATED', '']],
  [/\bCORPORATION\b/g, ['CORP', 'CORP.']],
  [/\bFZE\b/g, ['F.Z.E.', 'FREE ZONE ESTABLISHMENT']],
];

const HOMOGLYPHS: Record<string, string> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
};
const TURKISH: Record<string, string> = { S: 'Ş', C: 'Ç', G: 'Ğ', I: 'İ', O: 'Ö', U: 'Ü' };
const ACCENTS: Record<string, string> = { A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú', N: 'Ñ' };
const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u00ad', '\u2060', '\ufeff'];

function nameTokens(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** "LAST, First Middle" → ["First Middle", "LAST"] (persons as OFAC writes them). */
function splitComma(text: string): { given: string; last: string } | undefined {
  const i = text.indexOf(',');
  if (i < 0) return undefined;
  const last = text.slice(0, i).trim();
  const given = text.slice(i + 1).trim();
  return last && given ? { given, last } : undefined;
}

function typo(rng: () => number, text: string): string | undefined {
  const tokens = nameTokens(text);
  const candidates = tokens.map((t, i) => [t, i] as const).filter(([t]) => /^[A-Za-z]{6,}$/.test(t));
  if (candidates.length === 0) return undefined;
  const [token, at] = pick(rng, candidates);
  const p = 1 + Math.floor(rng() * (token.length - 2));
  const op = Math.floor(rng() * 4);
  const letter = String.fromCharCode(65 + Math.floor(rng() * 26));
  const changed =
    op === 0
      ? token.slice(0, p) + token.slice(p + 1)
      : op === 1
        ? token.slice(0, p) + token[p + 1] + token[p] + token.slice(p + 2)
        : op === 2
          ? token.slice(0, p) + letter + token.slice(p + 1)
          : token.slice(0, p) + letter + token.slice(p);
  tokens[at] = changed;
  return tokens.join(' ');
}

function replaceChars(
  rng: () => number,
  text: string,
  table: Record<string, string>,
  count: number,
): string | undefined {
  const positions = [...text].map((ch, i) => [ch, i] as const).filter(([ch]) => table[ch]);
  if (positions.length === 0) return undefined;
  const chars = [...text];
  for (let k = 0; k < count; k++) {
    const [ch, i] = pick(rng, positions);
    chars[i] = table[ch]!;
  }
  return chars.join('');
}

/**
 * Realistic variants of a listed name: reordering, dropped middle names, a typo, a romanization swap,
 * a legal-form change, diacritics / Turkish letters, and homoglyph + zero-width evasion.
 */
export function variantsOf(rng: () => number, entity: Entity, text: string): Variant[] {
  const out: Variant[] = [];
  const isPerson = entity.schema === 'Person';
  const comma = splitComma(text);
  if (isPerson && comma) {
    out.push({ kind: 'reorder', text: `${comma.given} ${comma.last}` });
    const given = nameTokens(comma.given);
    if (given.length >= 2) out.push({ kind: 'drop-middle', text: `${given[0]} ${comma.last}` });
  } else if (isPerson) {
    const t = nameTokens(text);
    if (t.length >= 2) out.push({ kind: 'reorder', text: [t[t.length - 1], ...t.slice(0, -1)].join(' ') });
    if (t.length >= 3) out.push({ kind: 'drop-middle', text: `${t[0]} ${t[t.length - 1]}` });
  }
  const typoText = typo(rng, comma ? `${comma.given} ${comma.last}` : text);
  if (typoText) out.push({ kind: 'typo', text: typoText });
  const upper = text.toUpperCase();
  const swaps = ROMANIZATION_SWAPS.filter(([re]) => {
    re.lastIndex = 0;
    return re.test(upper);
  });
  if (swaps.length > 0) {
    const [re, to] = pick(rng, swaps);
    re.lastIndex = 0;
    const swapped = upper.replace(re, to);
    if (swapped !== upper) out.push({ kind: 'transliteration', text: swapped });
  }
  if (!isPerson) {
    const forms = LEGAL_FORM_SWAPS.filter(([re]) => {
      re.lastIndex = 0;
      return re.test(upper);
    });
    if (forms.length > 0) {
      const [re, tos] = pick(rng, forms);
      re.lastIndex = 0;
      const changed = upper.replace(re, pick(rng, tos)).replace(/\s+/g, ' ').trim();
      if (changed !== upper && changed.length > 0) out.push({ kind: 'legal-form', text: changed });
    }
  }
  const marked =
    entity.countries.includes('TR') || entity.addresses.some((a) => a.country === 'TR')
      ? replaceChars(rng, upper, TURKISH, 2)
      : replaceChars(rng, upper, ACCENTS, 2);
  if (marked) out.push({ kind: 'diacritics', text: marked });
  const glyphs = replaceChars(rng, text, HOMOGLYPHS, 2);
  if (glyphs) out.push({ kind: 'homoglyph+zero-width', text: withZeroWidth(rng, glyphs) });
  return out;
}

/** `text` with an invisible character slipped in after its first character and before its last. */
function withZeroWidth(rng: () => number, text: string): string {
  const chars = [...text];
  chars.splice(1 + Math.floor(rng() * Math.max(1, chars.length - 2)), 0, pick(rng, ZERO_WIDTH));
  return chars.join('');
}

/** The Latin letter each Cyrillic look-alike of {@link HOMOGLYPHS} can be swapped for unseen. */
const LATIN_LOOKALIKES: Record<string, string> = Object.fromEntries(
  Object.entries(HOMOGLYPHS).map(([latin, cyrillic]) => [cyrillic, latin]),
);

/**
 * The same evasion the other way round: a name in Cyrillic with two of its letters swapped for Latin look-alikes and an
 * invisible character slipped in ("ВАГНEР" with a Latin E); undefined when the name has no such letter.
 */
export function disguisedCyrillic(rng: () => number, text: string): string | undefined {
  const glyphs = replaceChars(rng, text, LATIN_LOOKALIKES, 2);
  return glyphs === undefined ? undefined : withZeroWidth(rng, glyphs);
}
