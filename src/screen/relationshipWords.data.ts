import type { RelationshipType } from '../model/relationship.js';

/** How a path step reads in English, from the step's `from` side: "SEWA SECURITY SERVICES linked to WAGNER". */
export const RELATIONSHIP_WORDS: Readonly<Record<RelationshipType, string>> = {
  linkedTo: 'linked to',
  ownedBy: 'owned by',
  ownerOf: 'owner of',
  subsidiaryOf: 'subsidiary of',
  parentOf: 'parent of',
  directorOf: 'director of',
  hasDirector: 'has director',
  family: 'family of',
  associate: 'associate of',
  actingFor: 'acting for',
};
