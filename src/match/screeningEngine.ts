import type { z } from 'zod';
import { InputError } from '../errors.js';
import {
  type ExplanationStep,
  MAX_QUERY_LIMIT,
  MAX_QUERY_NAME_LENGTH,
  type ScreenQuery,
  ScreenQuerySchema,
} from '../model/screening.js';
import { BestPerEntity } from './bestPerEntity.js';
import { CandidateFinder } from './candidates.js';
import type { QueryFacts } from './features/featureTypes.js';
import type { NameIndex } from './nameIndex.js';
import { analyseQueryFor, analysisFor, type QueryAnalyses, type ReadingTables } from './queryAnalyses.js';
import { parseQueryFacts } from './queryFacts.js';
import type { SchemaFamily } from './schemaFamily.js';
import { type CandidateScore, MAX_FEATURE_GAIN, MIN_NAME_SCORE, scoreCandidate } from './scoreCandidate.js';
import type { ScoringEntities } from './scoringEntities.js';
import { TokenMatchTable } from './tokenMatchTable.js';

/**
 * The default alert threshold. A match scores 0–1; at 0.8 the quality benchmark (bench/quality.ts, figures
 * in the README) finds the listed party for nearly all realistic variants while innocent names stay quiet.
 */
export const DEFAULT_THRESHOLD = 0.8;

/** Matches below this score are not returned at all (they are noise, not near misses). */
export const REPORT_FLOOR = 0.5;

/** Options of a screener (see createScreener). */
export interface ScreenerOptions {
  /** Alert threshold (0–1). Default {@link DEFAULT_THRESHOLD}. */
  threshold?: number;
  /** Threshold per list key (e.g. `{ 'us-csl': 0.9 }`), overriding `threshold` for that list's entities. */
  listThresholds?: Record<string, number>;
  /** How many candidate names are scored in full per query (default 24). */
  candidateLimit?: number;
}

/** One listed party a screening matched, as the engine knows it: by position in the entities it was built on. */
export interface EngineHit {
  entityIndex: number;
  /** The list name matched best (an index name), or undefined for a hit on an identifier alone. */
  nameIndex: number | undefined;
  score: number;
  match: boolean;
  nameScore: number;
  /**
   * Why it matched: the same scoring again with its steps kept (same score). Done only when called: most hits
   * are near misses nobody opens, and a batch run explains its alerts only.
   */
  explain(): ExplanationStep[];
}

/** A query as the schema reads it. */
type ParsedQuery = z.output<typeof ScreenQuerySchema>;

/**
 * Whether `query` gives a name and at most a country, a threshold and a limit, each as the schema allows it: what
 * a batch row mostly is. Screening reads nothing else of a query, so such a query skips the schema's parse, which
 * allocated a kilobyte for each (a ninth of what screening a vendor row allocates).
 */
function isPlainQuery(query: ScreenQuery): query is ParsedQuery {
  const { name, schema, birthDate, identifiers, country, threshold, limit } = query;
  return (
    typeof name === 'string' &&
    name.length <= MAX_QUERY_NAME_LENGTH &&
    schema === undefined &&
    birthDate === undefined &&
    identifiers === undefined &&
    (country === undefined || typeof country === 'string') &&
    (threshold === undefined || (typeof threshold === 'number' && threshold >= 0 && threshold <= 1)) &&
    (limit === undefined || (Number.isInteger(limit) && limit > 0 && limit <= MAX_QUERY_LIMIT))
  );
}

/** `rawQuery` as the schema reads it. @throws InputError naming the query field that cannot be read. */
function parseQuery(rawQuery: ScreenQuery): ParsedQuery {
  const parsed = ScreenQuerySchema.safeParse(rawQuery);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`query.${issue?.path.join('.') ?? ''}`, issue?.message ?? 'invalid query');
  }
  return parsed.data;
}

/**
 * The name score below which a candidate can neither alert (its name is too far) nor be reported, whatever the
 * query's date of birth and country add: such candidates need not be scored. None with identifiers: every party
 * scored is then offered, for the identifier look-up after the names.
 */
export function scoringFloor(facts: QueryFacts): number {
  if (facts.identifiers.length > 0) return 0;
  const gain = facts.birthDate !== undefined || facts.country !== undefined ? MAX_FEATURE_GAIN : 0;
  return Math.min(MIN_NAME_SCORE, REPORT_FLOOR - gain);
}

function newReadingTables(): ReadingTables {
  return { person: new TokenMatchTable(), other: new TokenMatchTable() };
}

/**
 * The screening engine: candidates from the index, every candidate scored, the best name kept per listed party,
 * ranked, explained on demand. It knows the listed parties only by position and by their scoring facts, so the
 * same engine runs over a prebuilt index in a worker thread, where the full entities are not held.
 */
export class ScreeningEngine {
  readonly threshold: number;
  private readonly finder: CandidateFinder;
  // Refilled for every query: screening is synchronous, so two queries never fill them at once.
  private readonly tables = newReadingTables();
  private readonly best: BestPerEntity;

  /**
   * @param entities the listed parties' scoring facts, by position (the same positions as the index's entities);
   *   laid out in typed arrays, so that worker threads build engines over one copy in shared memory.
   */
  constructor(
    readonly index: NameIndex,
    readonly entities: ScoringEntities,
    readonly options: ScreenerOptions = {},
  ) {
    this.threshold = options.threshold ?? DEFAULT_THRESHOLD;
    if (!(this.threshold >= 0 && this.threshold <= 1)) throw new InputError('threshold', 'must be between 0 and 1');
    this.best = new BestPerEntity(entities.count);
    this.finder = new CandidateFinder(index, entities.familyCodes, options.candidateLimit ?? 24);
  }

