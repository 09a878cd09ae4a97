import type { LoadResult } from '../model/loadResult.js';
import { DEFAULT_LIST_LABEL, loadDefaultList } from '../sources/defaultList.js';
import { loadList, parseListSpec } from '../sources/loadList.js';
import type { CliIO } from './io.js';
import { renderIssue } from './render/loadSummary.js';

/** The lists a command runs on, and whether they are the embedded default. */
export interface LoadedLists {
  results: LoadResult[];
  usingDefault: boolean;
}

/**
 * Says on stderr that records of a list could not be loaded, with the first reason and how to see them all: a
 * screening against that list lacks them, and must not pass for a screening against the whole list.
 */
function warnOfRejected(result: LoadResult, spec: string, io: CliIO): void {
  const { rejected, records, source, files } = result.meta;
  if (rejected === 0) return;
  const first = result.issues.find((issue) => issue.severity === 'error');
  io.stderr(
    `warning: ${source.name} (${files.join(', ')}): ${rejected} of ${records} records could not be loaded and are ` +
      `not screened against${first ? `; the first: ${renderIssue(first)}` : ''}. All of them: sanctions-screen ` +
      `inspect ${spec}`,
  );
}

/**
 * Loads the `--list format:path` specs, or the embedded demonstration list when none is given, and says
 * so on stderr: an output screened against the demonstration list must never pass for a real screening.
 * A list with records that could not be loaded is named on stderr too (unless `reportRejected` is false, for the
 * commands that show every issue themselves). `afterEach` runs once each list is loaded (a batch run collects the
 * garbage of parsing it there).
 */
export async function loadListsForCli(
  specs: string[] | undefined,
  io: CliIO,
  options: { allowTruncated?: boolean; afterEach?: () => void; reportRejected?: boolean } = {},
): Promise<LoadedLists> {
  if (!specs || specs.length === 0) {
    io.stderr(`note: no --list given; using the ${DEFAULT_LIST_LABEL}.`);
    return { results: [await loadDefaultList()], usingDefault: true };
  }
  const results: LoadResult[] = [];
  for (const spec of specs) {
    const request = parseListSpec(spec);
    const result = await loadList({ ...request, ...(options.allowTruncated ? { allowTruncated: true } : {}) });
    if (options.reportRejected !== false) warnOfRejected(result, spec, io);
    results.push(result);
    options.afterEach?.();
  }
  return { results, usingDefault: false };
}
