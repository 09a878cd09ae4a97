import type { SourceRef } from '../model/entity.js';
import type { LoadResult } from '../model/loadResult.js';
import { type CanadaEntry, canadaEntry } from './canada/canadaEntry.js';
import type { ListLoader, LoadOptions } from './loaderTypes.js';
import type { ListInput } from './shared/listInput.js';
import { LoadCollector, type RecordLocation } from './shared/loadCollector.js';
import { readXmlList, reportTruncatedList, type XmlListSpec, xmlRootName } from './xml/readXmlList.js';
import { reportNotes } from './xml/recordNotes.js';

/** Canada's consolidated autonomous sanctions list, as loaded from its XML unless `options.source` says otherwise. */
export const CANADA_SEMA_SOURCE: SourceRef = {
  list: 'ca-sema',
  name: 'Canada Consolidated Autonomous Sanctions List (SEMA and JVCFOR)',
};

const SPEC: XmlListSpec = {
  what: 'a Canada SEMA consolidated autonomous sanctions list XML file',
  root: 'data-set',
  records: ['record'],
  depth: 1,
};
// "data-set" alone is too generic a root to recognise the list by; its record fields are not.
const CANADA_MARK = /<(?:LastName|GivenName|EntityOrShip|DateOfListing)>/;

function reportListDate(collector: LoadCollector, file: string, latestListing: string | undefined): void {
  const bound = latestListing
    ? `; its latest DateOfListing is ${latestListing}, so it was published on or after that day`
    : '';
  collector.warn(
    { file, line: 1 },
    'NO_LIST_DATE',
    `the file states no list date${bound}. Pass options.source.publishedAt to record which edition was screened.`,
  );
}

/**
 * Parses Canada's Consolidated Canadian Autonomous Sanctions List XML (`data-set` of `record`s: SEMA regulations
 * and JVCFOR) into entities of list `ca-sema`. The list has no record id, so each gets one from its regime,
 * schedule and item (`ca-sema:russia-1-2-88` is Wagner, Schedule 1, Part 2, Item 88 of the Russia regulations);
 * that triple is how the regulations themselves number their listings. The file carries no list date: a
 * NO_LIST_DATE warning names its latest DateOfListing, the earliest it can have been published.
 *
 * @example
 * const canada = await parseCanadaXml({ file, bytes }, { source: { publishedAt: '2025-05-25' } });
 */
export async function parseCanadaXml(input: ListInput, options: LoadOptions = {}): Promise<LoadResult> {
  const { file } = input;
  const entries: Array<CanadaEntry & { line: number }> = [];
  const read = readXmlList(input, SPEC, (node) => entries.push({ ...canadaEntry(node), line: node.line }), options);
  const source: SourceRef = { ...CANADA_SEMA_SOURCE, ...options.source };
  const collector = new LoadCollector('canada-xml', source, [file]);
  let latestListing: string | undefined;
  for (const entry of entries) {
    const where: RecordLocation = { file, line: entry.line, ...(entry.sourceId ? { record: entry.sourceId } : {}) };
    if (!entry.sourceId) {
      collector.reject(
        where,
        'MISSING_ID',
        'record not loaded: it lacks an Item or a Country, which together with its Schedule identify a listing',
      );
      continue;
    }
    if (entry.entity.names.length === 0) {
      collector.reject(where, 'MISSING_NAME', 'record not loaded: it has no GivenName, LastName or EntityOrShip');
      continue;
    }
    const listed = entry.entity.listedOn?.date;
    if (listed && (!latestListing || listed > latestListing)) latestListing = listed;
    reportNotes(collector, where, entry.notes);
    collector.add({ ...entry.entity, id: `${source.list}:${entry.sourceId}`, sourceId: entry.sourceId, source }, where);
  }
  if (!options.source?.publishedAt) reportListDate(collector, file, latestListing);
  if (read.truncated) reportTruncatedList(collector, file, read.truncated, 'record');
  return collector.result();
}

/** Loader for Canada's consolidated autonomous sanctions list XML (list `ca-sema`). */
export const canadaXmlLoader: ListLoader = {
  format: 'canada-xml',
  description: 'Canada Consolidated Autonomous Sanctions List XML (SEMA and JVCFOR; data-set of record)',
  sniff(head) {
    return xmlRootName(head) === 'data-set' && CANADA_MARK.test(head);
  },
  parse(input, options = {}) {
    return parseCanadaXml(input, options);
  },
};
