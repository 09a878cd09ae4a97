// Scratch rows reused across calls: screening compares thousands of token pairs per second and must not
// allocate for each one. Names longer than this are compared on their first 64 characters.
const MAX = 64;
const rows = [new Int32Array(MAX + 1), new Int32Array(MAX + 1), new Int32Array(MAX + 1)] as const;

/**
 * Damerau–Levenshtein distance (optimal string alignment: insertions, deletions, substitutions and
 * transpositions of adjacent letters, the four typing errors), stopping early once it exceeds `limit`.
 * Returns `limit + 1` when the distance is larger than `limit`.
 */
export function editDistance(a: string, b: string, limit = MAX): number {
  const n = Math.min(a.length, MAX);
  const m = Math.min(b.length, MAX);
  if (Math.abs(n - m) > limit) return limit + 1;
  if (n === 0) return m;
  if (m === 0) return n;
  // Most typo candidates are one edit apart, or one letter longer or shorter: one pass tells, before the table (at a
  // limit of one, the lengths are at most one apart by the test above, so it always answers).
  if (Math.abs(n - m) <= 1) {
    const d = withinOneEdit(a, n, b, m);
    if (d <= 1 || limit === 1) return d;
  }
  // Three rows turn in place: the row before last, the last, the current.
  let prevPrev = rows[0];
  let prev = rows[1];
  let curr = rows[2];
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    curr[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        v = Math.min(v, prevPrev[j - 2]! + 1);
      }
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    const oldest = prevPrev;
    prevPrev = prev;
    prev = curr;
    curr = oldest;
  }
  return prev[m]!;
}

/** Whether `a` from letter `i` up to `n` reads the same as `b` from letter `j` on (`b` has as many letters left). */
function sameFrom(a: string, i: number, n: number, b: string, j: number): boolean {
  for (; i < n; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

/**
 * The edit distance of `a` and `b` (their first `n` and `m` letters, `n` and `m` at most one apart) when it is 0
 * or 1, else 2: one pass to the first difference, then one to check that a single edit explains it. The typo
 * look-up asks this of most words (those of five to seven letters may carry one edit), and the table
 * {@link editDistance} fills would cost the product of the lengths.
 */
function withinOneEdit(a: string, n: number, b: string, m: number): number {
  if (n < m) return withinOneEdit(b, m, a, n);
  let p = 0;
  while (p < m && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  if (n > m) return sameFrom(a, p + 1, n, b, p) ? 1 : 2;
  if (p === n) return 0;
  // A substitution at p, or the letters at p and p + 1 swapped.
  if (sameFrom(a, p + 1, n, b, p + 1)) return 1;
  const swapped = p + 1 < n && a.charCodeAt(p) === b.charCodeAt(p + 1) && a.charCodeAt(p + 1) === b.charCodeAt(p);
  return swapped && sameFrom(a, p + 2, n, b, p + 2) ? 1 : 2;
}
