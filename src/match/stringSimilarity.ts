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
