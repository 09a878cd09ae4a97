import Fuse from 'fuse.js';
import type { Entity } from '../src/model/entity.js';

/** The fuse.js score (0 = perfect) at or under which the baseline counts an alert. */
export const FUSE_ALERT_SCORE = 0.25;

/**
 * fuse.js as a new user would set it up for screening: every name and alias as a document, default
 * fuzzy options, `includeScore`. An alert is a hit scoring at or under {@link FUSE_ALERT_SCORE}.
 */
export function createFuseBaseline(entities: readonly Entity[]) {
  const docs = entities.flatMap((entity) => entity.names.map((n) => ({ name: n.full, id: entity.id })));
  const fuse = new Fuse(docs, { keys: ['name'], includeScore: true });
  return {
    documents: docs.length,
    /** Best score per entity id among the hits (lower is better). */
    screen(name: string): Map<string, number> {
      const best = new Map<string, number>();
      for (const hit of fuse.search(name, { limit: 50 })) {
        const score = hit.score ?? 1;
        const prev = best.get(hit.item.id);
        if (prev === undefined || score < prev) best.set(hit.item.id, score);
      }
      return best;
    },
  };
}
