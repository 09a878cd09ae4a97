/**
 * FNV-1a hash of `word` with the character at `skip` left out (−1: none), without building the string: the
 * one-deletion neighbourhoods of the typo tables (legal-form words here, list words in the index) are probed
 * by hash, so a look-up allocates nothing. Signed 32-bit, which the engine holds without boxing.
 */
export function hashWithout(word: string, skip: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    if (i === skip) continue;
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
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
