import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { renderExplanation } from '../../match/explain.js';
import { parseTransaction, type Transaction } from '../../model/transaction.js';
import { describePath } from '../../screen/describePath.js';
import { parseMt103 } from '../../screen/messages/mt103.js';
import { parsePacs008 } from '../../screen/messages/pacs008.js';
import { SHIPPED_RULES } from '../../screen/rules/shippedRules.js';
import type { TransactionReason, TransactionScreening } from '../../screen/screenedTransaction.js';
import { createTransactionScreener } from '../../screen/screenTransaction.js';
import { listVersionsOf } from '../../sources/listVersions.js';
import { EXIT } from '../errors.js';
import type { CliIO } from '../io.js';
import { loadListsForCli } from '../loadLists.js';
import { readRelationshipsFile, readTextFile } from '../readInputs.js';
import { describeLists } from '../render/listVersions.js';

interface TxOptions {
  list?: string[];
  asOf?: string;
  depth: string;
  threshold?: string;
  relationships?: string;
  rules: boolean;
  json?: boolean;
}

/**
 * Reads the transactions of a file by its content: JSON (one transaction or an array, `TransactionSchema`), an ISO
 * 20022 pacs.008 (one transaction per CdtTrfTxInf), or a SWIFT MT103 (blocks or the text block alone).
 *
 * @throws InputError naming the file when the content is none of these, or the parser's error for a malformed message.
 */
export function readTransactionFile(text: string, file: string): Transaction[] {
  const content = text.replace(/^\uFEFF/, '').trim();
  // A SWIFT message opens with its basic header block "{1:", which would otherwise look like JSON.
  if (/^\{[1-5]:/.test(content)) return [parseMt103(content, { file })];
  if (content.startsWith('{') || content.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(content);
    } catch (error) {
      throw new InputError(file, `not valid JSON (${(error as Error).message}); fix the file and retry`);
    }
    const items = Array.isArray(parsed) ? parsed : [parsed];
    return items.map((item, i) => {
      try {
        return parseTransaction(item);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        // Name the file and, in an array, the transaction: "payments.json[1].parties[0].role".
        const where = Array.isArray(parsed) ? `${file}[${i}].${error.field}` : `${file}: ${error.field}`;
        throw new InputError(where, error.message.slice(error.field.length + 2), { cause: error });
      }
    });
  }
  if (content.startsWith('<')) {
    if (!/pacs\.008|FIToFICstmrCdtTrf/.test(content)) {
      throw new InputError(file, 'an XML file that is not a pacs.008 (FIToFICstmrCdtTrf); give a pacs.008 message');
    }
    return parsePacs008(content, { file });
  }
  if (/\{4:|^:20:/m.test(content)) return [parseMt103(content, { file })];
  throw new InputError(
    file,
    'not a transaction file: expected JSON (a transaction or an array), a pacs.008 XML message or an MT103 message',
  );
}

const LABEL: Readonly<Record<TransactionReason['severity'], string>> = {
  block: 'BLOCK ',
  review: 'REVIEW',
  info: 'info  ',
};

/** The readable lines of one screened transaction: the decision, then each reason with its field and path. */
export function renderScreening(screening: TransactionScreening, tx: Transaction): string[] {
  const ref = tx.message
    ? `  ${tx.message.format} ${tx.message.messageId ?? ''}${tx.message.index ? ` #${tx.message.index}` : ''}`
    : '';
  const lines = [
    `${screening.decision.toUpperCase()}  ${tx.id}  ${tx.date}  ${tx.currency} ${tx.amount.toFixed(2)}${ref}${screening.asOf !== tx.date ? `  (judged as of ${screening.asOf})` : ''}`,
  ];
  if (screening.reasons.length === 0) lines.push('  no reason to stop or review it');
  for (const reason of screening.reasons) {
    const kind = reason.kind === 'rule' ? `rule ${reason.ruleId}` : reason.kind;
    lines.push(`  ${LABEL[reason.severity]}  ${kind}  ${reason.field}: ${reason.message}`);
    const path = reason.path && reason.path.length > 0 ? describePath(reason.path) : '';
    // Exposure and rule messages already end with their path; print it on a line of its own only when they do not.
    if (path !== '' && !reason.message.includes(path)) lines.push(`          path: ${path}`);
    for (const c of reason.ownership?.contributions.slice(1) ?? []) {
      lines.push(`          also: ${describePath(c.path)}`);
    }
    if (reason.explanation && reason.kind === 'name-match' && reason.severity !== 'info') {
      lines.push(`          why: ${renderExplanation(reason.explanation)}`);
    }
  }
  return lines;
}

/** `sanctions-screen tx <file>`: screens payments; exit 0 all clear, 1 any review or block, 2 error. */
export function registerTxCommand(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('tx')
    .description(
      'screen payments (JSON, pacs.008 XML or MT103) against the lists (default: the embedded demonstration list); exit 0 clear, 1 review or block, 2 error',
    )
    .argument('<file>', 'a transaction JSON file (one or an array), a pacs.008 XML message or an MT103 message')
    .option('-l, --list <format:path...>', 'list files to screen against')
    .option('--as-of <date>', "judge the lists as they stood on this date (default: each transaction's date)")
    .option('--depth <hops>', 'relationship hops to follow for exposure', '2')
    .option('--threshold <score>', 'name-match threshold 0–1 (default 0.8)')
    .option('--relationships <file.json>', 'extra relationships you know (owners, directors), as a JSON array')
    .option('--no-rules', 'do not run the shipped team rules')
    .option('--json', 'print JSON')
    .action(async (file: string, options: TxOptions) => {
      const transactions = readTransactionFile(await readTextFile(file, 'transaction file'), file);
      const extraRelationships = options.relationships ? await readRelationshipsFile(options.relationships) : undefined;
      const maxDepth = Number(options.depth);
      const threshold = options.threshold === undefined ? undefined : Number(options.threshold);
      const { results, usingDefault } = await loadListsForCli(options.list, io);
      const txScreener = createTransactionScreener(results, {
        rules: options.rules ? SHIPPED_RULES : [],
        maxDepth,
        ...(threshold !== undefined ? { threshold } : {}),
        ...(extraRelationships ? { extraRelationships } : {}),
      });
      const screenings = transactions.map((tx) => txScreener.screen(tx, options.asOf ? { asOf: options.asOf } : {}));
      if (options.json) {
        io.stdout(
          JSON.stringify(
            {
              file,
              embeddedDemonstrationList: usingDefault,
              lists: listVersionsOf(results),
              rules: options.rules ? SHIPPED_RULES.map((r) => ({ id: r.id, description: r.description })) : [],
              transactions: screenings.map((s, i) => ({
                ...s,
                listVersions: undefined,
                message: transactions[i]?.message,
              })),
            },
            null,
            2,
          ),
        );
      } else {
        io.stdout(
          `Screening ${transactions.length} transaction(s) from ${file} against ${describeLists(results, usingDefault)}`,
        );
        if (options.rules) io.stdout(`Team rules: ${SHIPPED_RULES.map((r) => r.id).join(', ')}`);
        screenings.forEach((s, i) => {
          for (const line of renderScreening(s, transactions[i]!)) io.stdout(line);
        });
        const count = (d: string) => screenings.filter((s) => s.decision === d).length;
        io.stdout(`${count('block')} blocked, ${count('review')} to review, ${count('clear')} clear.`);
      }
      setExit(screenings.some((s) => s.decision !== 'clear') ? EXIT.alert : EXIT.clear);
    });
}
