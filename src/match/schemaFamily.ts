import type { EntitySchemaName } from '../model/entity.js';

/** The kinds of party that can match each other: a person never matches a vessel, an organisation never a person. */
export type SchemaFamily = 'Person' | 'Organization' | 'Vessel' | 'Airplane';

/** The schema families by code, where a family is stored as a number (one byte a party or name). */
export const SCHEMA_FAMILIES: readonly SchemaFamily[] = ['Person', 'Organization', 'Vessel', 'Airplane'];

/** Schema family for compatibility: a person never matches a vessel, an organisation never a person. */
export function schemaFamily(schema: EntitySchemaName): SchemaFamily {
  if (schema === 'Person' || schema === 'Vessel' || schema === 'Airplane') return schema;
  return 'Organization';
}
