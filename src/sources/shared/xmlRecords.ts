import { SaxesParser } from 'saxes';
import { ListLoadError } from '../../errors.js';

/** A small element tree for one list record: local name, attributes, children, and its own text. */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
  /** 1-based line where the element starts. */
  line: number;
}

/** The document element, as seen when streaming starts. */
export interface XmlRoot {
  name: string;
  attrs: Record<string, string>;
}

function localName(qualified: string): string {
  const i = qualified.indexOf(':');
  return i === -1 ? qualified : qualified.slice(i + 1);
}

/**
 * Streams an XML document with saxes and hands each record element to `onRecord` as a small tree, so only
 * one record is held in memory at a time. `isRecord(name, depth)` picks record elements (depth 1 = children
 * of the root). Namespace prefixes are dropped from names.
 *
 * @throws ListLoadError `E_XML_INVALID` for malformed XML (with line and column), `E_LIST_TRUNCATED` when
 *   the document ends before its root element closes (a cut-short download).
 */
export function streamXmlRecords(
  file: string,
  text: string,
  isRecord: (name: string, depth: number) => boolean,
  onRecord: (node: XmlNode) => void,
  onRoot?: (root: XmlRoot) => void,
): XmlRoot {
  const parser = new SaxesParser({ xmlns: false, position: true });
  let root: XmlRoot | undefined;
  let depth = 0;
  const stack: XmlNode[] = [];
  let failure: unknown;

  parser.on('opentag', (tag) => {
    depth++;
    const name = localName(tag.name);
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) {
      // Namespace declarations keep their full name (xmlns, xmlns:doc) so format checks can read them and
      // they never collide with a data attribute of the same local name.
      attrs[k.startsWith('xmlns') ? k : localName(k)] = String(v);
    }
    if (depth === 1) {
      root = { name, attrs };
      onRoot?.(root);
      return;
    }
    if (stack.length > 0 || isRecord(name, depth - 1)) {
      const node: XmlNode = { name, attrs, children: [], text: '', line: parser.line };
      stack[stack.length - 1]?.children.push(node);
      stack.push(node);
    }
  });
  const onText = (t: string) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    depth--;
    const node = stack.pop();
    if (node) {
      node.text = node.text.trim();
      if (stack.length === 0) onRecord(node);
    }
  });
  parser.on('error', (error) => {
    failure ??= error;
  });

  const fail = (error: unknown, atEnd: boolean): never => {
    if (error instanceof ListLoadError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    if (atEnd && depth > 0) {
      throw new ListLoadError(
        'E_LIST_TRUNCATED',
        file,
        `the XML ends before its <${root?.name ?? 'root'}> element is closed: the file is truncated. Download it again.`,
        { line: parser.line, cause: error },
      );
    }
    throw new ListLoadError(
      'E_XML_INVALID',
      file,
      `not well-formed XML at line ${parser.line}, column ${parser.column}: ${reason}`,
      {
        line: parser.line,
        cause: error,
      },
    );
  };

  try {
    parser.write(text);
  } catch (error) {
    fail(error, false);
  }
  if (failure) fail(failure, false);
  try {
    parser.close();
  } catch (error) {
    fail(error, true);
  }
  if (failure) fail(failure, true);
  if (!root) {
    throw new ListLoadError('E_XML_INVALID', file, 'no XML element found; the file is not XML.');
  }
  return root;
}

/** The first child element with this local name. */
export function childNode(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

/** All child elements with this local name. */
export function childNodes(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}

/** The trimmed text of the first child with this name, or '' when there is none. */
export function childText(node: XmlNode, name: string): string {
  return childNode(node, name)?.text ?? '';
}

/** Every element below `node` (depth first) with this local name. */
export function descendants(node: XmlNode, name: string): XmlNode[] {
  const found: XmlNode[] = [];
  const walk = (n: XmlNode) => {
    for (const c of n.children) {
      if (c.name === name) found.push(c);
      walk(c);
    }
  };
  walk(node);
  return found;
}
