import { type Entity, primaryName } from '../model/entity.js';
import type { RelationshipType } from '../model/relationship.js';
import type { ExposurePath } from './batchResult.js';
import type { ExposureHook } from './decideRow.js';

/** The relationships through which a party takes on another's sanctions exposure. */
const EXPOSING: ReadonlySet<RelationshipType> = new Set(['ownedBy', 'subsidiaryOf', 'actingFor', 'linkedTo']);

/** The path from an entry without programs of its own to the listed party it is exposed through, if any. */
function exposurePath(entity: Entity, byId: ReadonlyMap<string, Entity>): ExposurePath | undefined {
  if (entity.programs.length > 0) return undefined;
  const links = entity.relationships
    .filter((r) => EXPOSING.has(r.type) && r.targetId !== undefined && (byId.get(r.targetId)?.programs.length ?? 0) > 0)
    .sort((a, b) => (b.share ?? -1) - (a.share ?? -1));
  const first = links[0];
  if (!first?.targetId) return undefined;
  const target = byId.get(first.targetId)!;
  const others = links
    .slice(1)
    .map(
      (r) =>
        `${r.type === 'ownedBy' ? 'also owned by' : `also ${r.type}`} ${r.targetName}${r.share !== undefined ? ` (${r.share} %)` : ''}`,
    );
  const total =
    links.every((r) => r.type === 'ownedBy' && r.share !== undefined) && links.length > 1
      ? `${links.reduce((n, r) => n + (r.share ?? 0), 0)} % owned by listed parties together`
      : undefined;
  const note = [...others, ...(total ? [total] : [])].join('; ');
  return {
    steps: [
      { entityId: entity.id, name: primaryName(entity) },
      {
        entityId: target.id,
        name: primaryName(target),
        relationship: first.type,
        ...(first.share !== undefined ? { share: first.share } : {}),
      },
    ],
    ...(note ? { note } : {}),
  };
}

/**
 * A simple exposure hook from the relationships the lists state themselves: when a row matches an entry that
 * carries no sanctions program of its own but is owned by, a subsidiary of, or acting for a listed entry of the
 * loaded lists, the result shows that path (one hop; the largest stake first, the others in the note). Give a
 * graph-based hook instead for ownership chains. The paths are found once, here, so the hook keeps only them,
 * not the entities: with worker threads the calling thread can let the lists go.
 */
export function relationshipExposure(entities: readonly Entity[]): ExposureHook {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const paths = new Map<string, ExposurePath>();
  for (const entity of entities) {
    const path = exposurePath(entity, byId);
    if (path) paths.set(entity.id, path);
  }
  return (match) => paths.get(match.entityId);
}
