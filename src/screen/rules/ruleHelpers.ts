import type { Entity } from '../../model/entity.js';
import type { PartyEntity, ScreenedParty } from '../screenedTransaction.js';

/** The field a rule names for a party: its name, else its BIC. */
export function partyField(party: ScreenedParty): string {
  return party.party.name ? `${party.field}.name` : `${party.field}.bic`;
}

/** How a rule names a party in a message: its name (or BIC) and role. */
export function partyLabel(party: ScreenedParty): string {
  return `${party.party.name ?? party.party.bic} (${party.party.role})`;
}

/** The entities a party was confirmed as (name match or identifier) whose listing was in force on the date. */
export function listedEntities(party: ScreenedParty): PartyEntity[] {
  return party.entities.filter((e) => e.match && e.listedParty && e.listing.state === 'listed');
}

/** True when one of the entity's programs matches one of the patterns. */
export function hasProgram(entity: Entity | undefined, patterns: readonly RegExp[]): boolean {
  return entity?.programs.some((program) => patterns.some((p) => p.test(program))) ?? false;
}
