/**
 * FNV-1a over the UTF-16 code units of `text`, then of `more`: the hash of `text + more` without building it, as a
 * signed 32-bit integer. The word filters (StringFilter) and word tables (TextTable) of the index hash with it, so
 * a look-up through both hashes its word once.
 */
export function fnv1a(text: string, more = ''): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  for (let i = 0; i < more.length; i++) h = Math.imul(h ^ more.charCodeAt(i), 0x01000193);
  return h | 0;
}
