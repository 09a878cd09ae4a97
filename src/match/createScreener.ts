import { InputError, ScreeningError } from '../errors.js';
import { type Entity, EntitySchema } from '../model/entity.js';
import { identifierKey } from '../model/identifier.js';
import type { LoadResult } from '../model/loadResult.js';
import type { Name } from '../model/name.js';
import { type ExplanationStep, type ScreenQuery, ScreenQuerySchema } from '../model/screening.js';
import { CandidateFinder } from './candidates.js';
import { withLazyExplanation } from './lazyExplanation.js';
import { NameIndex, schemaFamily } from './nameIndex.js';
import { analyseQueryFor, analysisFor, type ReadingTables } from './queryAnalyses.js';
import { parseQueryFacts } from './queryFacts.js';
import { type CandidateScore, scoreCandidate } from './scoreCandidate.js';
import { TokenMatchTable } from './tokenMatchTable.js';

/**
 * The default alert threshold. A match scores 0–1; at 0.8 the quality benchmark (bench/quality.ts, figures
 * in the README) finds the listed party for nearly all realistic variants while innocent names stay quiet.
 */
export const DEFAULT_THRESHOLD = 0.8;

/** Matches below this score are not returned at all (they are noise, not near misses). */
export const REPORT_FLOOR = 0.5;

/** One listed party matched by a screening, with the evidence. */
export interface ScreeningMatch {
  entity: Entity;
  /** 0–1, higher is closer. */
  score: number;
  /** True when `score` reaches the threshold in force (and a weak-alias-only match is corroborated). */
  match: boolean;
  /** The list name the query matched best. */
  matchedName: Name;
  /** The score of the name alone, before dates, countries and identifiers. */
  nameScore: number;
  /**
   * Why it matched, step by step (see ExplanationStep). Computed when first read, then kept: an app that only
   * counts alerts does not pay for explaining near misses. It is an own enumerable property, so JSON, spreading
   * and structured cloning include it.
   */
  explanation: ExplanationStep[];
}

/** The result of one screening: the ranked matches (one per entity) and the threshold that decided `match`. */
export interface ScreeningResult {
  matches: ScreeningMatch[];
  threshold: number;
}

/** Options of {@link createScreener}. */
export interface ScreenerOptions {
  /** Alert threshold (0–1). Default {@link DEFAULT_THRESHOLD}. */
  threshold?: number;
  /** Threshold per list key (e.g. `{ 'us-csl': 0.9 }`), overriding `threshold` for that list's entities. */
  listThresholds?: Record<string, number>;
  /** How many candidate names are scored in full per query (default 64). */
  candidateLimit?: number;
}

/** A screener over a fixed set of entities; build it once, screen many names. */
export interface Screener {
  /** Screens one name (with optional schema, date of birth, country and identifiers). */
  screen(query: ScreenQuery): ScreeningResult;
  /** The entities the screener holds. */
  readonly entities: readonly Entity[];
  /** The default threshold in force. */
  readonly threshold: number;
}

function newReadingTables(): ReadingTables {
  return { person: new TokenMatchTable(), other: new TokenMatchTable() };
}

function isLoadResult(value: unknown): value is LoadResult {
  return typeof value === 'object' && value !== null && 'entities' in value && 'meta' in value && 'issues' in value;
}

function collectEntities(input: readonly Entity[] | LoadResult | readonly LoadResult[]): Entity[] {
  const results = Array.isArray(input) ? input : [input];
  if (results.length > 0 && results.every(isLoadResult)) return (results as LoadResult[]).flatMap((r) => r.entities);
  return results as Entity[];
}

/**
 * Builds a screener: normalizes every name of every entity, computes token rarity across all the loaded
 * lists, and builds the candidate index. Accepts entities or the results of `loadList` (a list whose load
 * failed never reaches here, since the loader throws).
 *
 * @example
 * const screener = createScreener(await loadDefaultList());
 * screener.screen({ name: 'ЧВК Вагнер' }).matches[0]?.entity.id; // 'ofac-sdn:22543'
 */
