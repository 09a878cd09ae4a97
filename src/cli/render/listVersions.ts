import type { LoadResult } from '../../model/loadResult.js';

/** The list versions a result was produced with: for every output, so no result is separated from its lists. */
export function listVersions(results: readonly LoadResult[]) {
  return results.map((r) => ({
    list: r.meta.source.list,
    name: r.meta.source.name,
    format: r.meta.format,
    publishedAt: r.meta.source.publishedAt ?? null,
    entities: r.meta.entities,
    contentHash: r.meta.contentHash ?? null,
  }));
}

/** One line naming the lists, e.g. "default (embedded demonstration list…, 46 entities)". */
export function describeLists(results: readonly LoadResult[], usingDefault: boolean): string {
  return results
    .map(
      (r) =>
        `${usingDefault ? 'the embedded demonstration list (not an official list)' : r.meta.source.name} [${r.meta.source.list}${r.meta.source.publishedAt ? `, ${r.meta.source.publishedAt}` : ''}, ${r.meta.entities} entities]`,
    )
    .join('; ');
}
