/**
 * Many short texts as one UTF-8 byte array: text `i` is `bytes[offsets[i]]` up to `offsets[i + 1]`. Two typed
 * arrays instead of tens of thousands of strings, so a worker thread reads them from shared memory instead of
 * holding its own copy on its heap, and no garbage collector walks them.
 */
export interface PackedTexts {
  bytes: Uint8Array;
  offsets: Int32Array;
}

/** The UTF-8 length of `text` as TextEncoder writes it (a lone surrogate becomes U+FFFD, three bytes). */
function utf8Length(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) length += 1;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // Two code units, four bytes.
      length += 2;
      i++;
    } else length += 2;
  }
  return length;
}

const encoder = new TextEncoder();

/**
 * Packs `texts` (see {@link PackedTexts}): one byte array, no array per text. ASCII texts (most words, ids and
 * identifiers) are copied a character a byte; others are encoded in place. Neither joins the texts into one
 * string first, which for a hundred thousand short texts cost more than the copying.
 */
export function packTexts(texts: readonly string[]): PackedTexts {
  const offsets = new Int32Array(texts.length + 1);
  for (let i = 0; i < texts.length; i++) offsets[i + 1] = offsets[i]! + utf8Length(texts[i]!);
  const bytes = new Uint8Array(offsets[texts.length]!);
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    const at = offsets[i]!;
    if (offsets[i + 1]! - at === text.length) {
      for (let k = 0; k < text.length; k++) bytes[at + k] = text.charCodeAt(k);
    } else encoder.encodeInto(text, bytes.subarray(at, offsets[i + 1]));
  }
  return { bytes, offsets };
}

const decoder = new TextDecoder();

/** Text `i` of `packed`. */
export function unpackText(packed: PackedTexts, i: number): string {
  return decoder.decode(packed.bytes.subarray(packed.offsets[i], packed.offsets[i + 1]));
}