export function createScreener(
  input: readonly Entity[] | LoadResult | readonly LoadResult[],
  options: ScreenerOptions = {},
): Screener {
  const entities = collectEntities(input);
  if (entities.length === 0) {
    throw new ScreeningError('E_LIST_EMPTY', 'createScreener: no entities to screen against; load at least one list.');
  }
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (!(threshold >= 0 && threshold <= 1)) throw new InputError('threshold', 'must be between 0 and 1');
  const index = new NameIndex(entities);
  const families = entities.map((e) => schemaFamily(e.schema));
  const finder = new CandidateFinder(index, families, options.candidateLimit ?? 24);
  // Refilled for every query (screen() is synchronous, so two queries never fill them at once), until a query's
  // matches keep them for their explanations.
  let tables = newReadingTables();
  const byIdentifier = new Map<string, number[]>();
  entities.forEach((e, i) => {
    for (const id of e.identifiers) {
      const key = identifierKey(id.type, id.value);
      const list = byIdentifier.get(key);
      if (list) list.push(i);
      else byIdentifier.set(key, [i]);
    }
  });

  function screen(rawQuery: ScreenQuery): ScreeningResult {
    const parsed = ScreenQuerySchema.safeParse(rawQuery);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputError(`query.${issue?.path.join('.') ?? ''}`, issue?.message ?? 'invalid query');
    }
    const query = parsed.data;
    const callThreshold = query.threshold ?? threshold;
    const facts = parseQueryFacts(query);
    const analyses = analyseQueryFor(index, query.name, query.schema, tables);
    const nameGiven = query.name.trim() !== '';
    const isAlert = (entityIndex: number, scored: CandidateScore) =>
      scored.alertable &&
      scored.score >= (options.listThresholds?.[entities[entityIndex]!.source.list] ?? callThreshold);

    // First pass: every candidate scored without explanations, the best name kept per listed party.
    const best = new Map<number, { nameIndex: number | undefined; scored: CandidateScore }>();
    const consider = (entityIndex: number, nameIndex: number | undefined) => {
      const entityFamily = families[entityIndex]!;
      if (!analyses.screens(entityFamily)) return;
      const entity = entities[entityIndex]!;
      const reading = analysisFor(analyses, entityFamily);
      const scored = scoreCandidate(
        index,
        reading,
        facts,
        entity,
        entityFamily === 'Person',
        nameIndex,
        nameGiven,
        false,
      );
      const previous = best.get(entityIndex)?.scored;
      // Scores are capped at 1, so a tie is broken by the name alone, then by exactness: the alias the query
      // actually wrote, in the script it wrote it, is the one reported.
      const better =
        !previous ||
        scored.score > previous.score ||
        (scored.score === previous.score &&
          (scored.nameScore > previous.nameScore ||
            (scored.nameScore === previous.nameScore && scored.exact && !previous.exact)));
      if (better) best.set(entityIndex, { nameIndex, scored });
    };
    for (const n of finder.find(analyses)) consider(index.entityOf(n), n);
    for (const id of facts.identifiers) {
      for (const e of byIdentifier.get(id.key) ?? []) if (!best.has(e)) consider(e, undefined);
    }
    // Ties (scores are capped at 1) go to the party an identifier confirms, then to the closer name.
    const ranked = [...best.entries()]
      .filter(([entityIndex, { scored }]) => scored.score >= REPORT_FLOOR || isAlert(entityIndex, scored))
      .sort(
        ([ia, a], [ib, b]) =>
          b.scored.score - a.scored.score ||
          Number(b.scored.identified) - Number(a.scored.identified) ||
          b.scored.nameScore - a.scored.nameScore ||
          entities[ia]!.id.localeCompare(entities[ib]!.id),
      )
      .slice(0, query.limit ?? 10);
    const matches = ranked.map(([entityIndex, { nameIndex, scored }]): ScreeningMatch => {
      const entity = entities[entityIndex]!;
      const family = families[entityIndex]!;
      const reading = analysisFor(analyses, family);
      const isPerson = family === 'Person';
      // The same scoring again with its steps kept, when the explanation is first read (same score).
      const explain = () =>
        scoreCandidate(index, reading, facts, entity, isPerson, nameIndex, nameGiven, true).explanation;
      const match = {
        entity,
        score: scored.score,
        match: isAlert(entityIndex, scored),
        matchedName: nameIndex === undefined ? entity.names[0]! : index.nameOf(nameIndex),
        nameScore: scored.nameScore,
      };
      return withLazyExplanation(match, explain);
    });
    // The matches keep this query's analysis for their explanations: the next query gets tables of its own.
    if (matches.length > 0) tables = newReadingTables();
    return { matches, threshold: callThreshold };
  }

  return { screen, entities, threshold };
}

/** Re-validates hand-built entities (e.g. from an app's database) against the model before screening. */
export function validateEntities(values: unknown[]): Entity[] {
  return values.map((v, i) => {
    const parsed = EntitySchema.safeParse(v);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputError(`entities[${i}].${issue?.path.join('.') ?? ''}`, issue?.message ?? 'invalid entity');
    }
    return parsed.data;
  });
}
