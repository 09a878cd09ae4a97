import { ListLoadError, ScreeningError } from '../errors.js';
import type { LoadResult } from '../model/loadResult.js';
import type { ListLoader, LoadOptions } from './loaderTypes.js';
import { LIST_LOADERS } from './registry.js';
import { decodeListText, type ListInput } from './shared/listInput.js';

const HEAD_BYTES = 64 * 1024;

/** The text the sniffers look at: the first 64 KiB, decoded (zip containers as Latin-1 so their names show). */
export function sniffHead(input: ListInput): string {
  const head = input.bytes.subarray(0, HEAD_BYTES);
  if (head[0] === 0x50 && head[1] === 0x4b) return new TextDecoder('latin1').decode(head);
  return decodeListText({ file: input.file, bytes: head }).text;
}

/** The loaders whose sniffer recognises this file, most specific first. */
export function candidateLoaders(input: ListInput): ListLoader[] {
  const head = sniffHead(input);
  return LIST_LOADERS.filter((loader) => loader.sniff(head, input.file));
}

/**
 * Parses a list file whose format was not given: tries each loader whose sniffer recognises the file, in
 * order, moving on only when a loader says the file is not its format (`E_FORMAT`, `E_CSV_COLUMNS`). Any other
 * failure (a truncated or corrupt file of the right format) is raised at once, never papered over.
 *
 * @throws ListLoadError `E_FORMAT` when no loader recognises the file.
 */
export async function parseDetected(input: ListInput, options: LoadOptions = {}): Promise<LoadResult> {
  const candidates = candidateLoaders(input);
  const refusals: string[] = [];
  for (const loader of candidates) {
    try {
      return await loader.parse(input, options);
    } catch (error) {
      if (error instanceof ScreeningError && (error.code === 'E_FORMAT' || error.code === 'E_CSV_COLUMNS')) {
        refusals.push(`${loader.format}: ${error.message}`);
        continue;
      }
      throw error;
    }
  }
  const tried = refusals.length > 0 ? ` Tried ${refusals.join('; ')}.` : '';
  throw new ListLoadError(
    'E_FORMAT',
    input.file,
    `could not recognise the list format.${tried} Name the format explicitly (e.g. --list ofac-xml:${input.file}); known formats: ${LIST_LOADERS.map((l) => l.format).join(', ')}.`,
  );
}
