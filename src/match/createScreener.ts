import { InputError, ScreeningError } from '../errors.js';
import { type Entity, EntitySchema } from '../model/entity.js';
import type { LoadResult } from '../model/loadResult.js';
import type { Name } from '../model/name.js';
import type { ExplanationStep, ScreenQuery } from '../model/screening.js';
import { ExplainedMatch } from './lazyExplanation.js';
import { NameIndex } from './nameIndex.js';
import { ScoringEntities } from './scoringEntities.js';
import { toScoringEntity } from './scoringEntity.js';
import { DEFAULT_THRESHOLD, type ScreenerOptions, ScreeningEngine } from './screeningEngine.js';

export { DEFAULT_THRESHOLD, REPORT_FLOOR, type ScreenerOptions } from './screeningEngine.js';

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

/** A screener over a fixed set of entities; build it once, screen many names. */
export interface Screener {
  /** Screens one name (with optional schema, date of birth, country and identifiers). */
  screen(query: ScreenQuery): ScreeningResult;
  /** The entities the screener holds. */
  readonly entities: readonly Entity[];
  /** The default threshold in force. */
  readonly threshold: number;
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
  // Checked before the index is built: a wrong option should fail at once, not after seconds of work.
  if (!(threshold >= 0 && threshold <= 1)) throw new InputError('threshold', 'must be between 0 and 1');
  const engine = new ScreeningEngine(
    NameIndex.build(entities),
    ScoringEntities.from(entities.map(toScoringEntity)),
    options,
  );
  // Each indexed name as the entity gives it, by index name: a match reads one array for its name, not the party's
  // object, its names and their array, three reads of memory the screening has not touched (entities are scattered
  // over the heap; 3.5% of a first pass's time went on that line).
  const { index } = engine;
  const listNames: Name[] = [];
  for (let n = 0; n < index.nameCount; n++) listNames.push(entities[index.entityOf(n)]!.names[index.ordinalOf(n)]!);
  const screener: Screener = {
    screen(query: ScreenQuery): ScreeningResult {
      const { hits, threshold } = engine.screen(query);
      const matches = hits.map((hit): ScreeningMatch => {
        const entity = entities[hit.entityIndex]!;
        // A hit on identifiers alone names the party by its first name.
        const matchedName = hit.nameIndex === undefined ? entity.names[0]! : listNames[hit.nameIndex]!;
        return new ExplainedMatch(entity, hit.score, hit.match, matchedName, hit.nameScore, hit.explain);
      });
      return { matches, threshold };
    },
    entities,
    threshold: engine.threshold,
  };
  engines.set(screener, engine);
  return screener;
}

const engines = new WeakMap<Screener, ScreeningEngine>();

/** The engine behind a screener built by {@link createScreener} (for batch runs that share its index). */
export function engineOf(screener: Screener): ScreeningEngine | undefined {
  return engines.get(screener);
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
