import { InputError } from '../../errors.js';
import type { SniffedEncoding } from './sniffText.js';

/**
 * Decodes a file's head and the chunks after it as one stream of text in the sniffed encoding, skipping the
 * byte-order mark. UTF-8 is decoded strictly: a file that turns out to mix encodings is refused with the byte
 * offset, rather than read with U+FFFD in its names.
 *
 * @throws InputError naming the file when UTF-8 turns invalid after the sniffed head.
 */
export async function* decodeText(
  file: string,
  head: Uint8Array,
  rest: AsyncIterator<Uint8Array>,
  sniffed: SniffedEncoding,
  sniffedBytes: number,
): AsyncGenerator<string> {
  // Fatal for UTF-8: a file that turns out to mix encodings must be refused, not read with U+FFFD in names.
  const decoder = new TextDecoder(sniffed.encoding, { fatal: sniffed.encoding === 'utf-8' });
  let offset = 0;
  let chunk = head.subarray(sniffed.bomLength);
  try {
    for (;;) {
      const text = decoder.decode(chunk, { stream: true });
      offset += chunk.length;
      if (text) yield text;
      const next = await rest.next();
      if (next.done) break;
      chunk = next.value;
    }
    const tail = decoder.decode();
    if (tail) yield tail;
  } catch (error) {
    if (error instanceof TypeError) {
      throw new InputError(
        file,
        `invalid UTF-8 after byte ${offset}, although the first ${sniffedBytes} bytes are UTF-8: the file mixes encodings. Save it again as UTF-8.`,
      );
    }
    throw error;
  }
}
