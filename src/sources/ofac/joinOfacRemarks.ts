// Shorter shared text than this is taken for chance, not for the same words printed twice.
const MIN_OVERLAP = 12;

/** A remarks field with its continuation appended, and how many characters the two had in common. */
export interface JoinedRemarks {
  text: string;
  /** Characters the continuation repeated from the end of the remarks (0 for a clean continuation). */
  overlap: number;
}

/**
 * Appends an sdn_comments.csv continuation to the remarks it continues. OFAC cuts sdn.csv remarks at 1,000
 * characters and prints the rest in the comments file, to be joined as is. When sdn.csv and the comments come from
 * different days the cut falls elsewhere and the continuation repeats the end of the remarks; that repeated text
 * (at least 12 characters) is dropped once, so the joined remarks read as OFAC wrote them.
 *
 * @example
 * joinOfacRemarks('Linked To: PARQUES TEMATICOS S.A.S.; Linked To: PROMO RAI', 'Z S.A.S.').text;
 * // 'Linked To: PARQUES TEMATICOS S.A.S.; Linked To: PROMO RAIZ S.A.S.'
 */
export function joinOfacRemarks(remarks: string, continuation: string): JoinedRemarks {
  const longest = Math.min(remarks.length, continuation.length);
  for (let k = longest; k >= MIN_OVERLAP; k--) {
    if (remarks.endsWith(continuation.slice(0, k))) return { text: remarks + continuation.slice(k), overlap: k };
  }
  return { text: remarks + continuation, overlap: 0 };
}
