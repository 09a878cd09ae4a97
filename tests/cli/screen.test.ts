import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cliRun.js';
import { fixturePath } from '../helpers/sharedLists.js';
import { tempDir } from '../helpers/tempDir.js';
import { teamListWithOneBadEntry } from '../helpers/watchlistFile.js';

const screen = (...args: string[]) => cli('screen', ...args);

/** The team list of two entries, the second of which cannot be loaded (see teamListWithOneBadEntry). */
const listWithOneBadEntry = () => teamListWithOneBadEntry('Person', 'UDAY SADDAM HUSSEIN AL-TIKRITI', 'Richard Roe');

describe('sanctions-screen screen', () => {
  it('finds PMC Wagner on the embedded list (OFAC uid 22543) with exit code 1, and explains the match', async () => {
    const { code, stdout, stderr } = await screen('ЧВК Вагнер');
    expect(code).toBe(1);
    expect(stderr).toContain('embedded demonstration list');
    expect(stdout).toMatch(/^MATCH [01]\.\d\d {2}ofac-sdn:22543 /m);
    expect(stdout).toContain('why: ');
  });

  it('stays quiet on Richard Wagner with exit code 0', async () => {
    const { code, stdout } = await screen('Richard Wagner', '--schema', 'person');
    expect(code).toBe(0);
    expect(stdout).toContain('No match at or above the threshold.');
  });

  it('prints the decision, the lists screened against and each explanation as JSON', async () => {
    const { code, stdout } = await screen('PMC Wagner', '--json');
    expect(code).toBe(1);
    const out = JSON.parse(stdout) as {
      decision: string;
      embeddedDemonstrationList: boolean;
      lists: Array<{ list: string; entities: number }>;
      matches: Array<{ id: string; match: boolean; explanation: unknown[] }>;
    };
    expect(out.decision).toBe('match');
    expect(out.embeddedDemonstrationList).toBe(true);
    expect(out.lists[0]).toMatchObject({ list: 'default', entities: 51 });
    // The demonstration list carries Wagner as OFAC, the UK and Australia list it: each listing is a match.
    const ofac = out.matches.find((m) => m.id === 'ofac-sdn:22543');
    expect(ofac).toMatchObject({ match: true });
    expect(ofac?.explanation.length).toBeGreaterThan(0);
  });

  it('says on stderr which records of a list could not be loaded, naming the file, the record and the reason', async () => {
    const file = listWithOneBadEntry();
    const { code, stdout, stderr } = await screen('عدي صدام حسين التكريتي', '--list', `watchlist-json:${file}`);
    expect(code).toBe(1);
    expect(stderr).toContain(`warning: Team block list (${file}): 1 of 2 records could not be loaded`);
    expect(stderr).toContain('names.0.kind');
    expect(stderr).toContain('record entities[1]');
    expect(stderr).toContain(`sanctions-screen inspect watchlist-json:${file}`);
    expect(stdout).toContain('[team, 1 entities; 1 records not loaded]');
  });

  it('says on stderr that a list file with no line break at its end may be cut inside its last row', async () => {
    const file = join(tempDir('open-end-'), 'team.csv');
    writeFileSync(file, 'name,country\nACME Trading,ru\nWAGNER GROUP,r');
    const { code, stderr } = await screen('Wagner Group', '--list', `opensanctions-csv:${file}`);
    expect(code).toBe(1);
    expect(stderr).toContain(`(${file}, line 3): the file does not end with a line break`);
    expect(stderr).toContain('Check its country ("r")');
  });

  it('says on stderr that an OFAC CSV file lacks the end-of-file byte every OFAC CSV ends with', async () => {
    const file = fixturePath('ofac-csv/bad/no-end-marker.csv');
    const { stderr } = await screen('Banco Nacional de Cuba', '--list', `ofac-csv:${file}`);
    expect(stderr).toContain(`(${file}): the file does not end with the byte 0x1A`);
  });

  it('counts the records not loaded in the JSON output, for the audit trail', async () => {
    const file = listWithOneBadEntry();
    const { stdout } = await screen('Richard Roe', '--list', `watchlist-json:${file}`, '--json');
    const out = JSON.parse(stdout) as { lists: Array<{ list: string; entities: number; rejected?: number }> };
    expect(out.lists).toEqual([expect.objectContaining({ list: 'team', entities: 1, rejected: 1 })]);
  });

  it('lists and inspect show the records not loaded themselves, without the warning', async () => {
    const file = listWithOneBadEntry();
    const { code, stdout, stderr } = await cli('inspect', `watchlist-json:${file}`);
    expect(code).toBe(1);
    expect(stdout).toContain('records: 2 read, 1 loaded, 1 rejected');
    expect(stderr).not.toContain('warning:');
  });

  it('refuses an unknown list format with exit code 2, listing the known ones', async () => {
    const { code, stderr } = await screen('PMC Wagner', '--list', 'json:list.json');
    expect(code).toBe(2);
    expect(stderr).toContain('unknown list format "json"');
  });
});
