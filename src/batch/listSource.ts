import { ScreeningError } from '../errors.js';
import type { Entity } from '../model/entity.js';
import type { ListVersion } from '../model/listVersion.js';
import type { LoadResult } from '../model/loadResult.js';
import { listVersionsOf, withEntityHashes } from '../sources/listVersions.js';
import type { LoadListRequest } from '../sources/loadList.js';

/**
 * Where a batch run gets its lists, once at start-up: the embedded default list; list files (`loadList`); a
 * module whose export returns load results (for list sets that are not plain files, e.g. the OFAC CSV set joined
 * from two editions); or entities already loaded.
 */
export type ListSource =
  | { kind: 'default' }
  | { kind: 'files'; lists: LoadListRequest[] }
  | { kind: 'module'; module: string; exportName?: string }
  | { kind: 'entities'; entities: readonly Entity[]; versions: ListVersion[] };

/** The entities and list versions a {@link ListSource} stands for. */
export interface LoadedListSource {
  entities: readonly Entity[];
  versions: ListVersion[];
}

async function fromResults(results: readonly LoadResult[]): Promise<LoadedListSource> {
  const entities = results.flatMap((r) => r.entities);
  return { entities, versions: await withEntityHashes(listVersionsOf(results), entities) };
}

/**
 * Loads what a {@link ListSource} stands for, in the calling thread, once per run.
 *
 * @throws ScreeningError `E_LIST_FAILED` when a module source has no such export; loader errors as loadList throws them.
 */
export async function loadListSource(source: ListSource): Promise<LoadedListSource> {
  switch (source.kind) {
    case 'default': {
      const { loadDefaultList } = await import('../sources/defaultList.js');
      return await fromResults([await loadDefaultList()]);
    }
    case 'files': {
      const { loadList } = await import('../sources/loadList.js');
      const results: LoadResult[] = [];
      for (const request of source.lists) results.push(await loadList(request));
      return await fromResults(results);
    }
    case 'module': {
      const mod = (await import(source.module)) as Record<string, unknown>;
      const load = mod[source.exportName ?? 'default'];
      if (typeof load !== 'function') {
        throw new ScreeningError(
          'E_LIST_FAILED',
          `${source.module} has no function export "${source.exportName ?? 'default'}" returning the lists.`,
        );
      }
      const loaded = (await load()) as LoadResult | LoadResult[];
      return await fromResults(Array.isArray(loaded) ? loaded : [loaded]);
    }
    case 'entities':
      return { entities: source.entities, versions: source.versions };
  }
}
