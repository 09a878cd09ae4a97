import type { Entity } from '../model/entity.js';
import { canonicalJsonHash } from '../model/entityContentHash.js';
import type { ListVersion } from '../model/listVersion.js';
import type { LoadResult } from '../model/loadResult.js';

/** The list versions of loaded lists: source, publication date, content hash, entity count. */
export function listVersionsOf(results: readonly LoadResult[]): ListVersion[] {
  return results.map((r) => ({
    list: r.meta.source.list,
    name: r.meta.source.name,
    format: r.meta.format,
    publishedAt: r.meta.source.publishedAt ?? null,
    entities: r.meta.entities,
    contentHash: r.meta.contentHash ?? null,
    ...(r.meta.contentHash ? { hashOf: 'file' as const } : {}),
    rejected: r.meta.rejected,
  }));
}

/**
 * The list versions of bare entities (an application's own records, a prebuilt screener): one per source
 * list, with the publication date the entities carry; no file, so no format and no file hash.
 */
export function listVersionsOfEntities(entities: readonly Entity[]): ListVersion[] {
  const byList = new Map<string, ListVersion>();
  for (const e of entities) {
    const version = byList.get(e.source.list);
    if (version) version.entities++;
    else {
      byList.set(e.source.list, {
        list: e.source.list,
        name: e.source.name,
        format: null,
        publishedAt: e.source.publishedAt ?? null,
        entities: 1,
        contentHash: null,
      });
    }
  }
  return [...byList.values()];
}

/**
 * Gives each list version that has no file hash the SHA-256 of its entities' canonical JSON instead, so the
 * audit trail can tell two in-memory lists apart (the embedded default list of two releases, an application's
 * list before and after an edit). Versions with a file hash are returned as they are.
 */
export async function withEntityHashes(
  versions: readonly ListVersion[],
  entities: readonly Entity[],
): Promise<ListVersion[]> {
  if (versions.every((v) => v.contentHash !== null)) return [...versions];
  const out: ListVersion[] = [];
  for (const version of versions) {
    if (version.contentHash !== null) {
      out.push(version);
      continue;
    }
    const own = entities.filter((e) => e.source.list === version.list);
    out.push({ ...version, contentHash: await canonicalJsonHash(own), hashOf: 'entities' });
  }
  return out;
}

/** One line naming the list versions, e.g. "ofac-sdn 2024-05-03 sha256:1a2b3c4d5e6f; un-sc …", for CSV cells and summaries. */
export function describeListVersions(versions: readonly ListVersion[]): string {
  return versions
    .map((v) =>
      [
        v.list,
        v.publishedAt ?? 'undated',
        v.contentHash ? `sha256:${v.contentHash.slice(0, 12)}` : 'no hash',
        ...(v.rejected ? [`(${v.rejected} records not loaded)`] : []),
      ].join(' '),
    )
    .join('; ');
}
