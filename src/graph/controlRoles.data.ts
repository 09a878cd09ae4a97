import type { RelationshipType } from '../model/relationship.js';

/**
 * How each relationship type, read from a party's side, can show that the far party controls it:
 * `always` (the far party is its director), `withControlRole` (the far party owns it; control when the role says so),
 * `never` (this party is the owner, parent or director), `byWording` (only a role worded as control, read from the
 * side that stated it).
 */
export const CONTROL_BY_TYPE: Readonly<Record<RelationshipType, 'always' | 'withControlRole' | 'never' | 'byWording'>> =
  {
    hasDirector: 'always',
    ownedBy: 'withControlRole',
    subsidiaryOf: 'withControlRole',
    ownerOf: 'never',
    parentOf: 'never',
    directorOf: 'never',
    linkedTo: 'byWording',
    family: 'byWording',
    associate: 'byWording',
    actingFor: 'byWording',
  };

/**
 * Role wordings that mean control, in English as FtM and the lists write them. `passive` ("controlled by") says the
 * far party controls the stating party; `active` ("controls", "controlling shareholder") says the stating party
 * controls the far one. Passive forms come first, because "controlled by" also contains "control".
 */
export const CONTROL_ROLE_WORDINGS: readonly { pattern: RegExp; voice: 'passive' | 'active' }[] = [
  { pattern: /\bcontrolled\s+by\b/i, voice: 'passive' },
  { pattern: /\bunder\s+(?:the\s+)?control\s+of\b/i, voice: 'passive' },
  { pattern: /\bsubject\s+to\s+(?:the\s+)?control\b/i, voice: 'passive' },
  { pattern: /\bcontrol(?:s|ling|ler|lers)?\b/i, voice: 'active' },
];
