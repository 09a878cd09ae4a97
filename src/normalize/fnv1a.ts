// FNV-1a (32-bit) over UTF-16 code units, the string hash of the index's word filters (StringFilter) and word tables
// (TextTable); the one-deletion tables of typos hash with deletionHashes. Every function here gives the hash of some
// string without building it, as a signed 32-bit integer, which the engine holds without boxing.
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
