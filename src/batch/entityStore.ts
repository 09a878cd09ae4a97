import type { Entity } from '../model/entity.js';

/** The entities of a batch run in shared memory: entity `i` is the UTF-8 JSON `json[offsets[i]]` up to `offsets[i + 1]`. */
export interface EntityStoreParts {
  json: Uint8Array;
  offsets: Int32Array;
}

/**
 * Lays the list entries out in shared memory as one UTF-8 JSON text each, for worker threads to read the entries
 * they match: the text takes about half the memory of the same entries as objects, is held once for every
 * thread, and is outside any thread's heap, so no garbage collector walks it. Every list of ../shared: 41 MB for
 * 39,380 entries, written in about 0.6 s.
 */
export function storeEntities(entities: readonly Entity[]): EntityStoreParts {
  const encoder = new TextEncoder();
  const encoded = entities.map((e) => encoder.encode(JSON.stringify(e)));
  const offsets = new Int32Array(new SharedArrayBuffer((entities.length + 1) * 4));
  for (let i = 0; i < encoded.length; i++) offsets[i + 1] = offsets[i]! + encoded[i]!.byteLength;
  const json = new Uint8Array(new SharedArrayBuffer(offsets[entities.length]!));
  for (let i = 0; i < encoded.length; i++) json.set(encoded[i]!, offsets[i]);
  return { json, offsets };
}

/** Reads entries back from {@link storeEntities}' shared memory, one at a time, as the entity that was stored. */
export class EntityStore {
  private readonly decoder = new TextDecoder();

  constructor(private readonly parts: EntityStoreParts) {}

  /** How many entries the store holds. */
  get size(): number {
    return this.parts.offsets.length - 1;
  }

  /** Entry `i` (a fresh object each call). */
  entity(i: number): Entity {
    const { json, offsets } = this.parts;
    return JSON.parse(this.decoder.decode(json.subarray(offsets[i], offsets[i + 1]))) as Entity;
  }
}
