import type { SourceRef } from '../model/entity.js';
import type { ListFormat, LoadResult } from '../model/loadResult.js';
import type { ListInput } from './shared/listInput.js';

/** Options every loader takes. */
export interface LoadOptions {
  /**
   * Overrides for the list's identity: key, display name, and publication date. Legacy OFAC CSVs carry no
   * date, so pass `{ publishedAt: '2024-05-03' }` to record which edition was screened.
   */
  source?: Partial<SourceRef>;
  /**
   * Load a file that ends mid-record, reporting the incomplete record as an `error` issue, instead of
   * refusing the whole file with `E_LIST_TRUNCATED`. Off by default: a cut-short download must not pass.
   */
  allowTruncated?: boolean;
}

/**
 * One list format: its name, a one-line description, a sniffer for format detection, and a pure parser from
 * bytes to a {@link LoadResult}. A new format is one module exporting one of these plus one registry line.
 */
export interface ListLoader {
  format: ListFormat;
  description: string;
  /** True when the start of the file (decoded text, up to 64 KiB) looks like this format. */
  sniff(head: string, file: string): boolean;
  parse(input: ListInput, options?: LoadOptions): Promise<LoadResult>;
}
