import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { type AcceptList, parseAcceptList } from '../../batch/acceptList.js';
import type { BatchAudit } from '../../batch/batchResult.js';
import { countResult, emptySummary } from '../../batch/batchSummary.js';
import { type BlockList, parseBlockList } from '../../batch/blockList.js';
import type { ColumnFlags } from '../../batch/columns/columnMapping.js';
import { CALLING_THREAD_SLACK_MB, HeapBudget } from '../../batch/heapBudget.js';
import { openBatchFile } from '../../batch/readers/openBatchFile.js';
import { relationshipExposure } from '../../batch/relationshipExposure.js';
import { createReportWriter } from '../../batch/reports/createReportWriter.js';
import { type ReportRun, reportFormatOf } from '../../batch/reports/reportWriter.js';
import { screenBatch } from '../../batch/screenBatch.js';
import { InputError } from '../../errors.js';
import { contentHash } from '../../sources/loadList.js';
import { EXIT } from '../errors.js';
import type { CliIO } from '../io.js';
import { loadListsForCli } from '../loadLists.js';
import { attentionLine, summaryLine } from '../render/batchLines.js';
import { createBatchProgress, openReportSink, type ReportSink } from './batchOutput.js';

interface BatchOptions {
  list?: string[];
  out?: string;
  nameColumn?: string;
  keyColumn?: string;
  firstNameColumn?: string;
  lastNameColumn?: string;
  countryColumn?: string;
  dobColumn?: string;
  typeColumn?: string;
  accept?: string;
  block?: string;
  workers?: string;
  threshold?: string;
  delimiter?: string;
}

/** Inputs smaller than this are screened in the main thread: starting workers would cost more than it saves. */
const WORKER_MIN_BYTES = 2 * 2 ** 20;

async function readDecisionFile<T extends AcceptList | BlockList>(
  path: string,
  parse: (text: string, file: string) => T,
) {
  const { readFile } = await import('node:fs/promises');
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(path, `cannot read the file (${error.code ?? error.message}).`, { code: 'E_FILE_NOT_FOUND' });
  });
  const list = parse(bytes.toString('utf8'), path);
  return {
    list,
    audit: { file: path, entries: list.entries.length, contentHash: await contentHash(new Uint8Array(bytes)) },
  };
}

function parseWorkers(value: string | undefined, inputBytes: number): number {
  if (value === undefined) {
    if (inputBytes < WORKER_MIN_BYTES) return 0;
    return Math.min(8, availableParallelism());
  }
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64)
    throw new InputError('--workers', `"${value}" is not a number of threads from 0 to 64.`);
  return n;
}

function parseThreshold(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(n >= 0 && n <= 1)) throw new InputError('--threshold', `"${value}" is not a score between 0 and 1.`);
  return n;
}

/** The `--delimiter`: any one character but a quote or a line break; `tab` or `\t` for a tab. */
function parseDelimiter(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const d = value === 'tab' || value === '\\t' ? '\t' : value;
  if ([...d].length !== 1 || d === '"' || d === '\n' || d === '\r')
    throw new InputError(
      '--delimiter',
      `"${value}" is not one character (e.g. , ; | or tab), nor a quote or line break.`,
    );
  return d;
}

function columnFlags(options: BatchOptions): ColumnFlags {
  return {
    ...(options.nameColumn ? { name: options.nameColumn } : {}),
    ...(options.keyColumn ? { key: options.keyColumn } : {}),
    ...(options.firstNameColumn ? { firstName: options.firstNameColumn } : {}),
    ...(options.lastNameColumn ? { lastName: options.lastNameColumn } : {}),
    ...(options.countryColumn ? { country: options.countryColumn } : {}),
    ...(options.dobColumn ? { birthDate: options.dobColumn } : {}),
    ...(options.typeColumn ? { schema: options.typeColumn } : {}),
  };
}

const DEMO_NOTE =
  'Screened against the embedded demonstration list, not an official list: screen production data with --list.';

/**
 * `sanctions-screen batch <input>`: screens a vendor or customer file (CSV, XLSX, JSON lines) row by row;
 * exit 0 no alerts, 1 alerts or blocked rows, 2 error (including rows that could not be screened).
 */
