// The hashes of the one-letter deletion tables (the list words' typo table, SpellingForms, and the legal-form words'):
// a word's hash and the hashes of its deletions in two passes over it. FNV-1a hashes each deletion from its first
// letter, n passes for a word of n letters; a polynomial hash is a sum over the letters, so the hash of the word
// without letter i is the part before i, shifted, plus the part after it. Both kinds of entry of a table, words and
// their deletions, are hashed here, so that a word found as another's deletion has the same hash either way.
const MULTIPLIER = 0x01000193;

// MULTIPLIER to the powers 0, 1, 2, …, grown for the longest word met; and the sums of each word's endings.
let powers = new Int32Array(0);
let endings = new Int32Array(0);

function grow(length: number): void {
  if (length < powers.length) return;
  powers = new Int32Array(2 * length + 2);
  powers[0] = 1;
  for (let i = 1; i < powers.length; i++) powers[i] = Math.imul(powers[i - 1]!, MULTIPLIER);
  endings = new Int32Array(powers.length);
}

/** The hash of a word of `length` code units whose polynomial sum is `sum`: the two mixed (MurmurHash3's finish). */
function finish(sum: number, length: number): number {
  let h = (sum + Math.imul(length, 0x9e3779b1)) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** The hash of `word` (see deletionHashes), as a signed 32-bit integer. */
export function wordHash(word: string): number {
  let sum = 0;
  for (let i = 0; i < word.length; i++) sum = (Math.imul(sum, MULTIPLIER) + word.charCodeAt(i)) | 0;
  return finish(sum, word.length);
}

/**
 * The hash of `word` at `out[0]`, and at `out[i + 1]` the hash of `word` with its letter `i` left out: each what
 * {@link wordHash} gives for that string. Returns `out`, or a longer array when `out` has fewer than
 * `word.length + 1` places.
 */
export function deletionHashes(word: string, out: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const n = word.length;
  grow(n);
  const hashes = out.length > n ? out : new Int32Array(2 * n + 2);
  // endings[i]: the sum over the letters from i on, each weighted as in the whole word.
  endings[n] = 0;
  for (let i = n - 1; i >= 0; i--)
    endings[i] = (Math.imul(word.charCodeAt(i), powers[n - 1 - i]!) + endings[i + 1]!) | 0;
  hashes[0] = finish(endings[0]!, n);
  // Without letter i: the letters before it, one place higher than in the word (the sum so far, `before`,
  // weighted as a word of n − 1 letters), then the letters after it as they are.
  let before = 0;
  for (let i = 0; i < n; i++) {
    hashes[i + 1] = finish((Math.imul(before, powers[n - 1 - i]!) + endings[i + 1]!) | 0, n - 1);
    before = (Math.imul(before, MULTIPLIER) + word.charCodeAt(i)) | 0;
  }
  return hashes;
}

/** Whether `shorter` is `word` with the character at `skip` left out. */
export function equalsWithout(word: string, skip: number, shorter: string): boolean {
  if (shorter.length !== word.length - 1) return false;
  for (let i = 0, j = 0; i < word.length; i++) {
    if (i === skip) continue;
    if (word.charCodeAt(i) !== shorter.charCodeAt(j++)) return false;
  }
  return true;
}
