// FNV-1a (32-bit) over UTF-16 code units, the one string hash of the index's tables and filters: the word filters
// (StringFilter) and word tables (TextTable), and the one-deletion neighbourhoods of the typo tables (legal-form
// words here, list words in SpellingForms). Every function here gives the hash of some string without building
// it, as a signed 32-bit integer, which the engine holds without boxing.
const OFFSET_BASIS = 0x811c9dc5;
const PRIME = 0x01000193;

/**
 * FNV-1a of `text`, then of `more`: the hash of `text + more` without building it. A look-up through a filter and
 * a table hashes its word once.
 */
export function fnv1a(text: string, more = ''): number {
  let h = OFFSET_BASIS;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), PRIME);
  for (let i = 0; i < more.length; i++) h = Math.imul(h ^ more.charCodeAt(i), PRIME);
  return h | 0;
}

/** FNV-1a of `word` with the character at `skip` left out: the hash of that one-letter deletion. */
export function hashWithout(word: string, skip: number): number {
  let h = OFFSET_BASIS;
  for (let i = 0; i < word.length; i++) if (i !== skip) h = Math.imul(h ^ word.charCodeAt(i), PRIME);
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
