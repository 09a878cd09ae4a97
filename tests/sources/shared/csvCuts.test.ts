import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ListLoadError } from '../../../src/errors.js';
import { cslCsvLoader } from '../../../src/sources/cslCsv.js';
import type { ListLoader } from '../../../src/sources/loaderTypes.js';
import { opensanctionsCsvLoader } from '../../../src/sources/opensanctionsCsv.js';
import { listInputFromText } from '../../../src/sources/shared/listInput.js';
import { ukCsvLoader } from '../../../src/sources/ukCsv.js';
import { fixtureInput } from '../../helpers/sharedLists.js';

const FILES: Array<[string, ListLoader, string]> = [
  ['csl-csv', cslCsvLoader, 'csl/consolidated_small.csv'],
  ['opensanctions-csv', opensanctionsCsvLoader, 'opensanctions-csv/targets.simple.csv'],
  ['opensanctions-csv (a team list)', opensanctionsCsvLoader, 'opensanctions-csv/watchlist_with_columns.csv'],
  ['uk-csv', ukCsvLoader, 'uk-csv/ConList.csv'],
];

const textOf = (path: string) => new TextDecoder().decode(fixtureInput(path).bytes);
const isLineEnd = (c: string | undefined) => c === '\n' || c === '\r';

describe('a CSV list file cut short inside a line', () => {
  it.each(FILES)('%s: is refused, or loads with what it may have lost reported', async (_, loader, path) => {
    const whole = textOf(path);
    // Every cut inside a line: a cut at a line break leaves whole rows, which a file that states no count cannot tell.
    const cuts: number[] = [];
    for (let k = 1; k < whole.length; k++) if (!isLineEnd(whole[k - 1]) && !isLineEnd(whole[k])) cuts.push(k);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...cuts), async (k) => {
        try {
          const result = await loader.parse(listInputFromText('cut.csv', whole.slice(0, k)));
          return result.issues.some((i) => i.severity === 'error' || i.code === 'NO_FINAL_LINE_BREAK');
        } catch (error) {
          if (error instanceof ListLoadError) return true;
          throw error;
        }
      }),
      { numRuns: 150 },
    );
  });

  it.each(FILES)(
    '%s: whole, with its line break at the end, raises no NO_FINAL_LINE_BREAK',
    async (_, loader, path) => {
      const result = await loader.parse(fixtureInput(path));
      expect(result.issues.map((i) => i.code)).not.toContain('NO_FINAL_LINE_BREAK');
    },
  );

  it('loads a UK file cut inside its last Group ID, warning which Group ID to check', async () => {
    const whole = textOf('uk-csv/ConList.csv').trimEnd();
    const lastLine = whole.split('\r\n').length;
    const result = await ukCsvLoader.parse(listInputFromText('ConList.csv', whole.slice(0, -2)));
    const groupId = whole.slice(whole.lastIndexOf(',') + 1, -2);
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'NO_FINAL_LINE_BREAK',
        field: 'Group ID',
        line: lastLine,
        record: groupId,
      }),
    ]);
    expect(result.issues[0]?.message).toContain(`Group ID ("${groupId}")`);
  });

  it("loads a team's list written without a line break at the end, naming its last row's value to check", async () => {
    const result = await opensanctionsCsvLoader.parse(
      listInputFromText('team.csv', 'name,country\nACME Ltd,ru\nB Co,tr'),
    );
    expect(result.entities.map((e) => e.names[0]?.full)).toEqual(['ACME Ltd', 'B Co']);
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'NO_FINAL_LINE_BREAK', line: 3, field: 'country' }),
    ]);
    expect(result.issues[0]?.message).toContain('country ("tr")');
  });

  it('loads a CSL file whose last row no line break follows, naming the record and its last field', async () => {
    const whole = textOf('csl/consolidated_small.csv').trimEnd();
    const cut = `${whole.slice(0, whole.lastIndexOf(',') + 1)}IMO 92`;
    const lastRow = whole.slice(whole.lastIndexOf('\n') + 1);
    const result = await cslCsvLoader.parse(listInputFromText('consolidated.csv', cut));
    const warning = result.issues.find((i) => i.code === 'NO_FINAL_LINE_BREAK');
    expect(warning).toMatchObject({ severity: 'warning', record: lastRow.split(',')[0]?.replace(/"/g, '') });
    expect(warning?.message).toContain('ids ("IMO 92")');
  });
});
