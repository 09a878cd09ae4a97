import type { EntitySchemaName } from '../../model/entity.js';
import type { RelationshipType } from '../../model/relationship.js';

/**
 * FollowTheMoney schemata that are parties a list can name, and the entity schema each becomes. `PublicBody`
 * (a ministry, a state agency) is an Organization here. Reviewed as data: add a row for a new FtM party schema.
 */
export const FTM_PARTY_SCHEMATA: Readonly<Record<string, EntitySchemaName>> = {
  Person: 'Person',
  Organization: 'Organization',
  Company: 'Company',
  LegalEntity: 'LegalEntity',
  PublicBody: 'Organization',
  Vessel: 'Vessel',
  Airplane: 'Airplane',
};

/**
 * An FtM interval schema that links two parties: the property naming each end, the relationship each end
 * gets (read from its own side), and the property that says the role.
 */
export interface FtmLinkSchema {
  from: string;
  to: string;
  fromType: RelationshipType;
  toType: RelationshipType;
  roleProperty: string;
}

/** FtM interval schemata that become relationships on both their parties. */
export const FTM_LINK_SCHEMATA: Readonly<Record<string, FtmLinkSchema>> = {
  Ownership: { from: 'owner', to: 'asset', fromType: 'ownerOf', toType: 'ownedBy', roleProperty: 'role' },
  Directorship: {
    from: 'director',
    to: 'organization',
    fromType: 'directorOf',
    toType: 'hasDirector',
    roleProperty: 'role',
  },
  Family: { from: 'person', to: 'relative', fromType: 'family', toType: 'family', roleProperty: 'relationship' },
  Associate: {
    from: 'person',
    to: 'associate',
    fromType: 'associate',
    toType: 'associate',
    roleProperty: 'relationship',
  },
  UnknownLink: { from: 'subject', to: 'object', fromType: 'linkedTo', toType: 'linkedTo', roleProperty: 'role' },
};

/** FtM schemata whose records are identity documents of a party (`holder`), folded into its identifiers. */
export const FTM_DOCUMENT_SCHEMATA: Readonly<Record<string, 'passport' | 'other'>> = {
  Passport: 'passport',
  Identification: 'other',
};
