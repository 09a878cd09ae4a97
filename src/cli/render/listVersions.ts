import type { LoadResult } from '../../model/loadResult.js';

/** One line naming the lists, e.g. "default (embedded demonstration list…, 46 entities)". */
export function describeLists(results: readonly LoadResult[], usingDefault: boolean): string {
  return results
    .map(
      (r) =>
        `${usingDefault ? 'the embedded demonstration list (not an official list)' : r.meta.source.name} [${r.meta.source.list}${r.meta.source.publishedAt ? `, ${r.meta.source.publishedAt}` : ''}, ${r.meta.entities} entities${r.meta.rejected > 0 ? `; ${r.meta.rejected} records not loaded` : ''}]`,
    )
    .join('; ');
}