export function registerBatchCommand(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('batch')
    .description(
      'screen a vendor or customer file (CSV, XLSX, JSON lines) against the lists; exit 0 no alerts, 1 alerts, 2 error',
    )
    .argument('<input>', 'the file to screen: .csv (any delimiter, UTF-8 or Windows-1252), .xlsx, or .jsonl')
    .option('-l, --list <format:path...>', 'list files to screen against (default: the embedded demonstration list)')
    .option('-o, --out <report>', 'write a report: .csv or .json/.jsonl for machines, .html for people')
    .option('--name-column <header>', 'the column holding the names (default: name, vendor_name, company, supplier…)')
    .option('--key-column <header>', 'the column holding the row id (default: id, vendor_id, customer_id…)')
    .option('--first-name-column <header>', 'the first-name column of a file of people')
    .option('--last-name-column <header>', 'the last-name column of a file of people')
    .option('--country-column <header>', 'the country column')
    .option('--dob-column <header>', 'the date of birth or incorporation column')
    .option('--type-column <header>', 'the party type column (person / company / vessel)')
    .option('--accept <file>', 'accept list (decided false positives), JSON')
    .option('--block <file>', 'block list (names and keys treated as listed), JSON')
    .option(
      '--workers <n>',
      'worker threads, sharing one index of the lists (default: one per core, up to 8, for files over 2 MB, else 0)',
    )
    .option('--threshold <score>', 'alert threshold 0–1 (default 0.8)')
    .option('--delimiter <char>', 'CSV delimiter, e.g. , ; tab | (default: detected)')
    .action(async (inputPath: string, options: BatchOptions) => {
      const started = performance.now();
      const generatedAt = new Date().toISOString();
      const threshold = parseThreshold(options.threshold);
      const delimiter = parseDelimiter(options.delimiter);
      const format = options.out ? reportFormatOf(options.out) : undefined;
      const input = await openBatchFile(inputPath, {
        columns: columnFlags(options),
        ...(delimiter ? { delimiter } : {}),
      });
      const accept = options.accept ? await readDecisionFile(options.accept, parseAcceptList) : undefined;
      const block = options.block ? await readDecisionFile(options.block, parseBlockList) : undefined;
      const workers = parseWorkers(options.workers, input.progress.totalBytes);
      // With workers this thread only parses the lists and hands them over: the garbage of parsing one list goes
      // before the next is parsed, so the run's start does not peak above its steady memory (see HeapBudget).
      let budget = workers > 0 ? new HeapBudget(CALLING_THREAD_SLACK_MB) : undefined;
      const { results: lists, usingDefault } = await loadListsForCli(options.list, io, {
        afterEach: () => budget?.check(),
      });
      const exposure = relationshipExposure(lists.flatMap((r) => r.entities));
      const run: ReportRun = { generatedAt, ...(usingDefault ? { notes: [DEMO_NOTE] } : {}) };
      const writer = format ? createReportWriter(format) : undefined;
      let sink: ReportSink | undefined;
      let audit: BatchAudit | undefined;
      const summary = emptySummary();
      const progress = await createBatchProgress(io, input.progress, started);
      const results = screenBatch(input.rows, {
        // The lists move into the run (`lists` is left empty): with workers, the run lays them out in shared
        // memory for them and lets them go; without, it screens on the one copy.
        lists: lists.splice(0),
        workers,
        ...(threshold !== undefined ? { threshold } : {}),
        ...(accept ? { accept: accept.list } : {}),
        ...(block ? { block: block.list } : {}),
        auditFiles: { ...(accept ? { acceptList: accept.audit } : {}), ...(block ? { blockList: block.audit } : {}) },
        exposure,
        input: input.facts,
        onStart: async (a) => {
          audit = a;
          // The workers hold the lists now: what this thread parsed them with is garbage (see HeapBudget).
          if (workers > 0) budget = new HeapBudget(CALLING_THREAD_SLACK_MB);
          if (options.out && writer) {
            sink = await openReportSink(options.out);
            await sink.write(writer.begin(a, run));
          }
        },
      });
      try {
        for await (const result of results) {
          countResult(summary, result);
          progress.update(summary.rows);
          if (summary.rows % 256 === 0) budget?.check();
          if (sink && writer) await sink.write(writer.write(result));
          else if (!options.out) {
            const line = attentionLine(result);
            if (line) progress.interrupt(() => io.stdout(line));
          }
        }
      } catch (error) {
        // The report is incomplete: close it (a JSON-lines reader sees no summary line), say how far the run got.
        progress.stop();
        await sink?.close().catch(() => {});
        if (audit) {
          const elapsedMs = performance.now() - started;
          io.stderr(summaryLine(summary, { audit, elapsedMs, blankRecords: input.blank.records, stopped: true }));
        }
        throw error;
      }
      progress.stop();
      const elapsedMs = performance.now() - started;
      if (sink && writer) {
        await sink.write(writer.end(summary, { ...run, elapsedMs }));
        await sink.close();
      }
      io.stderr(
        summaryLine(summary, {
          audit,
          elapsedMs,
          blankRecords: input.blank.records,
          ...(options.out ? { out: options.out } : {}),
        }),
      );
      const s = summary.byStatus;
      setExit(s.error > 0 ? EXIT.error : s.alert + s['blocked-by-list'] > 0 ? EXIT.alert : EXIT.clear);
    });
}
