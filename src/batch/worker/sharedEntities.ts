import type { Entity } from '../../model/entity.js';
import type { ListVersion } from '../../model/listVersion.js';

/**
 * The lists as one UTF-8 JSON text in shared memory, for the worker threads: the calling thread encodes them
 * once, and every worker parses the same bytes. Cloning the entities into each worker's start-up data instead
 * costs the calling thread one full copy per worker, and piscina keeps that data (to restart a worker) for the
 * whole run, so the calling thread could never let go of the entities.
 */
export interface SharedEntities {
  kind: 'shared-json';
  json: SharedArrayBuffer;
  versions: ListVersion[];
}

/** Encodes entities into shared memory once (see {@link SharedEntities}). */
export function shareEntities(entities: readonly Entity[], versions: ListVersion[]): SharedEntities {
  const text = JSON.stringify(entities);
  const json = new SharedArrayBuffer(Buffer.byteLength(text, 'utf8'));
  Buffer.from(json).write(text, 'utf8');
  return { kind: 'shared-json', json, versions };
}

/** The entities a worker reads back from {@link SharedEntities}. */
export function readSharedEntities(shared: SharedEntities): Entity[] {
  return JSON.parse(Buffer.from(shared.json).toString('utf8')) as Entity[];
}
