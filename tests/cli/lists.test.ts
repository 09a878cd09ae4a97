import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cliRun.js';
import { fixturePath, hasShared, sharedPath } from '../helpers/sharedLists.js';

describe('sanctions-screen lists / inspect', () => {
  it('shows the embedded demonstration list and says it is not an official list', async () => {
    const { code, stdout, stderr } = await cli('lists');
    expect(code).toBe(0);
    expect(stderr).toContain('embedded demonstration list');
    expect(stdout).toMatch(/default\s+watchlist-json/);
    expect(stdout).toContain('51');
  });

  it('prints JSON with the record accounting of each list', async () => {
    const { stdout } = await cli('lists', '--json');
    const [summary] = JSON.parse(stdout) as Array<{ records: number; entities: number; rejected: number }>;
    expect(summary).toMatchObject({ records: 51, entities: 51, rejected: 0 });
  });

  it('refuses a missing file with exit code 2 and a message naming it', async () => {
    const { code, stderr } = await cli('inspect', 'un-xml:/no/such/consolidated.xml');
    expect(code).toBe(2);
    expect(stderr).toContain('[E_FILE_NOT_FOUND]');
    expect(stderr).toContain('/no/such/consolidated.xml');
  });

  it('refuses an unknown format name, listing the known ones', async () => {
    const { code, stderr } = await cli('inspect', 'sdn-pdf:list.pdf');
    expect(code).toBe(2);
    expect(stderr).toContain('unknown list format "sdn-pdf"');
    expect(stderr).toContain('ofac-csv');
  });

  it('inspects a hand-written OFAC CSV set folder', async () => {
    const { code, stdout } = await cli('inspect', `ofac-csv:${fixturePath('ofac-csv/set')}`);
    expect(code).toBe(0);
    expect(stdout).toContain('format ofac-csv');
    expect(stdout).toMatch(/records: \d+ read, \d+ loaded, 0 rejected/);
  });

  it('shows one entity in full', async () => {
    const { code, stdout } = await cli(
      'inspect',
      `ofac-csv:${fixturePath('ofac-csv/set')}`,
      '--entity',
      'ofac-sdn:22543',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ id: 'ofac-sdn:22543' });
  });

  describe.skipIf(!hasShared)('on real files (../shared/lists)', () => {
    it('detects the UN list format and counts its 1,003 records', async () => {
      const { code, stdout } = await cli('inspect', sharedPath('un/consolidated.xml'));
      expect(code).toBe(0);
      expect(stdout).toContain('format un-xml');
      expect(stdout).toContain('records: 1003 read, 1003 loaded, 0 rejected');
    });

    it('refuses the partial trade.gov CSL as truncated unless asked to load what is there', async () => {
      const refused = await cli('inspect', `csl-csv:${sharedPath('us_trade_csl/csl_partial_2023-11.csv')}`);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('[E_LIST_TRUNCATED]');
      const loaded = await cli(
        'inspect',
        `csl-csv:${sharedPath('us_trade_csl/csl_partial_2023-11.csv')}`,
        '--allow-truncated',
      );
      expect(loaded.code).toBe(1);
      expect(loaded.stdout).toContain('1 rejected');
    });
  });
});
