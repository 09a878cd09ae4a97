import type { Entity } from '../../model/entity.js';
import type { Relationship } from '../../model/relationship.js';
import type { LoadCollector } from '../shared/loadCollector.js';

/** A relationship whose target could not be tied to one entity of the list, and why. */
export interface UnresolvedOfacLink {
  entity: Entity;
  relationship: Relationship;
  /** `notListed`: no entity has that name; `ambiguous`: several do (their ids in `candidates`). */
  reason: 'notListed' | 'ambiguous';
  candidates: string[];
}

/** How many relationships were looked up and resolved, and the ones that were not. */
export interface OfacLinkResolution {
  relationships: number;
  resolved: number;
  unresolved: UnresolvedOfacLink[];
}

type Tier = 0 | 1 | 2;
const SPACES = /\s+/g;
const nameKey = (name: string) => name.replace(SPACES, ' ').trim().toUpperCase();

// A primary name says more than an alias, an alias more than a weak a.k.a.: "NATIONAL IRANIAN TANKER COMPANY" is
// the primary name of 15117 and an alias of its Dutch office 15119.
function tierOf(kind: Entity['names'][number]['kind']): Tier {
  return kind === 'primary' ? 0 : kind === 'weakAlias' ? 2 : 1;
}

function buildNameIndex(entities: readonly Entity[]): Map<string, Entity[][]> {
  const index = new Map<string, Entity[][]>();
  for (const entity of entities) {
    for (const name of entity.names) {
      const key = nameKey(name.full);
      let tiers = index.get(key);
      if (!tiers) {
        tiers = [[], [], []];
        index.set(key, tiers);
      }
      const tier = tiers[tierOf(name.kind)] as Entity[];
      if (!tier.includes(entity)) tier.push(entity);
    }
  }
  return index;
}

function pick(from: Entity, candidates: readonly Entity[]): Entity | Entity[] | undefined {
  const others = candidates.filter((c) => c !== from);
  if (others.length <= 1) return others[0];
  // Two listings of one name (OFAC lists "MINISTRY OF STATE SECURITY" under DPRK3 and CAATSA - RUSSIA): the one
  // sharing a program with the linking entry is meant.
  const programs = new Set(from.programs);
  const sharing = others.filter((c) => c.programs.some((p) => programs.has(p)));
  return sharing.length === 1 ? sharing[0] : others;
}

/**
 * Ties the "Linked To: X", "Subsidiary Of: X" and "Owned or Controlled By: X" relationships of a loaded OFAC list to
 * the entity X: sets `targetId` when X's primary name, else one of its aliases, else one of its weak a.k.a.s equals
 * the text (case-insensitively), and keeps `targetName` only otherwise. Call it once all entries are loaded; it
 * updates the entities in place through one Map of upper-cased names.
 */
export function resolveOfacLinks(entities: readonly Entity[]): OfacLinkResolution {
  const index = buildNameIndex(entities);
  const result: OfacLinkResolution = { relationships: 0, resolved: 0, unresolved: [] };
  for (const entity of entities) {
    for (const relationship of entity.relationships) {
      result.relationships++;
      if (relationship.targetId) {
        result.resolved++;
        continue;
      }
      // The period that closes the remarks was taken off the last segment; "… CO., LTD" may have lost its own.
      const keys = [nameKey(relationship.targetName), `${nameKey(relationship.targetName)}.`];
      let found: Entity | Entity[] | undefined;
      let foundKey = '';
      for (const key of keys) {
        const tiers = index.get(key);
        for (const tier of tiers ?? []) {
          found = pick(entity, tier);
          if (found) break;
        }
        if (found) {
          foundKey = key;
          break;
        }
      }
      if (found && !Array.isArray(found)) {
        relationship.targetId = found.id;
        if (foundKey.endsWith('.') && !relationship.targetName.endsWith('.')) relationship.targetName += '.';
        result.resolved++;
      } else {
        result.unresolved.push({
          entity,
          relationship,
          reason: found ? 'ambiguous' : 'notListed',
          candidates: Array.isArray(found) ? found.map((c) => c.id) : [],
        });
      }
    }
  }
  return result;
}

/**
 * Puts the links a loader could not resolve to one entry on the books as `info` issues, with the line of the
 * entry that states them: a name that several entries bear (`LINK_AMBIGUOUS`) or that no entry of the list
 * bears (`LINK_NOT_LISTED`). Both stay relationships by name. `unnamedOrigin` names a link without an origin.
 */
export function reportUnresolvedOfacLinks(
  collector: LoadCollector,
  file: string,
  lineOf: ReadonlyMap<string, number>,
  unnamedOrigin: string,
): void {
  for (const link of resolveOfacLinks(collector.entities).unresolved) {
    const line = lineOf.get(link.entity.id);
    const where = { file, record: link.entity.sourceId, ...(line ? { line } : {}) };
    const text = `${link.relationship.origin ?? unnamedOrigin}: "${link.relationship.targetName}"`;
    if (link.reason === 'ambiguous') {
      const candidates = link.candidates.join(', ');
      collector.info(where, 'LINK_AMBIGUOUS', `${text} names several entries (${candidates}); kept by name only`);
    } else {
      collector.info(where, 'LINK_NOT_LISTED', `${text} is not an entry of this list; kept by name only`);
    }
  }
}