  /**
   * Screens one query: the listed parties it matches at or above the report floor (or alerting), best first, at
   * most `query.limit` (default 10), each with its evidence.
   *
   * @throws InputError naming the query field that cannot be read.
   */
  screen(rawQuery: ScreenQuery): { hits: EngineHit[]; threshold: number } {
    const query = isPlainQuery(rawQuery) ? rawQuery : parseQuery(rawQuery);
    const { index, entities, best, finder } = this;
    const callThreshold = query.threshold ?? this.threshold;
    const facts = parseQueryFacts(query);
    const analyses = analyseQueryFor(index, query.name, query.schema, this.tables);
    const nameGiven = query.name.trim() !== '';

    // Every candidate scored without explanations, the best name kept per listed party. Methods, not closures
    // made for each query: a batch run screens a million rows.
    best.begin();
    const count = finder.find(analyses, scoringFloor(facts));
    const { candidates } = finder;
    for (let k = 0; k < count; k++) {
      const n = candidates[k]!;
      this.consider(analyses, facts, nameGiven, index.entityOf(n), n, finder.familyOf(n));
    }
    for (const id of facts.identifiers) {
      for (const e of entities.withIdentifier(id.key)) {
        if (!best.has(e)) this.consider(analyses, facts, nameGiven, e, undefined, entities.familyOf(e));
      }
    }
    const ranked: number[] = [];
    for (let k = 0; k < best.count; k++) {
      const e = best.order[k]!;
      if (best.score(e) >= REPORT_FLOOR || this.isAlert(e, callThreshold)) ranked.push(e);
    }
    if (ranked.length === 0) return { hits: [], threshold: callThreshold };
    // Ties (scores are capped at 1) go to the party an identifier confirms, then to the closer name.
    if (ranked.length > 1) {
      ranked.sort(
        (a, b) =>
          best.score(b) - best.score(a) ||
          Number(best.identified(b)) - Number(best.identified(a)) ||
          best.nameScore(b) - best.nameScore(a) ||
          entities.idOf(a).localeCompare(entities.idOf(b)),
      );
    }
    // An explanation read after later queries have refilled the screener's tables analyses the query afresh
    // (in tables of its own): the same analysis, so the same steps.
    let fresh: QueryAnalyses | undefined;
    const current = () => {
      const stale = [analyses.person, analyses.other].some((r) => r && r.table.generation !== r.tableGeneration);
      if (!stale) return analyses;
      fresh ??= analyseQueryFor(index, query.name, query.schema);
      return fresh;
    };
    const hits = ranked.slice(0, query.limit ?? 10).map((entityIndex): EngineHit => {
      const nameIndex = best.nameOf(entityIndex);
      return {
        entityIndex,
        nameIndex,
        score: best.score(entityIndex),
        match: this.isAlert(entityIndex, callThreshold),
        nameScore: best.nameScore(entityIndex),
        explain: () =>
          this.score(current(), facts, nameGiven, entityIndex, nameIndex, entities.familyOf(entityIndex), true)
            .explanation,
      };
    });
    return { hits, threshold: callThreshold };
  }

  /** Whether the best match with listed party `e` alerts: alertable, and at its list's threshold or above. */
  private isAlert(e: number, callThreshold: number): boolean {
    const { best } = this;
    const threshold = this.options.listThresholds?.[this.entities.listOf(e)] ?? callThreshold;
    return best.alertable(e) && best.score(e) >= threshold;
  }

  /**
   * Scores name `nameIndex` of listed party `e`, of schema family `family` (or the party on its identifiers alone)
   * against the query.
   */
  private score(
    analyses: QueryAnalyses,
    facts: QueryFacts,
    nameGiven: boolean,
    e: number,
    nameIndex: number | undefined,
    family: SchemaFamily,
    explain: boolean,
  ): CandidateScore {
    const reading = analysisFor(analyses, family);
    return scoreCandidate(
      this.index,
      reading,
      facts,
      this.entities,
      e,
      family === 'Person',
      nameIndex,
      nameGiven,
      explain,
      REPORT_FLOOR,
    );
  }

  /**
   * Scores a candidate of party `e`, of schema family `family`, if the query screens that family, and offers it as
   * the party's best name if it can alert or be reported. The family is passed in: a candidate name's is read from
   * the candidate finder's array by name (see CandidateFinder.familyOf), not from the party's.
   */
  private consider(
    analyses: QueryAnalyses,
    facts: QueryFacts,
    nameGiven: boolean,
    e: number,
    nameIndex: number | undefined,
    family: SchemaFamily,
  ): void {
    if (!analyses.screens(family)) return;
    const scored = this.score(analyses, facts, nameGiven, e, nameIndex, family, false);
    // Most candidates can neither alert nor be reported: they are not offered, and the party's best-name record
    // is not read for them. With identifiers in the query, every scored party is offered: the identifier look-up
    // after the names asks which parties were scored.
    if (!scored.alertable && scored.score < REPORT_FLOOR && facts.identifiers.length === 0) return;
    this.best.offer(e, nameIndex, scored);
  }
}
