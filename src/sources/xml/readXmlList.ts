import { ListLoadError } from '../../errors.js';
import { decodeListText, type ListInput } from '../shared/listInput.js';
import type { LoadCollector } from '../shared/loadCollector.js';
import { streamXmlRecords, type XmlNode, type XmlRoot } from '../shared/xmlRecords.js';
import { XML_LIST_ROOTS } from './xmlListRoots.data.js';

/** What an XML list file must look like: its root element and which elements are its records. */
export interface XmlListSpec {
  /** The file kind with its article, for messages: "an OFAC SDN XML file". */
  what: string;
  /** The root element's local name. */
  root: string;
  /** Local names of the record elements (the header too, when the loader wants it as a record). */
  records: readonly string[];
  /** Depth of the records below the root: 1 for children of the root, 2 for grandchildren. */
  depth: number;
}

/** The outcome of streaming an XML list: its root, and where it was cut short when truncation is allowed. */
export interface XmlListFile {
  root: XmlRoot;
  /** Set (only with `allowTruncated`) when the document ends before its root element closes. */
  truncated?: {
    line?: number;
    /** The file ends inside a record, which was not returned. */
    insideRecord: boolean;
  };
}

const PROLOG = /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![A-Z][^>]*>/g;
const FIRST_TAG = /<([A-Za-z_][\w.:-]*)/;

/**
 * The local name of the first element in the start of an XML document (prolog and comments skipped), or
 * undefined when there is none. Use it in `sniff` so a list is recognised by its root, not by a word that
 * happens to occur further down.
 */
export function xmlRootName(head: string): string | undefined {
  const name = FIRST_TAG.exec(head.replace(PROLOG, ''))?.[1];
  return name === undefined ? undefined : name.slice(name.indexOf(':') + 1);
}

function refuseRoot(file: string, root: XmlRoot, spec: XmlListSpec): void {
  if (root.name === spec.root) return;
  const known = XML_LIST_ROOTS[root.name];
  const what = known
    ? `that is ${known.list}${known.format ? `; load it as ${known.format}` : ''}`
    : `expected <${spec.root}>`;
  throw new ListLoadError('E_FORMAT', file, `not ${spec.what}: root element is <${root.name}> (${what}).`, {
    line: 1,
  });
}

function closesRoot(text: string, root: string): boolean {
  return new RegExp(`</(?:[\\w.-]+:)?${root}>\\s*$`).test(text);
}

function openedRecords(text: string, names: readonly string[]): number {
  const pattern = new RegExp(`<(?:[\\w.-]+:)?(?:${names.join('|')})[\\s/>]`, 'g');
  return text.match(pattern)?.length ?? 0;
}

/**
 * Decodes an XML list file and streams its records to `onRecord`, one small tree at a time, after checking
 * that the root element is this list's. With `allowTruncated`, a document that stops before its root closes
 * returns what was read and says where it stopped, instead of being refused.
 *
 * @throws ListLoadError `E_FILE_EMPTY` (no bytes or only blanks), `E_FORMAT` (not XML, or another list's
 *   root element, named), `E_XML_INVALID` (malformed XML), `E_LIST_TRUNCATED` (cut short, unless allowed).
 */
export function readXmlList(
  input: ListInput,
  spec: XmlListSpec,
  onRecord: (node: XmlNode) => void,
  options: { allowTruncated?: boolean } = {},
): XmlListFile {
  const { file } = input;
  const { text } = decodeListText(input);
  const start = text.trimStart();
  if (start === '') {
    throw new ListLoadError('E_FILE_EMPTY', file, 'the file holds only blank space; the download probably failed.');
  }
  if (!start.startsWith('<')) {
    const sample = start.slice(0, 40).replace(/\s+/g, ' ');
    throw new ListLoadError('E_FORMAT', file, `not ${spec.what}: the file is not XML (it starts with "${sample}").`, {
      line: 1,
    });
  }
  let seenRoot: XmlRoot | undefined;
  let read = 0;
  const isRecord = (name: string, depth: number) => depth === spec.depth && spec.records.includes(name);
  try {
    const root = streamXmlRecords(
      file,
      text,
      isRecord,
      (node) => {
        read++;
        onRecord(node);
      },
      (root) => {
        // After a mismatched close tag saxes may report a second "root"; the XML error is raised at the end.
        if (seenRoot) return;
        refuseRoot(file, root, spec);
        seenRoot = root;
      },
    );
    return { root };
  } catch (error) {
    const cut = error instanceof ListLoadError && error.code === 'E_LIST_TRUNCATED';
    if (cut && closesRoot(text, spec.root)) {
      // saxes reads an unescaped "&" as the start of an entity and only complains at the end, as if the file
      // stopped early; a file that ends with its closing root tag was not cut short.
      const reason = error.cause instanceof Error ? error.cause.message : 'an element is never closed';
      throw new ListLoadError(
        'E_XML_INVALID',
        file,
        `not well-formed XML: ${reason} (the file ends with </${spec.root}>, so it is complete but broken: look for an unescaped "&" or an unclosed element).`,
        { cause: error },
      );
    }
    if (!cut || !options.allowTruncated || !seenRoot) throw error;
    const truncated: XmlListFile['truncated'] = { insideRecord: openedRecords(text, spec.records) > read };
    if (error.line !== undefined) truncated.line = error.line;
    return { root: seenRoot, truncated };
  }
}

/**
 * Puts a cut-short file loaded with `allowTruncated` on the books: the record the file ends inside is rejected
 * (it cannot be read whole), and a warning says the list is incomplete and how much of it was read.
 */
export function reportTruncatedList(
  collector: LoadCollector,
  file: string,
  truncated: NonNullable<XmlListFile['truncated']>,
  record: string,
  stated?: number,
): void {
  const at = truncated.line ? { line: truncated.line } : {};
  if (truncated.insideRecord) {
    collector.reject({ file, ...at }, 'TRUNCATED_RECORD', `record not loaded: the file ends inside this <${record}>`);
  }
  const count = stated === undefined ? '' : ` of the ${stated} the file states`;
  collector.warn(
    { file, ...at },
    'FILE_TRUNCATED',
    `the file is cut short (loaded with allowTruncated): only the records before line ${truncated.line ?? '?'} were read${count}; the list is incomplete. Download it again.`,
  );
}
