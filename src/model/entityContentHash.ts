import type { Entity } from './entity.js';

/** JSON text of a value with object keys sorted at every level, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
}

/**
 * A stable content hash of one list entry: SHA-256 (Web Crypto) of its JSON with sorted keys, as
 * `sha256:<hex>`. An accept-list decision is tied to it, so when the list publisher changes the entry (a new
 * alias, a new program, a new date of birth) the decision no longer applies and the match alerts again.
 * The same entity gives the same hash in every run, process and runtime.
 *
 * @example
 * await entityContentHash(wagner); // 'sha256:3f1c…'
 */
export async function entityContentHash(entity: Entity): Promise<string> {
  return `sha256:${await canonicalJsonHash(entity)}`;
}

/** SHA-256 (Web Crypto, hex) of a value's canonical JSON (see canonicalJson): equal content, equal hash. */
export async function canonicalJsonHash(value: unknown): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(value)));
  let hex = '';
  for (const b of new Uint8Array(digest)) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/**
 * Remembers the hash of each entity object, so a batch hashes each list entry once however many rows match it.
 * Use one per screener (the entities never change under it).
 */
export function createEntityHashCache(): (entity: Entity) => Promise<string> {
  const cache = new WeakMap<Entity, Promise<string>>();
  return (entity) => {
    let hash = cache.get(entity);
    if (!hash) {
      hash = entityContentHash(entity);
      cache.set(entity, hash);
    }
    return hash;
  };
}
