import { InputError } from '../../errors.js';
import type { ReadProgress } from './tabularInput.js';

/**
 * The bytes of an input file as a stream of chunks, and its progress record: the size, and `bytesRead`, which
 * the reader advances as it hands out records (not as it reads ahead), so a progress bar follows the screening.
 */
export interface FileChunks {
  progress: ReadProgress;
  chunks: AsyncIterator<Uint8Array>;
}

/**
 * Opens an input file as a stream of byte chunks (64 KiB), so a file of any size is read in constant memory.
 *
 * @throws InputError naming the file when it is missing, a folder, or empty.
 */
export async function openFileChunks(file: string): Promise<FileChunks> {
  const { createReadStream } = await import('node:fs');
  const { stat } = await import('node:fs/promises');
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(file, `cannot read the input file (${error.code ?? error.message}). Check the path.`, {
      code: 'E_FILE_NOT_FOUND',
    });
  });
  if (info.isDirectory()) throw new InputError(file, 'is a folder; give the vendor or customer file itself.');
  if (info.size === 0) {
    throw new InputError(file, 'the input file is empty; export it again.', { code: 'E_FILE_EMPTY' });
  }
  const progress: ReadProgress = { bytesRead: 0, totalBytes: info.size };
  async function* chunks(): AsyncGenerator<Uint8Array> {
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 16 })) {
      yield chunk as Buffer;
    }
  }
  return { progress, chunks: chunks() };
}

/**
 * Reads chunks until at least `size` bytes are in hand (or the file ends): the head a reader sniffs its
 * encoding and delimiter from. The chunks after it are still in `chunks`.
 */
export async function readHead(
  chunks: AsyncIterator<Uint8Array>,
  size: number,
): Promise<{ head: Uint8Array; complete: boolean }> {
  const parts: Uint8Array[] = [];
  let length = 0;
  let complete = false;
  while (length < size) {
    const next = await chunks.next();
    if (next.done) {
      complete = true;
      break;
    }
    parts.push(next.value);
    length += next.value.length;
  }
  const head = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    head.set(p, at);
    at += p.length;
  }
  return { head, complete };
}
