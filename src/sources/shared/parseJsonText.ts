import { ListLoadError } from '../../errors.js';

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The character offset a JSON syntax error message gives, in a text of `length` characters: the end, where it says
 * the input ended; else the position it names, if any.
 */
function statedOffset(length: number, reason: string): number | undefined {
  if (/end of json input/i.test(reason)) return length;
  const at = /position (\d+)/.exec(reason)?.[1];
  return at === undefined ? undefined : Number(at);
}

/** True when the first `length` characters already hold a syntax error (not merely an early end). */
function errorWithin(text: string, length: number): boolean {
  try {
    JSON.parse(text.slice(0, length));
    return false;
  } catch (error) {
    const at = statedOffset(length, reasonOf(error));
    return at === undefined || at < length;
  }
}

/**
 * The character offset of a JSON syntax error. Node 20 names it for some errors only ("Unexpected token '}',
 * … is not valid JSON" has none), so the offset is then found by bisecting on prefixes: a prefix before the error
 * fails only by ending early.
 */
function errorOffset(text: string, reason: string): number {
  const stated = statedOffset(text.length, reason);
  if (stated !== undefined) return stated;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (errorWithin(text, mid + 1)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** 1-based line and column of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Whether a JSON syntax error at `offset` only says that `text` stops early. V8 says so in words ("Unexpected end of
 * JSON input", read as the offset of the end) only where the text ends between two values; where it ends inside
 * one, it names the position it reached, the end: "Unterminated string in JSON at position 40" on every Node
 * version, and from Node 22 on also "Expected ':' after property name in JSON at position 40". Read by the words
 * only, a file cut short inside a string (most of a list file is strings) was reported as invalid JSON.
 */
function endsEarly(text: string, offset: number): boolean {
  return offset >= text.trimEnd().length;
}

/**
 * Whether `JSON.parse(text)` threw `error` only because the text stops early, as a record cut off by a short
 * download does (see endsEarly), rather than for a syntax error within it.
 */
export function stopsEarly(text: string, error: unknown): boolean {
  return endsEarly(text, errorOffset(text, reasonOf(error)));
}

/**
 * Parses a whole JSON list file, refusing invalid JSON with `E_FORMAT` naming the line and column. With
 * `truncatedIsListTruncated`, a document that simply stops (a cut-short download) is `E_LIST_TRUNCATED` instead:
 * one whose error lies at its end (see endsEarly).
 *
 * @throws ListLoadError `E_FORMAT` (invalid JSON) or `E_LIST_TRUNCATED` (JSON ends early, when asked).
 */
export function parseJsonText(
  file: string,
  text: string,
  formatName: string,
  options: { truncatedIsListTruncated?: boolean } = {},
): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = reasonOf(error);
    const offset = errorOffset(text, reason);
    if (options.truncatedIsListTruncated && endsEarly(text, offset)) {
      throw new ListLoadError(
        'E_LIST_TRUNCATED',
        file,
        `the JSON ends before its last value is closed: the file is truncated. Download the ${formatName} again.`,
        { cause: error },
      );
    }
    const at = lineAndColumn(text, offset);
    throw new ListLoadError(
      'E_FORMAT',
      file,
      `not a ${formatName} file: invalid JSON at line ${at.line}, column ${at.column} (${reason}).`,
      { line: at.line, cause: error },
    );
  }
}

/** True for a plain JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
