import anyAscii from 'any-ascii';

/**
 * A stable, readable key for a party known only by name: ASCII, lower case, words joined by `-`
 * (`"Örnek Köprü A.Ş."` → `ornek-kopru-a-s`). Used for the ids of user-supplied and name-only graph nodes.
 */
export function partySlug(name: string): string {
  const slug = anyAscii(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // A name in a script any-ascii cannot spell still needs a key of its own.
  return slug === '' ? encodeURIComponent(name.trim().toLowerCase()) : slug;
}
