import { z } from 'zod';
import { AddressSchema } from './address.js';
import { CountryCodeSchema } from './country.js';
import { IdentifierSchema } from './identifier.js';
import { NameSchema } from './name.js';
import { PartialDateSchema, PartialIsoDateSchema } from './partialDate.js';
import { RelationshipSchema } from './relationship.js';

/**
 * Entity types, named as in FollowTheMoney so OpenSanctions data maps one to one. `LegalEntity` is used when a
 * list does not say whether an organisation is a company (OFAC "Entity", UN "ENTITY").
 */
export const EntitySchemaNameSchema = z.enum([
  'Person',
  'Organization',
  'Company',
  'LegalEntity',
  'Vessel',
  'Airplane',
]);

/** See {@link EntitySchemaNameSchema}. */
export type EntitySchemaName = z.infer<typeof EntitySchemaNameSchema>;

/**
 * Which list an entity comes from: a short stable key (`ofac-sdn`, `un-sc`, `eu-fsf`, …, or a team's own),
 * a display name, and the list's publication date when the file states it.
 */
export const SourceRefSchema = z.object({
  list: z.string().min(1),
  name: z.string().min(1),
  publishedAt: PartialIsoDateSchema.optional(),
  url: z.string().optional(),
});

/** See {@link SourceRefSchema}. */
export type SourceRef = z.infer<typeof SourceRefSchema>;

/** Vessel particulars as lists give them (OFAC, UK, Canada). */
export const VesselInfoSchema = z.object({
  flag: CountryCodeSchema.optional(),
  flagText: z.string().optional(),
  callSign: z.string().optional(),
  type: z.string().optional(),
  tonnage: z.string().optional(),
  grossRegisteredTonnage: z.string().optional(),
  owner: z.string().optional(),
  buildDate: PartialDateSchema.optional(),
});

/** See {@link VesselInfoSchema}. */
export type VesselInfo = z.infer<typeof VesselInfoSchema>;

/**
 * A listed party: one record of one sanctions list or watchlist, with everything the list says about it.
 * `id` is namespaced and stable across loads (`ofac-sdn:22543`); `sourceId` is the publisher's own id.
 * Arrays default to empty, so `EntitySchema.parse` accepts a minimal record.
 *
 * @example
 * const wagner = EntitySchema.parse({
 *   id: 'ofac-sdn:22543', sourceId: '22543', schema: 'Organization',
 *   source: { list: 'ofac-sdn', name: 'OFAC SDN List' },
 *   names: [{ full: "PRIVATE MILITARY COMPANY 'WAGNER'", kind: 'primary' }],
 * });
 */
export const EntitySchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*:.+$/, 'expected a namespaced id such as "ofac-sdn:22543"'),
  sourceId: z.string().min(1),
  source: SourceRefSchema,
  schema: EntitySchemaNameSchema,
  names: z.array(NameSchema).min(1, 'an entity needs at least one name'),
  gender: z.enum(['male', 'female', 'other']).optional(),
  birthDates: z.array(PartialDateSchema).default([]),
  birthPlaces: z.array(z.string()).default([]),
  nationalities: z.array(CountryCodeSchema).default([]),
  countries: z.array(CountryCodeSchema).default([]),
  addresses: z.array(AddressSchema).default([]),
  identifiers: z.array(IdentifierSchema).default([]),
  programs: z.array(z.string()).default([]),
  positions: z.array(z.string()).default([]),
  listedOn: PartialDateSchema.optional(),
  delistedOn: PartialDateSchema.optional(),
  remarks: z.array(z.string()).default([]),
  relationships: z.array(RelationshipSchema).default([]),
  vessel: VesselInfoSchema.optional(),
  /** Free-form facts a list gives that have no field of their own (emails, websites, organisation type). */
  properties: z.record(z.string(), z.array(z.string())).optional(),
});

/** A listed party; see {@link EntitySchema}. */
export type Entity = z.infer<typeof EntitySchema>;

/** What {@link EntitySchema} accepts: arrays may be omitted. Use it to write entities by hand. */
export type EntityInput = z.input<typeof EntitySchema>;

/** The primary name of an entity (its first `primary` name, else its first name). */
export function primaryName(entity: Pick<Entity, 'names'>): string {
  return (entity.names.find((n) => n.kind === 'primary') ?? entity.names[0])?.full ?? '';
}
