import type { PathStep } from '../graph/graphTypes.js';
import type { Entity } from '../model/entity.js';
import { primaryName } from '../model/entity.js';
import { RELATIONSHIP_WORDS } from './relationshipWords.data.js';
import type { EntityRef } from './screenedTransaction.js';

/** The words of one path step's relationship, with the share when stated: "owned by (60%)", "linked to". */
export function relationshipWords(step: Pick<PathStep, 'type' | 'share'>): string {
  const words = RELATIONSHIP_WORDS[step.type];
  return step.share === undefined ? words : `${words} (${step.share}%)`;
}

/**
 * Renders a relationship path as one line an analyst reads:
 * "SEWA SECURITY SERVICES → linked to → PRIVATE MILITARY COMPANY 'WAGNER'". Use it in messages and CLI output.
 */
export function describePath(path: readonly PathStep[]): string {
  const first = path[0];
  if (!first) return '';
  return [first.fromName, ...path.flatMap((step) => [relationshipWords(step), step.toName])].join(' → ');
}

/** The small reference to a list entity that reasons carry (id, primary name, list, schema, programs). */
export function entityRef(entity: Entity): EntityRef {
  return {
    id: entity.id,
    name: primaryName(entity),
    list: entity.source.list,
    schema: entity.schema,
    programs: entity.programs,
  };
}

/** "AZU INTERNATIONAL … (ofac-sdn:42033; RUSSIA-EO14024)": an entity named with its id and programs. */
export function describeEntity(entity: Entity): string {
  const programs = entity.programs.length > 0 ? `; ${entity.programs.join(', ')}` : '';
  return `${primaryName(entity)} (${entity.id}${programs})`;
}
