import { ownString, ownStrings } from './ownStrings.js';

// Bounded so a long-running process that loads many lists does not keep every cell text it ever saw.
const MAX_ENTRIES = 50_000;

/**
 * Wraps a pure function of a cell's text so each distinct text is computed once, an undefined result included:
 * list files repeat the same dates, countries and addresses on many rows (DFAT writes each alias as a row
 * repeating its listing's fields). Results are frozen (shallowly), so a caller cannot change the copy another
 * row gets. At most `maxEntries` texts are remembered; then the memory is cleared and refilled.
 */
export function memoByText<T>(compute: (text: string) => T, maxEntries = MAX_ENTRIES): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    const known = memo.get(text);
    if (known !== undefined || memo.has(text)) return known as T;
    // Kept across loads: the key and the value must not hold the file they were cut from (see ownStrings).
    const value = ownStrings(compute(text));
    if (memo.size >= maxEntries) memo.clear();
    memo.set(ownString(text), typeof value === 'object' && value !== null ? Object.freeze(value) : value);
    return value;
  };
}
