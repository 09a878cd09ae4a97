/**
 * Error codes a caller can branch on. Each names one failure a compliance engineer can act on.
 *
 * - `E_FILE_NOT_FOUND`: the list file or folder does not exist.
 * - `E_FILE_EMPTY`: the file exists but holds nothing (a failed download).
 * - `E_FORMAT`: the file is not in the format it was loaded as, or the format could not be detected.
 * - `E_XML_INVALID`: the XML is not well formed (often a download cut short).
 * - `E_CSV_COLUMNS`: a CSV lacks the columns its format requires.
 * - `E_LIST_TRUNCATED`: the file states a record count (or ends mid-record) and fewer records arrived.
 * - `E_LIST_EMPTY`: the file parsed but yielded no entities at all.
 * - `E_LIST_FAILED`: screening was asked to run on a list whose load failed.
 * - `E_INPUT`: a value passed to the API or CLI is invalid.
 * - `E_MESSAGE`: a payment message (pacs.008, MT103) is malformed.
 * - `E_WORKER`: a batch screening worker thread failed while screening (crashed, ran out of memory).
 */
export type ErrorCode =
  | 'E_FILE_NOT_FOUND'
  | 'E_FILE_EMPTY'
  | 'E_FORMAT'
  | 'E_XML_INVALID'
  | 'E_CSV_COLUMNS'
  | 'E_LIST_TRUNCATED'
  | 'E_LIST_EMPTY'
  | 'E_LIST_FAILED'
  | 'E_INPUT'
  | 'E_MESSAGE'
  | 'E_WORKER';

/**
 * Base class of every error the library throws; `code` is stable, `message` says what happened and what to do.
 *
 * @example
 * try { await loadList({ path: 'sdn.csv' }); } catch (e) { if (e instanceof ScreeningError && e.code === 'E_LIST_TRUNCATED') retryDownload(); }
 */
export class ScreeningError extends Error {
  /** Stable machine-readable code. */
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ScreeningError';
    this.code = code;
  }
}

/**
 * A sanctions list could not be loaded completely; thrown instead of returning a partial list.
 * `file` names the file, and `line` / `record` point at the place when known.
 */
export class ListLoadError extends ScreeningError {
  /** The file (or folder) that failed to load. */
  readonly file: string;
  /** 1-based line number in the file, when the failure has one. */
  readonly line?: number;

  constructor(code: ErrorCode, file: string, message: string, options?: { line?: number; cause?: unknown }) {
    super(code, `${file}: ${message}`, options);
    this.name = 'ListLoadError';
    this.file = file;
    if (options?.line !== undefined) this.line = options.line;
  }
}

/**
 * A value given to the public API or the CLI is invalid; `field` names it.
 */
export class InputError extends ScreeningError {
  /** The field (or argument) that is invalid. */
  readonly field: string;

  constructor(field: string, message: string, options?: { cause?: unknown; code?: ErrorCode }) {
    super(options?.code ?? 'E_INPUT', `${field}: ${message}`, options);
    this.name = 'InputError';
    this.field = field;
  }
}
