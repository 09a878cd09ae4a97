import type { SourceRef } from '../model/entity.js';
import type { LoadResult } from '../model/loadResult.js';
import type { ListLoader, LoadOptions } from './loaderTypes.js';
import type { ListInput } from './shared/listInput.js';
import { LoadCollector } from './shared/loadCollector.js';
import { type EuEntry, euEntry } from './xml/euEntry.js';
import { isoCalendarDay } from './xml/isoCalendarDay.js';
import { readXmlList, reportTruncatedList, type XmlListSpec, xmlRootName } from './xml/readXmlList.js';
import { reportNotes } from './xml/recordNotes.js';

/** The EU consolidated financial sanctions list, as loaded from its FSF XML unless `options.source` says otherwise. */
export const EU_FSF_SOURCE: SourceRef = {
  list: 'eu-fsf',
  name: 'EU Consolidated Financial Sanctions List (FSF)',
};

const SPEC: XmlListSpec = { what: 'an EU FSF XML file', root: 'export', records: ['sanctionEntity'], depth: 1 };
// The root's name alone ("export") is too common to recognise the EU list by; its namespace or records are not.
const EU_MARK = /eu\.europa\.ec\/fpi\/fsd\/export|<(?:[\w.-]+:)?sanctionEntity[\s>]/;

/**
 * Parses the EU Financial Sanctions Files XML 1.1 (`export` / `sanctionEntity`) into entities of list `eu-fsf`,
 * identified by euReferenceNumber (`eu-fsf:EU.3886.3`), else logicalId. Use it for the EU's full XML download,
 * whatever namespace prefix it is written with; its generationDate becomes the list's `publishedAt`.
 */
export async function parseEuXml(input: ListInput, options: LoadOptions = {}): Promise<LoadResult> {
  const { file } = input;
  const entries: Array<EuEntry & { line: number }> = [];
  const read = readXmlList(input, SPEC, (node) => entries.push({ ...euEntry(node), line: node.line }), options);
  const publishedAt = isoCalendarDay(read.root.attrs.generationDate);
  const source: SourceRef = { ...EU_FSF_SOURCE, ...(publishedAt ? { publishedAt } : {}), ...options.source };
  const collector = new LoadCollector('eu-xml', source, [file]);
  if (!publishedAt) {
    collector.warn(
      { file, line: 1 },
      'NO_LIST_DATE',
      'the root element has no generationDate: the list date is unknown',
    );
  }
  for (const entry of entries) {
    const where = { file, line: entry.line, ...(entry.sourceId ? { record: entry.sourceId } : {}) };
    if (!entry.sourceId) {
      collector.reject(
        where,
        'MISSING_ID',
        'record not loaded: the sanctionEntity has neither a euReferenceNumber nor a logicalId',
      );
      continue;
    }
    reportNotes(collector, where, entry.notes);
    collector.add({ ...entry.entity, id: `${source.list}:${entry.sourceId}`, source }, where);
  }
  if (read.truncated) reportTruncatedList(collector, file, read.truncated, 'sanctionEntity');
  return collector.result();
}

/** Loader for the EU Financial Sanctions Files XML 1.1 (list `eu-fsf`). */
export const euXmlLoader: ListLoader = {
  format: 'eu-xml',
  description: 'EU Financial Sanctions Files XML 1.1 (export / sanctionEntity)',
  sniff(head) {
    return xmlRootName(head) === 'export' && EU_MARK.test(head);
  },
  parse(input, options = {}) {
    return parseEuXml(input, options);
  },
};
