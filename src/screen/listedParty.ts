import type { Entity } from '../model/entity.js';

/**
 * Lists whose entities are context, not listings: they are loaded for their relationships (the embedded list's
 * fictional `demo:` companies, owned by listed parties to show the 50% rule) and never block by themselves.
 */
export const CONTEXT_LISTS: ReadonlySet<string> = new Set(['demo']);

/** Decides whether a list entity is a listed party in its own right; see {@link isListedParty}. */
export type ListedPartyTest = (entity: Entity) => boolean;

/**
 * True for a record an export marks as not a sanctions target: OpenSanctions (FtM) exports carry the companies and
 * relatives of listed parties with `target: false`, for their links, and the loader keeps that flag in `properties`.
 */
export function isNonTargetRecord(entity: Pick<Entity, 'properties'>): boolean {
  const target = entity.properties?.['target'];
  return target !== undefined && target.length > 0 && target.every((value) => value === 'false');
}

/**
 * The default {@link ListedPartyTest}: every entity of a loaded list is a listed party (a team's own block list needs
 * no program), except entities of {@link CONTEXT_LISTS} and records the export marks as non-targets (an OpenSanctions
 * company that is only owned by a listed person: the 50% rule, not its own listing, decides about it). Pass your own
 * test to treat, say, a team's watchlist as review-only context.
 */
export const isListedParty: ListedPartyTest = (entity) =>
  !CONTEXT_LISTS.has(entity.source.list) && !isNonTargetRecord(entity);
