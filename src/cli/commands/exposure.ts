import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { buildGraph } from '../../graph/buildGraph.js';
import type { OwnershipStatus } from '../../graph/ownershipExplanation.js';
import { createScreener } from '../../match/createScreener.js';
import { primaryName } from '../../model/entity.js';
import { QuerySchemaSchema } from '../../model/screening.js';
import { describeEntity, describePath, entityRef } from '../../screen/describePath.js';
import { exposureOfName, type PartyExposure } from '../../screen/nameExposure.js';
import { createTransactionContext } from '../../screen/transactionContext.js';
import { listVersionsOf } from '../../sources/listVersions.js';
import { EXIT } from '../errors.js';
import type { CliIO } from '../io.js';
import { loadListsForCli } from '../loadLists.js';
import { readRelationshipsFile } from '../readInputs.js';
import { describeLists } from '../render/listVersions.js';

interface ExposureOptions {
  list?: string[];
  depth: string;
  asOf?: string;
  schema?: string;
  relationships?: string;
  json?: boolean;
}

function ownershipLine(status: OwnershipStatus): string {
  if (status.status === 'listed') return `${status.rule}: listed in its own right`;
  if (status.status === 'blocked-by-rule') {
    const owners = status.contributions.map((c) => `${c.share}% ${c.ownerName}`).join(' + ');
    return status.reason === 'control'
      ? `${status.rule}: BLOCKED, controlled by ${status.control.map((c) => c.controllerName).join(', ')}`
      : `${status.rule}: BLOCKED, owned ${status.aggregateShare}% in aggregate by blocked parties (${owners})`;
  }
  const notes = [
    ...(status.belowThreshold ? [`blocked owners hold ${status.aggregateShare}%, below ${status.threshold}%`] : []),
    ...status.unknownShares.map((u) => u.risk),
    ...status.control.filter((c) => !c.counted).map((c) => `controlled by blocked ${c.controllerName} (not counted)`),
  ];
  return `${status.rule}: not blocked${notes.length > 0 ? `; review: ${notes.join('; ')}` : ''}`;
}

function render(found: PartyExposure, depth: number, io: CliIO): void {
  const graphOnly = found.entity.source.list === 'graph';
  const state = graphOnly
    ? 'not itself listed (a party of the relationships given)'
    : !found.listedParty
      ? 'not itself listed'
      : found.listing && found.listing.state !== 'listed'
        ? `${found.listing.state} on ${found.listing.asOf}`
        : 'listed';
  const who = graphOnly ? `${primaryName(found.entity)} (${found.entity.id})` : describeEntity(found.entity);
  io.stdout(`${who} — ${state}; name score ${found.score.toFixed(2)}`);
  io.stdout(`  ${ownershipLine(found.ownership)}`);
  for (const c of found.ownership.contributions) io.stdout(`    ${describePath(c.path)}`);
  for (const u of found.ownership.unknownShares) io.stdout(`    ${describePath(u.path)}`);
  for (const c of found.ownership.control) io.stdout(`    ${describePath(c.path)}`);
  if (found.exposure.length === 0) {
    io.stdout(`  no listed party within ${depth} hop(s)`);
    return;
  }
  io.stdout(`  listed parties within ${depth} hop(s): ${found.exposure.length}`);
  for (const hit of found.exposure) {
    const listed = hit.node.entity ? describeEntity(hit.node.entity) : hit.node.name;
    io.stdout(`    ${hit.depth} hop${hit.depth > 1 ? 's' : ' '}  ${listed}`);
    io.stdout(`            ${describePath(hit.path)}`);
  }
}

function schemaOf(text: string | undefined) {
  if (text === undefined) return {};
  const parsed = QuerySchemaSchema.safeParse(text);
  if (!parsed.success) throw new InputError('--schema', `"${text}": expected person, organization, vessel or aircraft`);
  return parsed.data ? { schema: parsed.data } : {};
}

/**
 * `sanctions-screen exposure "<name>"`: screens the name, then lists every listed party within N hops of each
 * matching entity, with the path, and its status under the OFAC 50% rule. Exit 0 nothing found, 1 the name is
 * listed, exposed or blocked by ownership, 2 error.
 */
export function registerExposureCommand(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('exposure')
    .description(
      'screen a name, then show every listed party within N relationship hops and the 50% rule status; exit 0 none, 1 exposure found, 2 error',
    )
    .argument('<name>', 'the name to screen, in any script')
    .option('-l, --list <format:path...>', 'list files to screen against')
    .option('--depth <hops>', 'relationship hops to follow', '2')
    .option('--as-of <date>', 'judge listings and relationships as they stood on this date')
    .option('--schema <kind>', 'person | organization | vessel | aircraft')
    .option('--relationships <file.json>', 'extra relationships you know (owners, directors), as a JSON array')
    .option('--json', 'print JSON')
    .action(async (name: string, options: ExposureOptions) => {
      const depth = Number(options.depth);
      const schema = schemaOf(options.schema);
      const extraRelationships = options.relationships ? await readRelationshipsFile(options.relationships) : [];
      const { results, usingDefault } = await loadListsForCli(options.list, io);
      const screener = createScreener(results);
      const graph = buildGraph(screener.entities, { extraRelationships });
      const context = createTransactionContext(screener, { graph });
      const found = exposureOfName(
        context,
        { name, ...schema },
        {
          maxDepth: depth,
          ...(options.asOf ? { asOf: options.asOf } : {}),
        },
      );
      if (options.json) {
        io.stdout(
          JSON.stringify(
            {
              query: name,
              depth,
              asOf: options.asOf ?? null,
              embeddedDemonstrationList: usingDefault,
              lists: listVersionsOf(results),
              exposed: found.exposed,
              matches: found.matches.map((f) => ({
                entity: entityRef(f.entity),
                score: Math.round(f.score * 1000) / 1000,
                listed: f.listedParty,
                listing: f.listing ?? null,
                exposed: f.exposed,
                exposure: f.exposure.map((h) => ({
                  entity: h.node.entity ? entityRef(h.node.entity) : { id: h.node.id, name: h.node.name },
                  depth: h.depth,
                  relationshipTypes: h.relationshipTypes,
                  path: h.path,
                  pathText: describePath(h.path),
                })),
                ownership: f.ownership,
              })),
            },
            null,
            2,
          ),
        );
      } else {
        const when = options.asOf ? ` as of ${options.asOf}` : '';
        io.stdout(`Exposure of "${name}" within ${depth} hop(s)${when} in ${describeLists(results, usingDefault)}`);
        if (found.matches.length === 0) {
          io.stdout('No listed party matches this name.');
          for (const m of found.nearMatches) {
            io.stdout(`  near ${m.score.toFixed(2)}  ${m.entity.id}  ${primaryName(m.entity)}`);
          }
        }
        for (const f of found.matches) render(f, depth, io);
      }
      setExit(found.exposed ? EXIT.alert : EXIT.clear);
    });
}
