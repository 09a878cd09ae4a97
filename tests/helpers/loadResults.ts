import { ListLoadError } from '../../src/errors.js';
import type { Entity } from '../../src/model/entity.js';
import type { LoadResult } from '../../src/model/loadResult.js';

/** The entity with this id, or a test failure naming the id. */
export function byId(result: LoadResult, id: string): Entity {
  const entity = result.entities.find((e) => e.id === id);
  if (!entity) throw new Error(`no entity ${id}`);
  return entity;
}

/** The ListLoadError a load was refused with; fails the test when the load succeeds or fails otherwise. */
export async function rejection(promise: Promise<unknown>): Promise<ListLoadError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ListLoadError) return error;
    throw error;
  }
  throw new Error('expected the load to be refused');
}

/** How many issues of each `severity:code` a load reported. */
export function issueCodes(result: LoadResult): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const i of result.issues) counts[`${i.severity}:${i.code}`] = (counts[`${i.severity}:${i.code}`] ?? 0) + 1;
  return counts;
}
