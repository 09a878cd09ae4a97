import { ListLoadError } from '../../errors.js';

/**
 * The bytes of one list file and the name to use for it in messages. Parsers take this rather than a path,
 * so they run anywhere (browser, edge, worker); the file loaders build it from disk.
 */
export interface ListInput {
  /** The file name or path shown in errors and issues. */
  file: string;
  /** The file's bytes, exactly as downloaded. */
  bytes: Uint8Array;
}

/** Decoded text of a {@link ListInput}, with the encoding that was found. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

/**
 * Decodes list bytes to text: honours a UTF-8 or UTF-16 byte-order mark, reads UTF-8 when the bytes are valid
 * UTF-8, and otherwise falls back to Windows-1252 (a superset of Latin-1), the encoding of OFAC's legacy CSVs.
 *
 * @throws ListLoadError `E_FILE_EMPTY` when there are no bytes.
 */
export function decodeListText(input: ListInput): DecodedText {
  const { bytes, file } = input;
  if (bytes.length === 0 || (bytes.length === 1 && bytes[0] === 0x1a)) {
    throw new ListLoadError(
      'E_FILE_EMPTY',
      file,
      'the file is empty; the download probably failed. Download the list again.',
    );
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** Makes a {@link ListInput} from text (tests, strings fetched by an app). */
export function listInputFromText(file: string, text: string): ListInput {
  return { file, bytes: new TextEncoder().encode(text) };
}
