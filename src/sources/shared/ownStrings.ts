// V8 keeps a substring of 13 characters or more as a view into the string it was cut from (a "sliced string"), so
// one id or name kept from a 15 MB XML file keeps the whole file's text in memory for as long as the entity lives.
// Measured on the lists in ../shared: 47 MB of file text stayed alive behind the loaded entities and the loaders'
// memo tables. Shorter substrings are always copies.
const SLICE_MIN_LENGTH = 13;

/**
 * `text` as a string of its own, holding no reference to a larger text it may have been cut from. A JSON round
 * trip is the fastest copy that leaves a plain flat string (about 0.25 µs for a name; `(' ' + s).slice(1)` is as
 * fast but leaves a view of a fresh copy, 32 bytes more a string).
 */
export function ownString(text: string): string {
  return text.length < SLICE_MIN_LENGTH ? text : (JSON.parse(JSON.stringify(text)) as string);
}

/**
 * Replaces, in place, every string in `value` (a record of plain objects and arrays, as a loader builds it) by
 * {@link ownString}, so the record keeps nothing of the file it was read from alive. Returns `value`. Frozen
 * parts are left as they are: they are memoized values (see memoByText), made of own strings when memoized.
 */
export function ownStrings<T>(value: T): T {
  if (typeof value === 'string') return ownString(value) as T;
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'string') value[i] = ownString(item);
      else if (typeof item === 'object' && item !== null) ownStrings(item);
    }
  } else {
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const field = record[key];
      if (typeof field === 'string') record[key] = ownString(field);
      else if (typeof field === 'object' && field !== null) ownStrings(field);
    }
  }
  return value;
}
