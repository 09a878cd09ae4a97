import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LoadCollector } from '../../../src/sources/shared/loadCollector.js';
import { ownString, ownStrings } from '../../../src/sources/shared/ownStrings.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap in use after full collections, in MB. */
function heapMB(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/** A 12 MB "file" with a record of a 40-character name every 4,000 characters, and those names cut out of it. */
function namesCutFromAFile(): string[] {
  const record = `${'SANCTIONED PARTY NUMBER '}${'0'.repeat(16)}${' '.repeat(3960)}`;
  const file = record.repeat(3000).split('0'.repeat(16)).join('1234567890123456');
  const names: string[] = [];
  for (let at = 0; at < file.length; at += record.length) names.push(file.slice(at, at + 40));
  return names;
}

describe('strings a loaded list keeps', () => {
  it('a copy is the same text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        expect(ownString(text)).toBe(text);
      }),
    );
  });

  it('every string of a record is replaced in place, the record is otherwise unchanged', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const copy = structuredClone(value);
        expect(ownStrings(copy)).toStrictEqual(value);
      }),
    );
    const frozen = Object.freeze({ country: 'GB' });
    const record = { names: [{ full: 'AEROCARIBBEAN AIRLINES' }], address: frozen };
    expect(ownStrings(record).address).toBe(frozen);
  });

  it('names cut out of a large file text keep the file in memory; their own copies do not', () => {
    const base = heapMB();
    const cut = namesCutFromAFile();
    const withFile = heapMB() - base;
    const own = ownStrings(cut.slice());
    cut.length = 0;
    const withoutFile = heapMB() - base;
    expect(own).toHaveLength(3000);
    expect(own[1]).toBe(`SANCTIONED PARTY NUMBER 1234567890123456`);
    expect(withFile).toBeGreaterThan(10);
    expect(withoutFile).toBeLessThan(1);
  });

  it('a loaded entity holds its own strings, whatever the parser cut them from', () => {
    const source = { list: 'team', name: 'Team list' };
    const collector = new LoadCollector('watchlist-json', source, ['team.json']);
    const base = heapMB();
    const load = () => {
      for (const [i, full] of namesCutFromAFile().slice(0, 50).entries()) {
        const candidate = {
          id: `team:${i}`,
          sourceId: String(i),
          schema: 'Company' as const,
          names: [{ full, kind: 'primary' as const }],
          source,
        };
        collector.add(candidate, { file: 'team.json' });
      }
    };
    load();
    expect(collector.entities).toHaveLength(50);
    expect(collector.entities[1]?.names[0]?.full).toBe('SANCTIONED PARTY NUMBER 1234567890123456');
    expect(heapMB() - base).toBeLessThan(1);
  });
});
