// What a batch run hands its worker threads once: the index and the listed parties, laid out in shared memory
// (SharedArrayBuffer), so that the calling thread and every worker read one copy instead of each holding its own
// on its heap. The index and the scoring facts are typed arrays (their words too, packed as UTF-8) and are shared
// as they are; what else is a plain array (the index's few script codes, the list keys) is shared as its UTF-8
// JSON and parsed by each worker.

import { inSharedMemory, type ShareableArray } from '../../match/nameIndex.js';

/** JSON data in shared memory: its UTF-8 text, read with {@link fromSharedJson}. */
export interface SharedJson {
  sharedJson: Uint8Array;
}

/** `encoded` copied into a SharedArrayBuffer of its exact size. */
function sharedBytes(encoded: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(new SharedArrayBuffer(encoded.byteLength));
  bytes.set(encoded);
  return bytes;
}

/** `value` (JSON data) as UTF-8 JSON text in shared memory. */
export function toSharedJson(value: unknown): SharedJson {
  return { sharedJson: sharedBytes(new TextEncoder().encode(JSON.stringify(value))) };
}

/** The value {@link toSharedJson} shared. */
export function fromSharedJson<T>(shared: SharedJson): T {
  return JSON.parse(new TextDecoder().decode(shared.sharedJson)) as T;
}

function isSharedJson(value: object): value is SharedJson {
  return 'sharedJson' in value && ArrayBuffer.isView((value as SharedJson).sharedJson);
}

/**
 * `value` laid out for worker threads: every typed array at any depth of plain objects in shared memory, every
 * other array (short tables of codes) as shared JSON. What is returned holds almost nothing on the heap, so the
 * calling thread, which keeps it for as long as the workers run, does not keep a second copy of the data.
 */
export function toShared(value: unknown): unknown {
  if (ArrayBuffer.isView(value)) return inSharedMemory(value as ShareableArray);
  if (Array.isArray(value)) return toSharedJson(value);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) out[key] = toShared(field);
  return out;
}

/** The data {@link toShared} laid out, read back in a worker (typed arrays stay in shared memory). */
export function fromShared<T>(value: unknown): T {
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) return value as T;
  if (isSharedJson(value)) return fromSharedJson<T>(value);
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) out[key] = fromShared(field);
  return out as T;
}
