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

/** Warnings that a file may end short of what its publisher wrote, though every record read loaded. */
const OPEN_END_CODES = new Set(['NO_FINAL_LINE_BREAK', 'NO_END_OF_FILE_MARKER']);

/**
 * Says on stderr that a list file does not end as its publisher ends it (a CSV without its final line break, an OFAC
 * CSV without its end-of-file byte): every record read loaded, but a download cut inside the last one's last field
 * reads the same, so the warning names what to check.
 */
function warnOfOpenEnd(result: LoadResult, io: CliIO): void {
  for (const issue of result.issues) {
    if (!OPEN_END_CODES.has(issue.code)) continue;
    const where = issue.line === undefined ? issue.file : `${issue.file}, line ${issue.line}`;
    io.stderr(`warning: ${result.meta.source.name} (${where}): ${issue.message}`);
  }
}

/**
 * Loads the `--list format:path` specs, or the embedded demonstration list when none is given, and says
 * so on stderr: an output screened against the demonstration list must never pass for a real screening.
 * A list with records that could not be loaded is named on stderr too, and so is a file that may have been cut inside
 * its last row (unless `reportRejected` is false, for the commands that show every issue themselves). `afterEach` runs
 * once each list is loaded (a batch run collects the garbage of parsing it there).
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
    if (options.reportRejected !== false) {
      warnOfRejected(result, spec, io);
      warnOfOpenEnd(result, io);
    }
    results.push(result);
    options.afterEach?.();
  }
  return { results, usingDefault: false };
}
