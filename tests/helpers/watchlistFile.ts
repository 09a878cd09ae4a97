import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './tempDir.js';

/**
 * Writes a team's own list in the watchlist format ("Team block list", list id `team`) with two entries of
 * `schema`: the first loads, the second cannot (its name lacks its kind), so a screening against the list lacks it.
 * Returns the file's path, in a temporary folder removed after the test.
 */
export function teamListWithOneBadEntry(schema: 'Person' | 'Company', good: string, bad: string): string {
  const file = join(tempDir('sanctions-screen-list-'), 'team.watchlist.json');
  writeFileSync(
    file,
    JSON.stringify({
      format: 'sanctions-screen/watchlist@1',
      list: { list: 'team', name: 'Team block list' },
      entities: [
        { sourceId: 'T-1', schema, names: [{ full: good, kind: 'primary' }] },
        { sourceId: 'T-2', schema, names: [{ full: bad }] },
      ],
    }),
  );
  return file;
}
