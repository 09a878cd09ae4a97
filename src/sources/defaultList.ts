import defaultListJson from '../../data/default-list.json';
import type { LoadResult } from '../model/loadResult.js';
import { watchlistJsonLoader } from './watchlistJson.js';

/** The name the embedded list goes by in outputs, so no one mistakes it for an official list. */
export const DEFAULT_LIST_LABEL =
  'embedded demonstration list (data/default-list.json; hand-written, not an official list)';

/**
 * Loads the embedded demonstration list: a hand-written watchlist of the Wagner Group and the entities
 * linked to it, the Turkey-based suppliers of Russia's military industry designated in 2023, the Turkish node
 * of a Belarus evasion network and a few Belarus entities, each with its real source list and id. It is what
 * the CLI and the README examples use when no list is given; screen production data against official lists.
 */
export async function loadDefaultList(): Promise<LoadResult> {
  const bytes = new TextEncoder().encode(JSON.stringify(defaultListJson));
  return watchlistJsonLoader.parse({ file: 'data/default-list.json', bytes });
}
