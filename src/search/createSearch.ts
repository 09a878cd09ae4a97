import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import type { Entity } from '../model/entity.js';
import { normalizeName } from '../normalize/normalizeName.js';

interface SearchDocument {
  entity: Entity;
  names: string[];
  identifiers: string[];
  programs: string[];
  remarks: string[];
}

/** One look-up hit: the entity, a relevance (0–1, 1 best) and which fields matched. */
export interface SearchHit {
  entity: Entity;
  relevance: number;
  matchedFields: Array<{ field: 'names' | 'identifiers' | 'programs' | 'remarks'; value: string }>;
}

/** Options of a look-up. */
export interface SearchOptions {
  /** At most this many hits (default 20). */
  limit?: number;
}

/** An analyst search box over loaded lists; see {@link createSearch}. */
export interface ListSearch {
  search(query: string, options?: SearchOptions): SearchHit[];
}

const FUSE_OPTIONS: IFuseOptions<SearchDocument> = {
  keys: [
    { name: 'names', weight: 3 },
    { name: 'identifiers', weight: 2 },
    { name: 'programs', weight: 1 },
    { name: 'remarks', weight: 0.5 },
  ],
  includeScore: true,
  includeMatches: true,
  ignoreDiacritics: true,
  ignoreLocation: true,
  useExtendedSearch: true,
  threshold: 0.35,
  minMatchCharLength: 2,
};

/**
 * Builds an analyst look-up over names, aliases (also in their Latin transliteration), identifiers,
 * programs and remarks with fuse.js: prefix and typo-tolerant, with fuse.js's extended syntax
 * (`=exact`, `'include`, `^prefix`, `suffix$`, `!not`, `a | b`). This is a search box for people
 * browsing a list, NOT screening: it has no notion of name rarity, legal forms or weak aliases, so use
 * `createScreener` to decide whether a party is listed.
 *
 * @example
 * createSearch(entities).search('^wagner').map((h) => h.entity.id);
 * createSearch(entities).search("'2931074985"); // a Turkish tax id, anywhere in identifiers
 */
export function createSearch(entities: readonly Entity[]): ListSearch {
  const docs: SearchDocument[] = entities.map((entity) => {
    const names = new Set<string>();
    for (const n of entity.names) {
      names.add(n.full);
      const ascii = normalizeName(n.full).ascii;
      if (ascii) names.add(ascii);
    }
    return {
      entity,
      names: [...names],
      identifiers: entity.identifiers.map((i) => i.value),
      programs: entity.programs,
      remarks: entity.remarks,
    };
  });
  const fuse = new Fuse(docs, FUSE_OPTIONS, Fuse.createIndex(FUSE_OPTIONS.keys ?? [], docs));
  return {
    search(query, options = {}) {
      if (query.trim() === '') return [];
      const results: FuseResult<SearchDocument>[] = fuse.search(query, { limit: options.limit ?? 20 });
      return results.map((r) => ({
        entity: r.item.entity,
        relevance: Math.round((1 - (r.score ?? 1)) * 1000) / 1000,
        matchedFields: (r.matches ?? []).map((m) => ({
          field: m.key as SearchHit['matchedFields'][number]['field'],
          value: m.value ?? '',
        })),
      }));
    },
  };
}
