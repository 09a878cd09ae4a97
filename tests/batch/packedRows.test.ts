import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MatchFinding } from '../../src/batch/batchResult.js';
import type { BatchRow } from '../../src/batch/batchRow.js';
import type { ScreenedRowFindings } from '../../src/batch/screenRows.js';
import { packRows, packScreened, unpackRows, unpackScreened } from '../../src/batch/worker/packedRows.js';
import { IdentifierTypeSchema } from '../../src/model/identifier.js';

/** Sends a value through the structured clone a worker message uses, as piscina does. */
const acrossThreads = <T>(value: T): T => structuredClone(value);

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const identifier = fc
  .record({ type: optional(fc.constantFrom(...IdentifierTypeSchema.options)), value: fc.string() })
  .map(({ type, value }) => (type === undefined ? { value } : { type, value }));

/** A vendor row as a reader makes it: each optional field present or absent (never present as undefined). */
const batchRow: fc.Arbitrary<BatchRow> = fc
  .record({
    row: fc.integer({ min: 1, max: 2_000_000 }),
    key: fc.string(),
    name: fc.string(),
    schema: optional(fc.constantFrom('person', 'organization', 'ship')),
    birthDate: optional(fc.string()),
    country: optional(fc.constantFrom('TR', 'Russia', 'XX', '')),
    identifiers: optional(fc.array(identifier)),
    warnings: optional(fc.array(fc.string())),
    error: optional(fc.string()),
  })
  .map(({ row, key, name, ...optionalFields }) => {
    const present = Object.entries(optionalFields).filter(([, v]) => v !== undefined);
    return { row, key, name, ...Object.fromEntries(present) } as BatchRow;
  });

const finding = (entityId: string): MatchFinding => ({
  entityId,
  entityName: 'PMC WAGNER',
  schema: 'Organization',
  list: 'ofac-sdn',
  listName: 'OFAC SDN',
  programs: ['RUSSIA-EO14024'],
  score: 0.93,
  nameScore: 0.93,
  matchedName: 'CHVK WAGNER',
  matchedNameKind: 'alias',
  explanation: [{ feature: 'token', query: 'vagner', candidate: 'wagner', note: 'transliteration', effect: 0.5 }],
  entityHash: 'sha256:0123456789ab',
});

/** A worker's answer for one row: clear, empty, failed, warned or with findings, in any mix. */
const screenedRow: fc.Arbitrary<ScreenedRowFindings> = fc
  .record({
    warnings: fc.array(fc.string(), { maxLength: 2 }),
    error: optional(fc.string()),
    empty: fc.boolean(),
    findings: fc.array(fc.constantFrom('ofac-sdn:22543', 'ofac-sdn:42033').map(finding), { maxLength: 2 }),
  })
  .map(({ error, ...rest }) => (error === undefined ? rest : { ...rest, error }));

describe('rows crossing to and from a screening worker', () => {
  it('a chunk of rows arrives in a worker exactly as the reader made it, every optional field kept or left absent', () => {
    fc.assert(
      fc.property(fc.array(batchRow, { maxLength: 40 }), (rows) => {
        expect(unpackRows(acrossThreads(packRows(rows)))).toStrictEqual(rows);
      }),
    );
  });

  it("a worker's answers arrive in order, the clear rows' too, with their warnings, errors and findings", () => {
    fc.assert(
      fc.property(fc.array(screenedRow, { maxLength: 40 }), (screened) => {
        const back = unpackScreened(acrossThreads(packScreened(screened)));
        expect(back).toHaveLength(screened.length);
        back.forEach((row, i) => {
          const sent = screened[i]!;
          expect(row.empty).toBe(sent.empty);
          expect(row.warnings).toStrictEqual(sent.warnings);
          expect(row.findings).toStrictEqual(sent.findings);
          expect(row.error).toBe(sent.error);
          expect('error' in row).toBe('error' in sent);
        });
      }),
    );
  });

  it('a clear row crosses as nothing at all: a chunk of clear rows packs to its count', () => {
    const clear: ScreenedRowFindings = { warnings: [], empty: false, findings: [] };
    const packed = packScreened(Array.from({ length: 256 }, () => clear));
    expect(packed).toStrictEqual({
      count: 256,
      empty: [],
      warned: [],
      warnings: [],
      failed: [],
      errors: [],
      found: [],
      findings: [],
    });
    expect(unpackScreened(packed)).toStrictEqual(Array.from({ length: 256 }, () => clear));
  });
});
