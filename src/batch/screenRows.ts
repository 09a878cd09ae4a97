import type { Screener } from '../match/createScreener.js';
import { toCountryCode } from '../model/country.js';
import { type Entity, primaryName } from '../model/entity.js';
import { parsePartialDate } from '../model/partialDate.js';
import { QuerySchemaSchema, type ScreenQuery } from '../model/screening.js';
import type { MatchFinding } from './batchResult.js';
import type { BatchRow } from './batchRow.js';

/** How each row is screened: the threshold (the screener's when absent) and how many matches to keep. */
export interface RowScreeningSettings {
  threshold?: number;
  matchesPerRow: number;
}

/** One row after screening, before the accept and block lists: what a worker sends back. */
export interface ScreenedRow {
  row: BatchRow;
  findings: MatchFinding[];
  warnings: string[];
  /** Set when the row could not be read or screened. */
  error?: string;
  /** True when the row has no name and no identifier. */
  empty: boolean;
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
 * Screens a chunk of rows with one prebuilt screener and returns, for each row in order, the matches at or
 * above the threshold with their evidence. The same function runs in worker threads and in the calling
 * thread, which is what makes both give identical results.
 */
export async function screenRows(
  screener: Screener,
  rows: readonly BatchRow[],
  settings: RowScreeningSettings,
  hashOf: (entity: Entity) => Promise<string>,
): Promise<ScreenedRow[]> {
  const out: ScreenedRow[] = [];
  for (const row of rows) {
    if (row.error !== undefined) {
      out.push({ row, findings: [], warnings: row.warnings ?? [], error: row.error, empty: false });
      continue;
    }
    const { query, warnings } = rowQuery(row);
    if (!query.name && !query.identifiers) {
      out.push({ row, findings: [], warnings, empty: true });
      continue;
    }
    try {
      const result = screener.screen({
        ...query,
        ...(settings.threshold !== undefined ? { threshold: settings.threshold } : {}),
        limit: settings.matchesPerRow + 5,
      });
      const findings: MatchFinding[] = [];
      for (const m of result.matches) {
        if (!m.match || findings.length >= settings.matchesPerRow) continue;
        findings.push({
          entityId: m.entity.id,
          entityName: primaryName(m.entity),
          schema: m.entity.schema,
          list: m.entity.source.list,
          listName: m.entity.source.name,
          programs: m.entity.programs,
          score: m.score,
          nameScore: m.nameScore,
          matchedName: m.matchedName.full,
          matchedNameKind: m.matchedName.kind,
          explanation: m.explanation,
          entityHash: await hashOf(m.entity),
        });
      }
      out.push({ row, findings, warnings, empty: false });
    } catch (error) {
      out.push({ row, findings: [], warnings, error: `not screened: ${(error as Error).message}`, empty: false });
    }
  }
  return out;
}
