import { toCountryCode } from '../../model/country.js';
import type { EntityInput } from '../../model/entity.js';
import type { Identifier } from '../../model/identifier.js';
import { type PartialDate, parsePartialDate } from '../../model/partialDate.js';
import type { Relationship } from '../../model/relationship.js';
import type { FtmRecord } from './ftmRecord.js';
import type { FtmLinkSchema } from './schemata.data.js';

/** Reports an issue about one FtM record (the loader turns it into a located issue). */
export type FtmReport = (
  record: FtmRecord,
  severity: 'warning' | 'info',
  code: string,
  message: string,
  field?: string,
) => void;

/** The parties of a file and every record by id (referents included), for resolving FtM references. */
export interface FtmGraph {
  /** Party entity candidates by FtM id (the canonical id; referents resolve through `byId`). */
  parties: ReadonlyMap<string, EntityInput>;
  /** Every record of the file by its id and by each of its referents. */
  byId: ReadonlyMap<string, FtmRecord>;
}

const first = (record: FtmRecord, prop: string) => record.properties[prop]?.[0];
const all = (record: FtmRecord, prop: string) => record.properties[prop] ?? [];
const date = (text: string | undefined) => (text ? parsePartialDate(text) : undefined);

function displayName(record: FtmRecord): string {
  return record.caption ?? first(record, 'name') ?? record.id;
}

/** The party a reference points to, resolving referents, with the name to show for it. */
function resolve(graph: FtmGraph, ref: string): { party?: EntityInput; name: string; found: boolean } {
  const record = graph.byId.get(ref);
  if (!record) return { name: ref, found: false };
  const party = graph.parties.get(record.id);
  return party ? { party, name: displayName(record), found: true } : { name: displayName(record), found: true };
}

/**
 * Adds an FtM link (Ownership, Directorship, Family, Associate, UnknownLink) to both its parties, each from
 * its own side: an Ownership gives the owner `ownerOf` the asset and the asset `ownedBy` the owner, with the
 * percentage as `share`. A party that is not in the file is reported and the link kept on the other side.
 */
export function applyFtmLink(record: FtmRecord, link: FtmLinkSchema, graph: FtmGraph, report: FtmReport): void {
  const base: Omit<Relationship, 'type' | 'targetName'> = { origin: `FtM ${record.schema} ${record.id}` };
  const role = all(record, link.roleProperty).join('; ');
  if (role) base.role = role;
  const since = date(first(record, 'startDate'));
  if (since) base.since = since;
  const until = date(first(record, 'endDate'));
  if (until) base.until = until;
  const percentage = first(record, 'percentage');
  if (percentage !== undefined) {
    const share = Number(percentage.replace(',', '.').replace(/%$/, ''));
    if (Number.isFinite(share) && share >= 0 && share <= 100) base.share = share;
    else
      report(
        record,
        'warning',
        'BAD_PERCENTAGE',
        `percentage "${percentage}" is not a share of 0–100; left out`,
        'percentage',
      );
  }
  const froms = all(record, link.from);
  const tos = all(record, link.to);
  if (froms.length === 0 || tos.length === 0) {
    report(
      record,
      'warning',
      'INCOMPLETE_LINK',
      `${record.schema} has no ${froms.length === 0 ? link.from : link.to}; not loaded`,
      link.from,
    );
    return;
  }
  for (const fromRef of froms) {
    for (const toRef of tos) {
      const from = resolve(graph, fromRef);
      const to = resolve(graph, toRef);
      for (const [ref, end, field] of [
        [fromRef, from, link.from],
        [toRef, to, link.to],
      ] as const) {
        if (!end.found) {
          report(
            record,
            'warning',
            'MISSING_REFERENCE',
            `${field} ${ref} is not in the file; the link is kept on the other party only`,
            field,
          );
        }
      }
      if (!from.party && !to.party) {
        report(
          record,
          'warning',
          'UNLINKED',
          `neither ${fromRef} nor ${toRef} is a party in the file; the ${record.schema} is not loaded`,
        );
        continue;
      }
      const targetId = (party: EntityInput | undefined) => (party?.id ? { targetId: party.id } : {});
      from.party?.relationships?.push({ ...base, type: link.fromType, targetName: to.name, ...targetId(to.party) });
      to.party?.relationships?.push({ ...base, type: link.toType, targetName: from.name, ...targetId(from.party) });
    }
  }
}

/** A sanction's listing span, gathered per party to set `listedOn` and `delistedOn` once all are read. */
export interface FtmSanctionSpan {
  start?: PartialDate;
  end?: PartialDate;
}

