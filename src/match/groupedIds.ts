/**
 * Ids grouped by a value each has (a key's sound, a key's consonant skeleton), in two typed arrays: the ids of group
 * `g` are `members[start[g]]` up to `members[start[g + 1]]`, in id order.
 */
export interface GroupedIds {
  start: Int32Array;
  members: Int32Array;
}

/**
 * Groups ids `0` up to `groupOf.length − 1` by their group (`groupOf[id]`, −1 for none) among `groupCount`: a
 * counting sort, two passes and no array per group.
 */
export function groupIds(groupOf: Int32Array, groupCount: number): GroupedIds {
  const start = new Int32Array(groupCount + 1);
  for (const g of groupOf) if (g >= 0) start[g + 1]!++;
  for (let g = 0; g < groupCount; g++) start[g + 1]! += start[g]!;
  const next = start.slice(0, groupCount);
  const members = new Int32Array(start[groupCount]!);
  for (let id = 0; id < groupOf.length; id++) {
    const g = groupOf[id]!;
    if (g >= 0) members[next[g]!++] = id;
  }
  return { start, members };
}
