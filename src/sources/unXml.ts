import type { SourceRef } from '../model/entity.js';
import type { LoadResult } from '../model/loadResult.js';
import type { ListLoader, LoadOptions } from './loaderTypes.js';
import type { ListInput } from './shared/listInput.js';
import { LoadCollector } from './shared/loadCollector.js';
import { isoCalendarDay } from './xml/isoCalendarDay.js';
import { readXmlList, reportTruncatedList, type XmlListSpec, xmlRootName } from './xml/readXmlList.js';
import { reportNotes } from './xml/recordNotes.js';
import { type UnEntry, unEntry } from './xml/unEntry.js';

/** The UN Security Council Consolidated List, as loaded from its XML unless `options.source` says otherwise. */
export const UN_SC_SOURCE: SourceRef = { list: 'un-sc', name: 'UN Security Council Consolidated List' };

const SPEC: XmlListSpec = {
  what: 'a UN Security Council consolidated list XML file',
  root: 'CONSOLIDATED_LIST',
  records: ['INDIVIDUAL', 'ENTITY'],
  depth: 2,
};

/**
 * Parses the UN Security Council consolidated list XML (CONSOLIDATED_LIST with INDIVIDUALS/INDIVIDUAL and
 * ENTITIES/ENTITY) into entities of list `un-sc`, identified by REFERENCE_NUMBER (`un-sc:QDi.001`). Use it for
 * the UN's XML download; its dateGenerated becomes the list's `publishedAt`.
 */
export async function parseUnXml(input: ListInput, options: LoadOptions = {}): Promise<LoadResult> {
  const { file } = input;
  const entries: Array<UnEntry & { line: number }> = [];
  const read = readXmlList(input, SPEC, (node) => entries.push({ ...unEntry(node), line: node.line }), options);
  const publishedAt = isoCalendarDay(read.root.attrs.dateGenerated);
  const source: SourceRef = { ...UN_SC_SOURCE, ...(publishedAt ? { publishedAt } : {}), ...options.source };
  const collector = new LoadCollector('un-xml', source, [file]);
  if (!publishedAt) {
    collector.warn(
      { file, line: 1 },
      'NO_LIST_DATE',
      'the root element has no dateGenerated: the list date is unknown',
    );
  }
  for (const entry of entries) {
    const where = { file, line: entry.line, ...(entry.sourceId ? { record: entry.sourceId } : {}) };
    if (!entry.sourceId) {
      collector.reject(where, 'MISSING_ID', 'record not loaded: it has neither a REFERENCE_NUMBER nor a DATAID');
      continue;
    }
    reportNotes(collector, where, entry.notes);
    collector.add({ ...entry.entity, id: `${source.list}:${entry.sourceId}`, source }, where);
  }
  if (read.truncated) reportTruncatedList(collector, file, read.truncated, 'INDIVIDUAL or ENTITY');
  return collector.result();
}

/** Loader for the UN Security Council consolidated list XML (list `un-sc`). */
export const unXmlLoader: ListLoader = {
  format: 'un-xml',
  description: 'UN Security Council consolidated list XML (CONSOLIDATED_LIST with INDIVIDUALS and ENTITIES)',
  sniff(head) {
    return xmlRootName(head) === 'CONSOLIDATED_LIST';
  },
  parse(input, options = {}) {
    return parseUnXml(input, options);
  },
};
