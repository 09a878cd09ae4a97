import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { loadListsForCli } from '../loadLists.js';
import { issueCounts, loadSummary } from '../render/loadSummary.js';
import { renderTable } from '../render/table.js';

/** `sanctions-screen lists`: what is loaded, with counts, publication dates and issues. */
export function registerListsCommand(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('lists')
    .description('load the lists and show what was loaded: counts, publication dates, content hashes, issues')
    .option('-l, --list <format:path...>', 'list files to load (default: the embedded demonstration list)')
    .option('--allow-truncated', 'load a file that ends mid-record, reporting the incomplete record')
    .option('--json', 'print JSON')
    .action(async (options: { list?: string[]; json?: boolean; allowTruncated?: boolean }) => {
      const { results } = await loadListsForCli(options.list, io, {
        allowTruncated: options.allowTruncated ?? false,
        reportRejected: false,
      });
      if (options.json) {
        io.stdout(JSON.stringify(results.map(loadSummary), null, 2));
      } else {
        const rows = results.map((r) => {
          const counts = issueCounts(r.issues);
          const sum = (severity: string) =>
            counts.filter((c) => c.severity === severity).reduce((n, c) => n + c.count, 0);
          return [
            r.meta.source.list,
            r.meta.format,
            r.meta.source.publishedAt ?? 'not stated',
            String(r.meta.records),
            String(r.meta.entities),
            String(r.meta.rejected),
            `${sum('error')}/${sum('warning')}/${sum('info')}`,
            (r.meta.contentHash ?? '').slice(0, 12),
          ];
        });
        for (const line of renderTable(
          ['list', 'format', 'published', 'records', 'entities', 'rejected', 'issues e/w/i', 'sha256'],
          rows,
        )) {
          io.stdout(line);
        }
        for (const r of results) io.stdout(`${r.meta.source.list}: ${r.meta.source.name} — ${r.meta.files.join(', ')}`);
      }
      const rejected = results.some((r) => r.meta.rejected > 0);
      setExit(rejected ? 1 : 0);
    });
}