/**
 * Folds an FtM Sanction into its party: the program id (else the program) joins `programs`, a one-line summary
 * (country, authority, program, reason) joins `remarks`, and the span is recorded for {@link settleSanctionDates}.
 */
export function applyFtmSanction(
  record: FtmRecord,
  graph: FtmGraph,
  spans: Map<EntityInput, FtmSanctionSpan[]>,
  report: FtmReport,
): void {
  // A program id ("EU-UKR") is what screening filters on; without one, a short program name ("RUSSIA-EO14024")
  // serves, while a long program text (a Japanese ministerial notice) only goes into the remark.
  const programs =
    all(record, 'programId').length > 0
      ? all(record, 'programId')
      : all(record, 'program').filter((p) => p.length <= 40);
  const country = first(record, 'country');
  const authority = all(record, 'authority').join(', ');
  const program = all(record, 'programId')[0] ?? all(record, 'program')[0];
  const reason = all(record, 'reason').join('; ');
  const head = [country ? `[${toCountryCode(country) ?? country}]` : '', authority, program ? `— ${program}` : '']
    .filter(Boolean)
    .join(' ');
  const remark = [head, reason].filter(Boolean).join(': ');
  const starts = [...all(record, 'startDate'), ...(all(record, 'startDate').length ? [] : all(record, 'listingDate'))]
    .map(date)
    .filter((d): d is PartialDate => !!d)
    .sort((a, b) => a.date.localeCompare(b.date));
  const ends = all(record, 'endDate')
    .map(date)
    .filter((d): d is PartialDate => !!d)
    .sort((a, b) => b.date.localeCompare(a.date));
  const entities = all(record, 'entity');
  if (entities.length === 0)
    report(record, 'warning', 'INCOMPLETE_LINK', 'Sanction names no entity; not loaded', 'entity');
  for (const ref of entities) {
    const { party, found } = resolve(graph, ref);
    if (!party) {
      report(
        record,
        'warning',
        found ? 'NOT_A_PARTY' : 'MISSING_REFERENCE',
        `sanctioned entity ${ref} is ${found ? 'not a listed party' : 'not in the file'}; the sanction is not loaded`,
        'entity',
      );
      continue;
    }
    party.programs = [...new Set([...(party.programs ?? []), ...programs])];
    if (remark) party.remarks?.push(remark);
    const span: FtmSanctionSpan = {};
    if (starts[0]) span.start = starts[0];
    if (ends[0]) span.end = ends[0];
    spans.set(party, [...(spans.get(party) ?? []), span]);
  }
}

/**
 * Sets each party's `listedOn` to its earliest sanction start, and `delistedOn` to its latest sanction end when
 * every one of its sanctions has an end (an end in the future means still listed on an earlier `asOf`).
 */
export function settleSanctionDates(spans: ReadonlyMap<EntityInput, FtmSanctionSpan[]>): void {
  for (const [party, list] of spans) {
    const startsSorted = list.flatMap((s) => (s.start ? [s.start] : [])).sort((a, b) => a.date.localeCompare(b.date));
    if (startsSorted[0]) party.listedOn = startsSorted[0];
    if (list.every((s) => s.end)) {
      const endsSorted = list.flatMap((s) => (s.end ? [s.end] : [])).sort((a, b) => b.date.localeCompare(a.date));
      if (endsSorted[0]) party.delistedOn = endsSorted[0];
    }
  }
}

/** Folds an FtM Passport or Identification into its holder's identifiers. */
export function applyFtmDocument(
  record: FtmRecord,
  type: 'passport' | 'other',
  graph: FtmGraph,
  report: FtmReport,
): void {
  const number = first(record, 'number') ?? first(record, 'passportNumber');
  if (!number) {
    report(record, 'info', 'EMPTY_DOCUMENT', `${record.schema} has no number; nothing to add to its holder`);
    return;
  }
  const identifier: Identifier = { type, value: number, label: first(record, 'type') ?? record.schema };
  const country = toCountryCode(first(record, 'country'));
  if (country) identifier.country = country;
  const issued = date(first(record, 'startDate'));
  if (issued) identifier.issuedOn = issued;
  const expires = date(first(record, 'endDate'));
  if (expires) identifier.expiresOn = expires;
  for (const ref of all(record, 'holder')) {
    const { party, found } = resolve(graph, ref);
    if (party) party.identifiers?.push(identifier);
    else
      report(
        record,
        'warning',
        found ? 'NOT_A_PARTY' : 'MISSING_REFERENCE',
        `holder ${ref} is ${found ? 'not a listed party' : 'not in the file'}; the ${record.schema} is not loaded`,
        'holder',
      );
  }
}
