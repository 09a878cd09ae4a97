import type { Entity } from '../model/entity.js';
import { canonicalJson, createEntityHashCache } from '../model/entityContentHash.js';

/** Node's crypto module, or what of it an entity hash needs. */
export type NodeCrypto = Pick<typeof import('node:crypto'), 'createHash'>;

/** The content hash of an entity (see entityContentHash) with Node's synchronous SHA-256: the same `sha256:<hex>`. */
export function nodeEntityHash(crypto: NodeCrypto, entity: Entity): string {
  return `sha256:${crypto.createHash('sha256').update(canonicalJson(entity)).digest('hex')}`;
}

/**
 * Remembers the content hash of each entity (see entityContentHash) for a batch run, computed with Node's own
 * SHA-256 when it is there: the same `sha256:<hex>` of the same canonical JSON, about six times faster than Web
 * Crypto's asynchronous digest, which a run of many alerts on many list entries waits for in the calling thread.
 * Elsewhere it is the Web Crypto cache.
 */
export function createBatchEntityHashCache(): (entity: Entity) => Promise<string> {
  const portable = createEntityHashCache();
  const cache = new WeakMap<Entity, string>();
  const node: Promise<typeof import('node:crypto') | undefined> =
    typeof process !== 'undefined' && process.versions?.node ? import('node:crypto') : Promise.resolve(undefined);
  return async (entity) => {
    const known = cache.get(entity);
    if (known !== undefined) return known;
    const crypto = await node;
    if (!crypto) return portable(entity);
    const hash = nodeEntityHash(crypto, entity);
    cache.set(entity, hash);
    return hash;
  };
}
