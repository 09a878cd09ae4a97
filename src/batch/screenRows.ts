import type { ScreeningEngine } from '../match/screeningEngine.js';
import { toCountryCode } from '../model/country.js';
import { type Entity, primaryName } from '../model/entity.js';
import { parsePartialDate } from '../model/partialDate.js';
import { type ExplanationStep, QuerySchemaSchema, type ScreenQuery } from '../model/screening.js';
import type { MatchFinding } from './batchResult.js';
import type { BatchRow } from './batchRow.js';

/** How each row is screened: the threshold (the screener's when absent) and how many matches to keep. */
export interface RowScreeningSettings {
  threshold?: number;
  matchesPerRow: number;
}

/** One row after screening, before the accept and block lists, with each match's list entry filled in. */
export interface ScreenedRow {
  row: BatchRow;
  findings: MatchFinding[];
  warnings: string[];
  /** Set when the row could not be read or screened. */
  error?: string;
  /** True when the row has no name and no identifier. */
  empty: boolean;
}

/** A match as the screening engine returns it: the list entry by position, its name by position, the evidence. */
export interface RowHit {
  entityIndex: number;
  /** The matched name's position among the entity's names. */
  nameOrdinal: number;
  score: number;
  nameScore: number;
  explanation: ExplanationStep[];
}

/** One row after screening, before its hits' list entries are filled in (see withFindings): they name them by position. */
export interface ScreenedRowHits extends Omit<ScreenedRow, 'findings' | 'row'> {
  hits: RowHit[];
}

/**
 * Turns a row into a screening query, setting aside (with a warning) what the screener would refuse: an
 * unknown country, a date that is no date, an unknown party type. The name is always screened.
 */
export function rowQuery(row: BatchRow): { query: ScreenQuery; warnings: string[] } {
  const warnings = [...(row.warnings ?? [])];
  const query: ScreenQuery = { name: row.name.trim() };
  if (row.schema?.trim()) {
    const schema = QuerySchemaSchema.safeParse(row.schema.trim());
    if (schema.success) query.schema = row.schema.trim() as ScreenQuery['schema'];
    else
      warnings.push(
        `type "${row.schema}" is not person, organization, vessel or aircraft; screened as any kind of party`,
      );
  }
  if (row.country?.trim()) {
    if (toCountryCode(row.country)) query.country = row.country.trim();
    else warnings.push(`country "${row.country}" is not a country name or ISO code; screened without it`);
  }
  if (row.birthDate?.trim()) {
    if (parsePartialDate(row.birthDate)) query.birthDate = row.birthDate.trim();
    else warnings.push(`date "${row.birthDate}" is not a date (use YYYY-MM-DD); screened without it`);
  }
  const identifiers = (row.identifiers ?? []).filter((id) => id.value.trim());
  if (identifiers.length > 0) query.identifiers = identifiers.map((id) => ({ ...id, value: id.value.trim() }));
  return { query, warnings };
}

/**
 * Screens a chunk of rows with one screening engine and returns, for each row in order, the matches at or above
 * the threshold with their evidence, the list entries named by position. The same function runs in worker
 * threads and in the calling thread, which is what makes both give identical results.
 */
export function screenRowHits(
  engine: ScreeningEngine,
  rows: readonly BatchRow[],
  settings: RowScreeningSettings,
): ScreenedRowHits[] {
  const out: ScreenedRowHits[] = [];
  for (const row of rows) {
    if (row.error !== undefined) {
      out.push({ hits: [], warnings: row.warnings ?? [], error: row.error, empty: false });
      continue;
    }
    const { query, warnings } = rowQuery(row);
    if (!query.name && !query.identifiers) {
      out.push({ hits: [], warnings, empty: true });
      continue;
    }
    try {
      // Every row's query has the same fields in the same order (absent ones undefined), so the engine reads one
      // shape of object a million times, not a new mix of spread properties each row.
      const { hits } = engine.screen({
        name: query.name,
        schema: query.schema,
        birthDate: query.birthDate,
        country: query.country,
        identifiers: query.identifiers,
        threshold: settings.threshold,
        limit: settings.matchesPerRow + 5,
      });
      const found: RowHit[] = [];
      for (const hit of hits) {
        if (!hit.match || found.length >= settings.matchesPerRow) continue;
        found.push({
          entityIndex: hit.entityIndex,
          nameOrdinal: hit.nameIndex === undefined ? 0 : engine.index.ordinalOf(hit.nameIndex),
          score: hit.score,
          nameScore: hit.nameScore,
          explanation: hit.explain(),
        });
      }
      out.push({ hits: found, warnings, empty: false });
    } catch (error) {
      out.push({ hits: [], warnings, error: `not screened: ${(error as Error).message}`, empty: false });
    }
  }
  return out;
}

/** One row after screening as a worker thread sends it back: the row itself stays with the calling thread. */
export type ScreenedRowFindings = Omit<ScreenedRow, 'row'>;

/**
 * Where the list entries of the hits come from: the entity at a position of the list the engine was built on, and
 * its content hash (see entityContentHash). The calling thread holds the entities; a worker reads them from shared
 * memory (see EntityStore).
 */
export interface FindingSource {
  entity(entityIndex: number): Entity;
  hash(entityIndex: number, entity: Entity): string | Promise<string>;
}

/**
 * Fills in the list entry of every hit: its id, names, list, programs and content hash. One function for the
 * calling thread and the workers, so both give identical results.
 */
export async function withFindings(
  screened: readonly ScreenedRowHits[],
  source: FindingSource,
): Promise<ScreenedRowFindings[]> {
  const out: ScreenedRowFindings[] = [];
  for (const { hits, ...rest } of screened) {
    const findings: MatchFinding[] = [];
    for (const hit of hits) {
      const entity = source.entity(hit.entityIndex);
      const name = entity.names[hit.nameOrdinal]!;
      findings.push({
        entityId: entity.id,
        entityName: primaryName(entity),
        schema: entity.schema,
        list: entity.source.list,
        listName: entity.source.name,
        programs: entity.programs,
        score: hit.score,
        nameScore: hit.nameScore,
        matchedName: name.full,
        matchedNameKind: name.kind,
        explanation: hit.explanation,
        entityHash: await source.hash(hit.entityIndex, entity),
      });
    }
    out.push({ ...rest, findings });
  }
  return out;
}

/** The screened rows with their rows given back: `screened[i]` is the result of `rows[i]`. */
export function withRows(rows: readonly BatchRow[], screened: readonly ScreenedRowFindings[]): ScreenedRow[] {
  return screened.map((s, i) => ({ row: rows[i]!, ...s }));
}
