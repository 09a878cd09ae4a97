import { ListLoadError } from '../../errors.js';
import type { ListInput } from './listInput.js';

// A zip file starts with a local file header ("PK\x03\x04") and ends with the end-of-central-directory
// record ("PK\x05\x06"), which sits in the last 22 bytes plus at most a 65,535-byte archive comment.
const LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04] as const;
const END_OF_DIRECTORY = [0x50, 0x4b, 0x05, 0x06] as const;
const END_RECORD_SEARCH = 22 + 0xffff;

function startsWith(bytes: Uint8Array, at: number, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[at + i] === b);
}

function hasEndOfDirectory(bytes: Uint8Array): boolean {
  const stop = Math.max(0, bytes.length - END_RECORD_SEARCH);
  for (let at = bytes.length - 22; at >= stop; at--) if (startsWith(bytes, at, END_OF_DIRECTORY)) return true;
  return false;
}

/** True when the bytes start like a zip archive (as .ods and .xlsx files do). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, 0, LOCAL_HEADER);
}

/**
 * Checks that a spreadsheet's bytes are a complete zip archive before any reader touches them, so each
 * failure gets its own code instead of a reader's stack trace. Use it first in every spreadsheet loader.
 *
 * @param what the file kind with its article, for messages: "a UK Sanctions List spreadsheet (.ods)".
 * @throws ListLoadError `E_FILE_EMPTY` (no bytes), `E_FORMAT` (not a zip, so not a spreadsheet), `E_LIST_TRUNCATED`
 *   (a zip whose end-of-central-directory record is missing: the download was cut short).
 */
export function assertCompleteZip(input: ListInput, what: string): void {
  const { file, bytes } = input;
  if (bytes.length === 0) {
    throw new ListLoadError(
      'E_FILE_EMPTY',
      file,
      'the file is empty; the download probably failed. Download it again.',
    );
  }
  if (!looksLikeZip(bytes)) {
    throw new ListLoadError(
      'E_FORMAT',
      file,
      `not ${what}: .ods and .xlsx files are zip archives and this file does not start like one. Check that you downloaded the spreadsheet, not a web page or a CSV.`,
    );
  }
  if (!hasEndOfDirectory(bytes)) {
    throw new ListLoadError(
      'E_LIST_TRUNCATED',
      file,
      `the zip archive ends before its central directory (${bytes.length} bytes read): the file is truncated. Download it again.`,
    );
  }
}

/**
 * Sniffs an OpenDocument spreadsheet from the start of a file (decoded as Latin-1, so zip entry names show):
 * a zip naming content.xml or the ODS mimetype and no `xl/` part, or a zip named `.ods`.
 */
export function sniffOds(head: string, file: string): boolean {
  if (!head.startsWith('PK\x03\x04')) return false;
  if (/\.ods$/i.test(file)) return true;
  const named = head.includes('application/vnd.oasis.opendocument.spreadsheet') || head.includes('content.xml');
  return named && !head.includes('xl/');
}

/**
 * Sniffs an Excel workbook from the start of a file (decoded as Latin-1): a zip naming `xl/` parts or
 * `[Content_Types].xml`, or a zip named `.xlsx`. Several list formats are .xlsx; their loaders check the header.
 */
export function sniffXlsx(head: string, file: string): boolean {
  if (!head.startsWith('PK\x03\x04')) return false;
  return /\.xlsx$/i.test(file) || head.includes('xl/') || head.includes('[Content_Types].xml');
}
