import type { SourceRef } from '../model/entity.js';
import type { LoadResult } from '../model/loadResult.js';
import { parsePartialDate } from '../model/partialDate.js';
import type { ListLoader, LoadOptions } from './loaderTypes.js';
import { reportUnresolvedOfacLinks } from './ofac/resolveOfacLinks.js';
import { OFAC_CONS_SOURCE, OFAC_SDN_SOURCE } from './ofacCsv.js';
import type { ListInput } from './shared/listInput.js';
import { LoadCollector } from './shared/loadCollector.js';
import { childText, type XmlNode } from './shared/xmlRecords.js';
import { OFAC_NON_SDN_PROGRAMS } from './xml/ofacXml.data.js';
import { type OfacXmlEntry, ofacXmlEntry } from './xml/ofacXmlEntry.js';
import { readXmlList, reportTruncatedList, type XmlListSpec, xmlRootName } from './xml/readXmlList.js';
import { type RecordNote, reportNotes } from './xml/recordNotes.js';

// OFAC has spelt its header element "publshInformation" for years; the correct spelling is accepted too.
const HEADERS = ['publshInformation', 'publishInformation'];
const SPEC: XmlListSpec = {
  what: 'an OFAC SDN XML file',
  root: 'sdnList',
  records: ['sdnEntry', ...HEADERS],
  depth: 1,
};
const CONS_FILE = /cons[^\\/]*$/i;
const COUNT = /^\d+$/;

interface OfacXmlHeader {
  publishedAt?: string;
  declaredCount?: number;
  notes: RecordNote[];
}

function readHeader(node: XmlNode): OfacXmlHeader {
  const header: OfacXmlHeader = { notes: [] };
  const published = childText(node, 'Publish_Date');
  const date = published ? parsePartialDate(published, { monthFirst: true }) : undefined;
  if (date) header.publishedAt = date.date;
  else if (published) {
    header.notes.push({
      severity: 'warning',
      code: 'UNPARSED_DATE',
      message: `Publish_Date "${published}" is not a date (MM/DD/YYYY); the list's date is unknown`,
    });
  }
  const count = childText(node, 'Record_Count');
  if (COUNT.test(count)) header.declaredCount = Number(count);
  else {
    header.notes.push({
      severity: 'warning',
      code: 'NO_RECORD_COUNT',
      message: `Record_Count "${count}" is not a number; the file's completeness cannot be checked against it`,
    });
  }
  return header;
}

/** ofac-cons when options say so, else when the file name says "cons", else when a non-SDN-only program occurs. */
function listOf(
  file: string,
  entries: readonly OfacXmlEntry[],
  options: LoadOptions,
): { base: SourceRef; why?: string } {
  const asked = options.source?.list;
  if (asked === OFAC_CONS_SOURCE.list || asked === OFAC_SDN_SOURCE.list) {
    return { base: asked === OFAC_CONS_SOURCE.list ? OFAC_CONS_SOURCE : OFAC_SDN_SOURCE };
  }
  if (CONS_FILE.test(file)) return { base: OFAC_CONS_SOURCE };
  const program = entries.flatMap((e) => e.entity.programs ?? []).find((p) => OFAC_NON_SDN_PROGRAMS.has(p));
  if (program) {
    return { base: OFAC_CONS_SOURCE, why: `program ${program} occurs only on OFAC's consolidated non-SDN list` };
  }
  return { base: OFAC_SDN_SOURCE };
}

/**
 * Parses an OFAC SDN.XML or CONSOLIDATED.XML (the non-SDN list, same schema) into entities of list `ofac-sdn` or
 * `ofac-cons`. Use it for OFAC's XML downloads; the file's Record_Count is checked, so a cut or edited file is
 * refused with `E_LIST_TRUNCATED`, and its Publish_Date becomes the list's `publishedAt`.
 */
export async function parseOfacXml(input: ListInput, options: LoadOptions = {}): Promise<LoadResult> {
  const { file } = input;
  const entries: Array<OfacXmlEntry & { line: number }> = [];
  let header: OfacXmlHeader | undefined;
  const read = readXmlList(
    input,
    SPEC,
    (node) => {
      if (HEADERS.includes(node.name)) header = readHeader(node);
      else entries.push({ ...ofacXmlEntry(node), line: node.line });
    },
    options,
  );
  const { base, why } = listOf(file, entries, options);
  const source: SourceRef = { ...base, ...(header?.publishedAt ? { publishedAt: header.publishedAt } : {}) };
  const collector = new LoadCollector('ofac-xml', { ...source, ...options.source }, [file]);
  if (why) collector.info({ file }, 'LIST_FROM_PROGRAMS', `loaded as ${base.list}: ${why}`);
  if (header) reportNotes(collector, { file }, header.notes);
  else {
    collector.warn(
      { file },
      'NO_RECORD_COUNT',
      'the file has no publshInformation header: its date and record count are unknown',
    );
  }

  const lineOf = new Map<string, number>();
  for (const entry of entries) {
    const where = { file, line: entry.line, ...(entry.uid ? { record: entry.uid } : {}) };
    if (!entry.uid) {
      collector.reject(where, 'MISSING_ID', 'record not loaded: the sdnEntry has no uid');
      continue;
    }
    reportNotes(collector, where, entry.notes);
    const added = collector.add(
      { ...entry.entity, id: `${collector.source.list}:${entry.uid}`, source: collector.source },
      where,
    );
    if (added) lineOf.set(added.id, entry.line);
  }
  reportUnresolvedOfacLinks(collector, file, lineOf, 'link');

  if (read.truncated) {
    reportTruncatedList(collector, file, read.truncated, 'sdnEntry', header?.declaredCount);
    return collector.result();
  }
  return collector.result(header?.declaredCount === undefined ? {} : { declaredCount: header.declaredCount });
}

/**
 * Loader for OFAC's XML lists: SDN.XML (list `ofac-sdn`) and CONSOLIDATED.XML (`ofac-cons`, the non-SDN lists in
 * the same schema), told apart by file name, then by programs, unless `options.source` says otherwise.
 */
export const ofacXmlLoader: ListLoader = {
  format: 'ofac-xml',
  description: 'OFAC SDN.XML or CONSOLIDATED.XML (sdnList / sdnEntry, with Publish_Date and Record_Count)',
  sniff(head) {
    return xmlRootName(head) === 'sdnList';
  },
  parse(input, options = {}) {
    return parseOfacXml(input, options);
  },
};
