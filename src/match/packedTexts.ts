/**
 * Many short texts as one UTF-8 byte array: text `i` is `bytes[offsets[i]]` up to `offsets[i + 1]`. Two typed
 * arrays instead of tens of thousands of strings, so a worker thread reads them from shared memory instead of
 * holding its own copy on its heap, and no garbage collector walks them.
 */
export interface PackedTexts {
  bytes: Uint8Array;
  offsets: Int32Array;
}

const ASCII = /^[\x00-\x7f]*$/;

/** The UTF-8 length of `text` as TextEncoder writes it (a lone surrogate becomes U+FFFD, three bytes). */
function utf8Length(text: string): number {
  // Most list names are ASCII: one byte a character, found by one native scan.
  if (ASCII.test(text)) return text.length;
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) length += 1;
    else if (c < 0x800) length += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      length += 4;
      i++;
    } else length += 3;
  }
  return length;
}

/** Packs `texts` (see {@link PackedTexts}): one encoding of them all, no array per text. */
export function packTexts(texts: readonly string[]): PackedTexts {
  const offsets = new Int32Array(texts.length + 1);
  const joined = texts.join('');
  // All ASCII, as ids and identifiers mostly are: one scan of the whole, and each text's length is its size.
  const length = ASCII.test(joined) ? (text: string) => text.length : utf8Length;
  for (let i = 0; i < texts.length; i++) offsets[i + 1] = offsets[i]! + length(texts[i]!);
  const bytes = new TextEncoder().encode(joined);
  if (bytes.length !== offsets[texts.length]) throw new RangeError('packTexts: UTF-8 lengths disagree');
  return { bytes, offsets };
}

const decoder = new TextDecoder();

/** Text `i` of `packed`. */
export function unpackText(packed: PackedTexts, i: number): string {
  return decoder.decode(packed.bytes.subarray(packed.offsets[i], packed.offsets[i + 1]));
}
