import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cliRun.js';
import { fixturePath, hasShared, sharedPath } from '../helpers/sharedLists.js';

const tx = (...args: string[]) => cli('tx', ...args);

describe('sanctions-screen tx', () => {
  it('screens each transaction of a pacs.008 and shows the ownership path of the blocked one', async () => {
    const { code, stdout, stderr } = await tx(fixturePath('tx/pacs008-ornek-kopru.xml'));
    expect(code).toBe(1);
    expect(stderr).toContain('embedded demonstration list');
    expect(stdout).toContain('Screening 2 transaction(s)');
    expect(stdout).toMatch(
      /^BLOCK {2}COBA-TX-240612-7001 {2}2024-06-12 {2}EUR 18400\.00 {2}pacs\.008 COBA240612-0007 #1/m,
    );
    expect(stdout).toMatch(/^CLEAR {2}COBA-TX-240612-7002/m);
    expect(stdout).toContain('ownership  parties[1].name: ORNEK KOPRU DIS TICARET LIMITED SIRKETI is owned 60%');
    expect(stdout).toContain(
      'path: ORNEK KOPRU DIS TICARET LIMITED SIRKETI → owned by (60%) → AZU INTERNATIONAL BILGI TEKNOLOJILERI VE DIS TICARET LIMITED SIRKETI',
    );
    expect(stdout).toContain('rule tr-counterparty-russia-belarus');
    expect(stdout).toContain('1 blocked, 0 to review, 1 clear.');
  });

  it('prints one decision per transaction as JSON, with the reasons and the list versions', async () => {
    const { code, stdout } = await tx(fixturePath('tx/pacs008-ornek-kopru.xml'), '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as {
      embeddedDemonstrationList: boolean;
      lists: Array<{ list: string }>;
      transactions: Array<{
        transactionId: string;
        decision: string;
        reasons: Array<{ kind: string; path?: unknown[] }>;
      }>;
    };
    expect(report.embeddedDemonstrationList).toBe(true);
    expect(report.lists[0]?.list).toBe('default');
    expect(report.transactions.map((t) => [t.transactionId, t.decision])).toEqual([
      ['COBA-TX-240612-7001', 'block'],
      ['COBA-TX-240612-7002', 'clear'],
    ]);
    expect(report.transactions[0]?.reasons.find((r) => r.kind === 'ownership')?.path).toHaveLength(1);
  });

  it('detects an MT103 by its content and blocks the payment to the AZU-owned firm', async () => {
    const { code, stdout } = await tx(fixturePath('tx/mt103-ornek-kopru.txt'));
    expect(code).toBe(1);
    expect(stdout).toMatch(/^BLOCK {2}COBA240612-7003 .* MT103 COBA240612-7003/m);
  });

  it('exits 0 for a clean JSON transaction', async () => {
    const { code, stdout } = await tx(fixturePath('tx/clean-office-chairs.json'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^CLEAR {2}INV-88213/m);
  });

  it('judges a payment as of another date when asked', async () => {
    const { stdout } = await tx(fixturePath('tx/sevastopol-cyrillic.json'), '--as-of', '2024-12-31', '--no-rules');
    expect(stdout).toContain('(judged as of 2024-12-31)');
    expect(stdout).not.toContain('Team rules');
  });

  it('refuses a missing file with exit 2 and names it', async () => {
    const { code, stderr } = await tx('/no/such/payment.json');
    expect(code).toBe(2);
    expect(stderr).toContain('[E_FILE_NOT_FOUND]');
    expect(stderr).toContain('/no/such/payment.json');
  });

  it('refuses a file that is no transaction format, saying which formats it reads', async () => {
    const { code, stderr } = await tx(fixturePath('opensanctions-csv/names_only.csv'));
    expect(code).toBe(2);
    expect(stderr).toContain('expected JSON (a transaction or an array), a pacs.008 XML message or an MT103 message');
  });

  it('refuses an invalid as-of date with exit 2', async () => {
    const { code, stderr } = await tx(fixturePath('tx/clean-office-chairs.json'), '--as-of', 'yesterday');
    expect(code).toBe(2);
    expect(stderr).toContain('asOf: "yesterday" is not a date');
  });

  it('refuses a relationships file that is not JSON with exit 2, naming the file', async () => {
    const file = join(tmpdir(), 'sanctions-screen-bad-relationships.json');
    writeFileSync(file, '{ "from": ');
    const { code, stderr } = await tx(fixturePath('tx/clean-office-chairs.json'), '--relationships', file);
    expect(code).toBe(2);
    expect(stderr).toContain(`[E_INPUT]: ${file}: not valid JSON`);
  });

  it('names the file and the field of an invalid transaction', async () => {
    const file = join(tmpdir(), 'sanctions-screen-bad-bic.json');
    writeFileSync(
      file,
      JSON.stringify({
        id: 'X-1',
        date: '2024-06-12',
        amount: 10,
        currency: 'EUR',
        parties: [{ role: 'beneficiary', bic: 'TGBA' }],
      }),
    );
    const { code, stderr } = await tx(file);
    expect(code).toBe(2);
    expect(stderr).toContain(`${file}: parties[0].bic: expected a BIC of 8 or 11 characters`);
  });

  it('refuses a malformed MT103 with exit 2, naming the field', async () => {
    const file = join(tmpdir(), 'sanctions-screen-bad-mt103.txt');
    writeFileSync(file, ':20:REF1\n:23B:CRED\n:32A:240612EUR9800.00\n:50K:HANSA\n:59:ORNEK\n:71A:SHA\n');
    const { code, stderr } = await tx(file);
    expect(code).toBe(2);
    expect(stderr).toContain('error [E_MESSAGE]: :32A:: bad amount "9800.00"');
  });

  it('names a field for every reason in the JSON output', async () => {
    const { stdout } = await tx(fixturePath('tx/dexias-by-tax-id.json'), '--json');
    const reasons = (JSON.parse(stdout) as { transactions: Array<{ reasons: Array<{ field: string }> }> })
      .transactions[0]?.reasons;
    expect(reasons?.length).toBeGreaterThan(0);
    for (const reason of reasons ?? [])
      expect(reason.field).toMatch(/^(parties\[\d+\]|goods\[\d+\]|vessel|remittance|countries|amount)/);
  });

  it.skipIf(!hasShared)(
    'blocks the pacs.008 on the real OFAC SDN file given the share register of the beneficiary',
    async () => {
      const { code, stdout } = await tx(
        fixturePath('tx/pacs008-ornek-kopru.xml'),
        '--list',
        `ofac-csv:${sharedPath('ofac/legacy_csv_2024-05')}`,
        '--relationships',
        fixturePath('tx/ornek-kopru-owners.json'),
      );
      expect(code).toBe(1);
      expect(stdout).toContain('against OFAC Specially Designated Nationals (SDN) List [ofac-sdn, 14965 entities]');
      expect(stdout).toMatch(/^BLOCK {2}COBA-TX-240612-7001/m);
      expect(stdout).toContain(
        'path: Örnek Köprü Dış Ticaret Limited Şirketi → owned by (60%) → AZU INTERNATIONAL BILGI TEKNOLOJILERI VE DIS TICARET LIMITED SIRKETI',
      );
      expect(stdout).toContain('1 blocked, 0 to review, 1 clear.');
    },
    60_000,
  );
});
