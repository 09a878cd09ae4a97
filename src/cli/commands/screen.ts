import type { Command } from 'commander';
import { createScreener } from '../../match/createScreener.js';
import { renderExplanation } from '../../match/explain.js';
import { primaryName } from '../../model/entity.js';
import { listVersionsOf } from '../../sources/listVersions.js';
import { EXIT } from '../errors.js';
import type { CliIO } from '../io.js';
import { loadListsForCli } from '../loadLists.js';
import { describeLists } from '../render/listVersions.js';

interface ScreenOptions {
  list?: string[];
  schema?: string;
  dob?: string;
  country?: string;
  id?: string[];
  threshold?: string;
  limit: string;
  json?: boolean;
}

/** `sanctions-screen screen "<name>"`: screens one name; exit 0 clear, 1 match, 2 error. */
export function registerScreenCommand(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('screen')
    .description(
      'screen one name against the lists (default: the embedded demonstration list); exit 0 clear, 1 match, 2 error',
    )
    .argument('<name>', 'the name to screen, in any script')
    .option('-l, --list <format:path...>', 'list files to screen against')
    .option('--schema <kind>', 'person | organization | vessel | aircraft')
    .option('--dob <date>', 'date of birth or incorporation (YYYY, YYYY-MM, YYYY-MM-DD)')
    .option('--country <country>', 'country or nationality (ISO code or name)')
    .option('--id <value...>', 'identifiers of the party (passport, tax id, IMO, BIC…)')
    .option('--threshold <score>', 'alert threshold 0–1 (default 0.8)')
    .option('--limit <n>', 'how many matches to show', '5')
    .option('--json', 'print JSON')
    .action(async (name: string, options: ScreenOptions) => {
      const { results, usingDefault } = await loadListsForCli(options.list, io);
      const screener = createScreener(results);
      const threshold = options.threshold === undefined ? undefined : Number(options.threshold);
      const outcome = screener.screen({
        name,
        ...(options.schema ? { schema: options.schema as 'person' } : {}),
        ...(options.dob ? { birthDate: options.dob } : {}),
        ...(options.country ? { country: options.country } : {}),
        ...(options.id ? { identifiers: options.id.map((value) => ({ value })) } : {}),
        ...(threshold !== undefined ? { threshold } : {}),
        limit: Math.max(1, Number.parseInt(options.limit, 10) || 5),
      });
      const alerts = outcome.matches.filter((m) => m.match);
      if (options.json) {
        io.stdout(
          JSON.stringify(
            {
              query: name,
              threshold: outcome.threshold,
              decision: alerts.length > 0 ? 'match' : 'clear',
              embeddedDemonstrationList: usingDefault,
              lists: listVersionsOf(results),
              matches: outcome.matches.map((m) => ({
                id: m.entity.id,
                name: primaryName(m.entity),
                schema: m.entity.schema,
                list: m.entity.source.list,
                programs: m.entity.programs,
                score: Math.round(m.score * 1000) / 1000,
                match: m.match,
                matchedName: m.matchedName,
                explanation: m.explanation,
                explanationText: renderExplanation(m.explanation),
              })),
            },
            null,
            2,
          ),
        );
      } else {
        io.stdout(
          `Screening "${name}" against ${describeLists(results, usingDefault)}; threshold ${outcome.threshold}`,
        );
        if (outcome.matches.length === 0) io.stdout('CLEAR: no listed party resembles this name.');
        for (const m of outcome.matches) {
          io.stdout(
            `${m.match ? 'MATCH' : 'near '} ${m.score.toFixed(2)}  ${m.entity.id}  ${primaryName(m.entity)}  [${m.entity.schema}; ${m.entity.programs.join(', ') || 'no program'}]`,
          );
          io.stdout(`       matched ${m.matchedName.kind} "${m.matchedName.full}"`);
          io.stdout(`       why: ${renderExplanation(m.explanation)}`);
        }
        io.stdout(
          alerts.length > 0
            ? `${alerts.length} match(es) at or above ${outcome.threshold}.`
            : 'No match at or above the threshold.',
        );
      }
      setExit(alerts.length > 0 ? EXIT.alert : EXIT.clear);
    });
}
