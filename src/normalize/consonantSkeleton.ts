// Vowels, and the letters Arabic script also writes for long vowels (و as W, ي and ى as Y; W is V in a key).
const DROPPED = new Uint8Array(128);
for (const letter of 'aeiouyvw') DROPPED[letter.charCodeAt(0)] = 1;
const code = (letter: string) => letter.charCodeAt(0);
const H = code('h');
// One letter written with two, the second an H: ش SH (X here, a letter no key has); ث, ذ and ظ, which lists write
// TH, DH or Z (UTHMAN, KADHIM, KATHIM, MAHFOUZ), as Z; خ KH as H, as keys write it (KHALID, HALID).
const DIGRAPH = new Uint8Array(128);
for (const [first, letter] of Object.entries({ s: 'x', t: 'z', d: 'z', k: 'h' })) DIGRAPH[code(first)] = code(letter);
const Q = code('q');
const K = code('k');

/**
 * The consonants of a word, in order, a letter doubled once: what Arabic script writes of a name, which leaves
 * short vowels unwritten and long ones as W or Y (محمد → MHMD = MUHAMMAD, حسين → HSYN → HSN = HUSSEIN). For a
 * listed word's comparison key (see romanizeKey) and for a word romanized from Arabic script as written. Anything
 * but the letters a–z is dropped (the ʿayn and hamza any-ascii writes as quotes); SH, KH, and TH / DH / Z are one
 * letter each, Q is K; a final H is dropped, as keys drop it after A (TILFAH, طلفاح). Lossy by design: HASSAN and
 * HUSSEIN, MAHMUD and MUHAMMAD share one; the scorer treats a match as a transliteration guess, not as the same
 * spelling.
 *
 * @example
 * consonantSkeleton('muhamad') === consonantSkeleton('mhmd'); // true
 */
export function consonantSkeleton(word: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    if (c < 97 || c > 122 || DROPPED[c] === 1) {
      // A vowel parts two consonants (AZIZ is Z-Z, عزيز ZYZ too); only letters written side by side are one.
      last = 0;
      continue;
    }
    // Not past the last letter: a read past the end is NaN, but V8 throws its optimized code away the first time.
    if (DIGRAPH[c] !== 0 && i + 1 < word.length && word.charCodeAt(i + 1) === H) {
      c = DIGRAPH[c]!;
      i++;
    } else if (c === Q) c = K;
    else if (c === H && i === word.length - 1) break;
    if (c !== last) out += String.fromCharCode(c);
    last = c;
  }
  return out.length > 1 && out.charCodeAt(out.length - 1) === H ? out.slice(0, -1) : out;
}
