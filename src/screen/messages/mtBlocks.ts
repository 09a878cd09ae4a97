import { messageError } from './messageValues.js';

/** One field of an MT text block: its tag (`32A`, `59`), its lines, and the 1-based line where it starts. */
export interface MtField {
  tag: string;
  lines: string[];
  line: number;
}

/** A SWIFT FIN message cut into its blocks: headers as raw text, user-header tags, and text-block fields. */
export interface MtMessage {
  /** Basic header content after `{1:`, e.g. `F01TGBATRISAXXX0000000000`. */
  basicHeader?: string;
  /** Application header content after `{2:`, e.g. `I103DEUTDEFFXXXXN`. */
  applicationHeader?: string;
  /** User header tags (`121` = UETR, `108` = message user reference, `119` = validation flag). */
  userHeader: Map<string, string>;
  fields: MtField[];
}

// Reads one `{n:...}` block starting at `start`; nested braces (block 3 and 5) are kept in the content.
function readBlock(text: string, start: number, file?: string): { id: string; content: string; end: number } {
  const colon = text.indexOf(':', start);
  const id = text.slice(start + 1, colon);
  if (colon === -1 || !/^[1-5]$/.test(id)) {
    throw messageError(
      '{1:}',
      `a SWIFT block must start with {1: to {5:, found "${text.slice(start, start + 4)}"`,
      file,
    );
  }
  if (id === '4') {
    // The text block ends with CRLF "-}"; field content never holds braces.
    const close = text.indexOf('-}', colon);
    if (close === -1)
      throw messageError('{4:}', 'the text block {4: is not closed with "-}": the message is cut', file);
    return { id, content: text.slice(colon + 1, close), end: close + 2 };
  }
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return { id, content: text.slice(colon + 1, i), end: i + 1 };
  }
  throw messageError(`{${id}:}`, `block {${id}: is not closed with "}": the message is cut`, file);
}

function splitFields(block: string, firstLine: number, file?: string): MtField[] {
  const fields: MtField[] = [];
  const lines = block.split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    const line = raw.replace(/\s+$/, '');
    if (line === '-' || (line === '' && fields.length === 0)) return;
    const tag = /^:(\d{2}[A-Z]?):(.*)$/.exec(line);
    if (tag?.[1] !== undefined) {
      fields.push({ tag: tag[1], lines: tag[2] === '' ? [] : [tag[2] ?? ''], line: firstLine + i });
      return;
    }
    const current = fields[fields.length - 1];
    if (!current) {
      throw messageError('{4:}', `the text block must start with a field tag such as ":20:", found "${line}"`, file);
    }
    if (line !== '') current.lines.push(line);
  });
  return fields;
}

/**
 * Cuts an MT message into blocks `{1:}{2:}{3:}{4:…-}{5:}` and the text block into fields. Text that does not start
 * with `{` is read as the text block alone (":20:…" lines), as operators often paste it.
 *
 * @throws InputError `E_MESSAGE` when a block is not closed or the text block holds no field.
 */
export function splitMtMessage(text: string, file?: string): MtMessage {
  const message: MtMessage = { userHeader: new Map(), fields: [] };
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed.startsWith('{')) {
    message.fields = splitFields(trimmed.replace(/\n-\}?$/, ''), 1, file);
  } else {
    let position = 0;
    let sawText = false;
    while (position < trimmed.length) {
      if (/\s/.test(trimmed[position] ?? '')) {
        position++;
        continue;
      }
      if (trimmed[position] !== '{') {
        throw messageError('{4:}', `unexpected text between blocks: "${trimmed.slice(position, position + 20)}"`, file);
      }
      const block = readBlock(trimmed, position, file);
      const lineOfBlock = trimmed.slice(0, position).split('\n').length;
      if (block.id === '1') message.basicHeader = block.content;
      if (block.id === '2') message.applicationHeader = block.content;
      if (block.id === '3') {
        for (const tag of block.content.matchAll(/\{(\d{3}):([^}]*)\}/g))
          message.userHeader.set(tag[1] ?? '', tag[2] ?? '');
      }
      if (block.id === '4') {
        sawText = true;
        message.fields = splitFields(block.content, lineOfBlock, file);
      }
      position = block.end;
    }
    if (!sawText) throw messageError('{4:}', 'the message has no text block {4:', file);
  }
  if (message.fields.length === 0) {
    throw messageError('{4:}', 'no fields found: this is not an MT103 text block (":20:…" lines)', file);
  }
  return message;
}
