import { ListLoadError } from '../errors.js';
import type { ListFormat, LoadResult } from '../model/loadResult.js';
import { parseDetected } from './detectFormat.js';
import type { LoadOptions } from './loaderTypes.js';
import { parseOfacCsvSet } from './ofacCsv.js';
import { loaderFor } from './registry.js';
import type { ListInput } from './shared/listInput.js';

/** What {@link loadList} takes: a path and, optionally, the format (detected from the file when omitted). */
export interface LoadListRequest extends LoadOptions {
  /** A list file, or for `ofac-csv` a folder holding sdn.csv (or cons_prim.csv) with optional alt/add/comments files. */
  path: string;
  /** The list format; detected from the file's content when omitted. */
  format?: ListFormat;
}

/** SHA-256 of the bytes, hex; Web Crypto, so it runs in Node, browsers and edge runtimes alike. */
export async function contentHash(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function readInput(path: string): Promise<ListInput> {
  const { readFile } = await import('node:fs/promises');
  try {
    return { file: path, bytes: new Uint8Array(await readFile(path)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new ListLoadError('E_FILE_NOT_FOUND', path, 'file not found. Check the path, or download the list first.');
    }
    if (code === 'EISDIR') {
      throw new ListLoadError('E_FORMAT', path, 'is a folder; only the ofac-csv format is loaded from a folder.');
    }
    throw new ListLoadError('E_FILE_NOT_FOUND', path, `cannot read the file (${code ?? String(error)}).`, {
      cause: error,
    });
  }
}

// The OFAC legacy CSV set, as OFAC names its files: the SDN set and the consolidated (non-SDN) set.
const OFAC_SETS = [
  { main: 'sdn.csv', alt: 'alt.csv', add: 'add.csv', comments: 'sdn_comments.csv' },
  { main: 'cons_prim.csv', alt: 'cons_alt.csv', add: 'cons_add.csv', comments: 'cons_comments.csv' },
] as const;

async function loadOfacFolder(folder: string, options: LoadOptions): Promise<LoadResult> {
  const { readdir } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const names = await readdir(folder);
  const find = (wanted: string) => names.find((n) => n.toLowerCase() === wanted);
  const set = OFAC_SETS.find((s) => find(s.main));
  if (!set) {
    throw new ListLoadError(
      'E_FILE_NOT_FOUND',
      folder,
      'this folder holds neither sdn.csv nor cons_prim.csv; point at the folder of an OFAC legacy CSV download.',
    );
  }
  const read = async (wanted: string) => {
    const name = find(wanted);
    return name ? readInput(join(folder, name)) : undefined;
  };
  const sdn = (await read(set.main)) as ListInput;
  const [alt, add, comments] = await Promise.all([read(set.alt), read(set.add), read(set.comments)]);
  const result = await parseOfacCsvSet(
    { sdn, ...(alt ? { alt } : {}), ...(add ? { add } : {}), ...(comments ? { comments } : {}) },
    options,
  );
  const hashes = await Promise.all(
    [sdn, alt, add, comments].filter((f): f is ListInput => !!f).map((f) => contentHash(f.bytes)),
  );
  result.meta.contentHash =
    hashes.length === 1 ? hashes[0] : await contentHash(new TextEncoder().encode(hashes.join('')));
  return result;
}

/**
 * Loads one sanctions list file (or an OFAC CSV folder) into entities, issues and metadata. Refuses, with a
 * {@link ListLoadError} naming the file, anything it cannot load completely: a missing or empty file, the
 * wrong format, invalid XML, a CSV without the expected columns, a truncated download. Records it cannot
 * take are listed in `issues`; none are dropped silently.
 *
 * @example
 * const sdn = await loadList({ format: 'ofac-csv', path: 'downloads/ofac/' });
 * const un = await loadList({ path: 'downloads/consolidated.xml' }); // format detected: un-xml
 */
export async function loadList(request: LoadListRequest): Promise<LoadResult> {
  const { path, format, ...options } = request;
  const { stat } = await import('node:fs/promises');
  const info = await stat(path).catch(() => undefined);
  if (!info)
    throw new ListLoadError('E_FILE_NOT_FOUND', path, 'file not found. Check the path, or download the list first.');
  if (info.isDirectory()) {
    if (format !== undefined && format !== 'ofac-csv') {
      throw new ListLoadError('E_FORMAT', path, `is a folder; the ${format} format is read from a single file.`);
    }
    return loadOfacFolder(path, options);
  }
  const input = await readInput(path);
  const result = format ? await loaderFor(format).parse(input, options) : await parseDetected(input, options);
  result.meta.contentHash = await contentHash(input.bytes);
  return result;
}

/**
 * Parses a `format:path` list spec as the CLI takes it (`ofac-csv:./sdn/`, `un-xml:consolidated.xml`); a bare
 * path means "detect the format".
 */
export function parseListSpec(spec: string): LoadListRequest {
  const match = /^([a-z][a-z0-9-]*):(.+)$/.exec(spec);
  if (match?.[1] && match[2] && !/^[a-zA-Z]$/.test(match[1])) {
    loaderFor(match[1]);
    return { format: match[1] as ListFormat, path: match[2] };
  }
  return { path: spec };
}
