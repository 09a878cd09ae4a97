import type { Command } from 'commander';
import { primaryName } from '../../model/entity.js';
import type { CliIO } from '../io.js';
import { loadListsForCli } from '../loadLists.js';
import { issueCounts, loadSummary, renderIssue } from '../render/loadSummary.js';

/** `sanctions-screen inspect <format:path>`: load one list and show its accounting, issues and sample entities. */
export function registerInspectCommand(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('inspect')
    .description(
      'load one list file (format:path, or a path to detect the format) and show its records, issues and entities',
    )
    .argument('<list>', 'format:path, e.g. ofac-csv:./downloads/ofac/ or un-xml:consolidated.xml')
    .option('--entity <id>', 'show one entity in full (e.g. ofac-sdn:22543)')
    .option('--issues <n>', 'how many issues to list', '20')
    .option('--allow-truncated', 'load a file that ends mid-record, reporting the incomplete record')
    .option('--json', 'print JSON')
    .action(
      async (list: string, options: { entity?: string; issues: string; json?: boolean; allowTruncated?: boolean }) => {
        const { results } = await loadListsForCli([list], io, {
          allowTruncated: options.allowTruncated ?? false,
          reportRejected: false,
        });
        const result = results[0]!;
        const limit = Math.max(0, Number.parseInt(options.issues, 10) || 0);
        if (options.entity) {
          const entity = result.entities.find((e) => e.id === options.entity || e.sourceId === options.entity);
          if (!entity) {
            io.stderr(`no entity ${options.entity} in ${result.meta.files.join(', ')}`);
            setExit(2);
            return;
          }
          io.stdout(JSON.stringify(entity, null, 2));
          setExit(0);
          return;
        }
        if (options.json) {
          io.stdout(JSON.stringify({ ...loadSummary(result), firstIssues: result.issues.slice(0, limit) }, null, 2));
        } else {
          const m = result.meta;
          io.stdout(`${m.source.name} (${m.source.list}), format ${m.format}`);
          io.stdout(`files: ${m.files.join(', ')}`);
          io.stdout(`published: ${m.source.publishedAt ?? 'not stated in the file'}`);
          io.stdout(
            `records: ${m.records} read, ${m.entities} loaded, ${m.rejected} rejected${m.rows !== undefined ? ` (${m.rows} rows)` : ''}${m.declaredCount !== undefined ? `; the file states ${m.declaredCount}` : ''}`,
          );
          const bySchema = new Map<string, number>();
          for (const e of result.entities) bySchema.set(e.schema, (bySchema.get(e.schema) ?? 0) + 1);
          io.stdout(`by schema: ${[...bySchema].map(([s, n]) => `${s} ${n}`).join(', ')}`);
          io.stdout(`sha256: ${m.contentHash ?? 'n/a'}`);
          io.stdout('issues:');
          for (const c of issueCounts(result.issues)) io.stdout(`  ${c.severity} ${c.code}: ${c.count}`);
          for (const issue of result.issues.slice(0, limit)) io.stdout(`  ${renderIssue(issue)}`);
          io.stdout('first entities:');
          for (const e of result.entities.slice(0, 5)) {
            io.stdout(`  ${e.id}  ${e.schema}  ${primaryName(e)}  [${e.programs.join(', ')}]`);
          }
        }
        setExit(result.meta.rejected > 0 ? 1 : 0);
      },
    );
}
