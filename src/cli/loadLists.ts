import type { LoadResult } from '../model/loadResult.js';
import { DEFAULT_LIST_LABEL, loadDefaultList } from '../sources/defaultList.js';
import { loadList, parseListSpec } from '../sources/loadList.js';
import type { CliIO } from './io.js';

/** The lists a command runs on, and whether they are the embedded default. */
export interface LoadedLists {
  results: LoadResult[];
  usingDefault: boolean;
}

/**
 * Loads the `--list format:path` specs, or the embedded demonstration list when none is given, and says
 * so on stderr: an output screened against the demonstration list must never pass for a real screening.
 * `afterEach` runs once each list is loaded (a batch run collects the garbage of parsing it there).
 */
export async function loadListsForCli(
  specs: string[] | undefined,
  io: CliIO,
  options: { allowTruncated?: boolean; afterEach?: () => void } = {},
): Promise<LoadedLists> {
  if (!specs || specs.length === 0) {
    io.stderr(`note: no --list given; using the ${DEFAULT_LIST_LABEL}.`);
    return { results: [await loadDefaultList()], usingDefault: true };
  }
  const results: LoadResult[] = [];
  for (const spec of specs) {
    const request = parseListSpec(spec);
    results.push(await loadList({ ...request, ...(options.allowTruncated ? { allowTruncated: true } : {}) }));
    options.afterEach?.();
  }
  return { results, usingDefault: false };
}
