import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ListLoadError } from '../../../src/errors.js';
import { parseJsonText } from '../../../src/sources/shared/parseJsonText.js';

/** The ListLoadError parsing `text` was refused with (the test fails when it parses). */
function refusal(text: string, truncatedIsListTruncated = true): ListLoadError {
  try {
    parseJsonText('list.json', text, 'list JSON', { truncatedIsListTruncated });
  } catch (error) {
    if (error instanceof ListLoadError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be refused`);
}

const document = JSON.stringify({ total: 1, results: [{ id: 'a', name: 'ЧВК Вагнер', alt_names: [] }] });

describe('reading a JSON list file', () => {
  it('calls a file cut short inside a string truncated, not invalid JSON', () => {
    // V8 names the position it reached ("Unterminated string in JSON at position 52"), not the end of the input.
    const cut = document.slice(0, document.indexOf('Вагнер') + 3);
    expect(refusal(cut).code).toBe('E_LIST_TRUNCATED');
  });

  it('calls a file cut just after a property name truncated', () => {
    // Node 22 on: "Expected ':' after property name in JSON at position 33"; Node 20: "Unexpected end of JSON input".
    expect(refusal(document.slice(0, document.indexOf('"name"') + 6)).code).toBe('E_LIST_TRUNCATED');
  });

  it('calls any list document cut anywhere truncated', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue(), { minKeys: 1 }),
        fc.constantFrom(0, 2),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (object, indent, where) => {
          const text = JSON.stringify(object, null, indent);
          const cut = text.slice(0, 1 + Math.floor(where * (text.length - 1)));
          expect(refusal(cut).code).toBe('E_LIST_TRUNCATED');
        },
      ),
    );
  });

  it('refuses a syntax error before the end as invalid JSON, naming its line and column', () => {
    const error = refusal('{\n  "results": [1, 2,, 3]\n}');
    expect(error.code).toBe('E_FORMAT');
    expect(error.message).toMatch(/line 2, column 20/);
    expect(refusal('{"results": []} trailing').code).toBe('E_FORMAT');
  });

  it('refuses a cut file as invalid JSON where the format has no truncation check', () => {
    const error = refusal(document.slice(0, 40), false);
    expect(error.code).toBe('E_FORMAT');
    expect(error.message).toMatch(/line 1, column 41/);
  });
});
