import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { inSharedMemory } from '../match/nameIndex.js';
import { packTexts } from '../match/packedTexts.js';
import type { Entity } from '../model/entity.js';

/** Entries compressed together: one block of UTF-8 JSON texts, deflated. */
export const ENTRIES_PER_BLOCK = 16;

/**
 * The entities of a batch run in shared memory, compressed: entry `i` is in block `b = floor(i / 16)`, the deflated
 * bytes `blocks[blockOffsets[b]]` up to `blockOffsets[b + 1]`; inflated, the block holds the UTF-8 JSON texts of its
 * entries one after the other, entry `i` from `textOffsets[i] − textOffsets[16b]` up to `textOffsets[i + 1] − …`.
 */
export interface EntityStoreParts {
  blocks: Uint8Array;
  blockOffsets: Int32Array;
  textOffsets: Int32Array;
}

/**
 * Lays the list entries out in shared memory as UTF-8 JSON texts, deflated sixteen at a time, for worker threads to
 * read the entries they match: held once for every thread, outside any thread's heap (no garbage collector walks it),
 * and small. Entries of one list repeat their field names, programs and list names, so a block of sixteen deflates
 * about six times where one entry alone deflates two. Every list of ../shared: 40 MB of JSON in 6.7 MB, written in
 * about 0.3 s more than the plain text; reading one entry back inflates its block (about 50 µs), done only for the
 * entries that alerts name.
 */
export function storeEntities(entities: readonly Entity[]): EntityStoreParts {
  const textOffsets = new Int32Array(entities.length + 1);
  const deflated: Buffer[] = [];
  for (let first = 0; first < entities.length; first += ENTRIES_PER_BLOCK) {
    const last = Math.min(entities.length, first + ENTRIES_PER_BLOCK);
    const { bytes, offsets } = packTexts(entities.slice(first, last).map((e) => JSON.stringify(e)));
    for (let i = first; i < last; i++) textOffsets[i + 1] = textOffsets[first]! + offsets[i - first + 1]!;
    // Level 1: the highest level saves 10% more and takes half again as long, at every run's start.
    deflated.push(deflateRawSync(bytes, { level: 1 }));
  }
  const blockOffsets = new Int32Array(deflated.length + 1);
  for (let b = 0; b < deflated.length; b++) blockOffsets[b + 1] = blockOffsets[b]! + deflated[b]!.byteLength;
  const blocks = new Uint8Array(blockOffsets[deflated.length]!);
  for (let b = 0; b < deflated.length; b++) blocks.set(deflated[b]!, blockOffsets[b]);
  return {
    blocks: inSharedMemory(blocks),
    blockOffsets: inSharedMemory(blockOffsets),
    textOffsets: inSharedMemory(textOffsets),
  };
}

/**
 * Reads entries back from {@link storeEntities}' shared memory, one at a time, as the entity that was stored. The last
 * block inflated is kept: the entries an alert run names often sit side by side (one party's several entries).
 */
export class EntityStore {
  private readonly decoder = new TextDecoder();
  private block = -1;
  private text: Uint8Array = new Uint8Array(0);

  constructor(private readonly parts: EntityStoreParts) {}

  /** How many entries the store holds. */
  get size(): number {
    return this.parts.textOffsets.length - 1;
  }

  /** Entry `i` (a fresh object each call). */
  entity(i: number): Entity {
    const { blocks, blockOffsets, textOffsets } = this.parts;
    if (!(i >= 0 && i < this.size)) throw new RangeError(`no entry ${i} in a store of ${this.size}`);
    const b = Math.floor(i / ENTRIES_PER_BLOCK);
    if (b !== this.block) {
      this.text = inflateRawSync(blocks.subarray(blockOffsets[b], blockOffsets[b + 1]));
      this.block = b;
    }
    const base = textOffsets[b * ENTRIES_PER_BLOCK]!;
    return JSON.parse(this.decoder.decode(this.text.subarray(textOffsets[i]! - base, textOffsets[i + 1]! - base)));
  }
}
