import { describe, expect, it } from 'vitest';
import { dataRows, parseCsvRecords } from '../../../src/sources/shared/csvRecords.js';
import { decodeListText } from '../../../src/sources/shared/listInput.js';
import { streamXmlRecords } from '../../../src/sources/shared/xmlRecords.js';

describe('reading list bytes', () => {
  it('reads Windows-1252 bytes (OFAC legacy CSV) when they are not UTF-8', () => {
    const bytes = Uint8Array.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]); // "Müller" in Latin-1
    expect(decodeListText({ file: 'sdn.csv', bytes })).toEqual({ text: 'Müller', encoding: 'windows-1252' });
  });

  it('strips a UTF-8 byte-order mark', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]);
    expect(decodeListText({ file: 'x.csv', bytes }).text).toBe('A');
  });

  it('refuses an empty file (E_FILE_EMPTY)', () => {
    expect(() => decodeListText({ file: 'sdn.csv', bytes: new Uint8Array() })).toThrowError(
      expect.objectContaining({ code: 'E_FILE_EMPTY' }),
    );
  });
});

describe('CSV records', () => {
  it('gives each record the line it starts on, across quoted line breaks and blank lines', () => {
    const { records } = parseCsvRecords('x.csv', 'a,b\n\n1,"2\nx"\n\n\n3,4\n');
    expect(records.map((r) => r.line)).toEqual([1, 3, 7]);
  });

  it('reports a file that ends inside a quoted field as truncated at that record', () => {
    const result = parseCsvRecords('x.csv', 'a,b\r\n1,2\r\n3,"4');
    expect(result.records).toHaveLength(2);
    expect(result.truncatedAtLine).toBe(3);
  });

  it('reports a file cut just after the opening quote of a record as truncated at that record', () => {
    // The parser reads the lone quote as an empty line and skips it.
    const result = parseCsvRecords('x.csv', 'a,b\n1,2\n"');
    expect(result.records).toHaveLength(2);
    expect(result.truncatedAtLine).toBe(3);
    expect(parseCsvRecords('x.csv', 'a,b\n1,"2\n"').truncatedAtLine).toBeUndefined();
  });

  it('finds a last row cut short with no line break after it, and only that', () => {
    const rows = (text: string) => dataRows(text, parseCsvRecords('x.csv', text), 0);
    expect(rows('a,b,c\n1,2,3\n4,"5"')).toEqual({ rows: [{ fields: ['1', '2', '3'], line: 2 }], truncatedAtLine: 3 });
    expect(rows('a,b,c\n1,2,3\n4,5\n').truncatedAtLine).toBeUndefined();
    expect(rows('a,b,c\n1,2,3\n4,5,6').truncatedAtLine).toBeUndefined();
  });

  it('refuses malformed CSV with its line (E_FORMAT)', () => {
    expect(() => parseCsvRecords('x.csv', 'a,b\n1,"2"x\n')).toThrowError(expect.objectContaining({ code: 'E_FORMAT' }));
  });
});

describe('XML records', () => {
  it('streams record elements one at a time, whatever their namespace prefix', () => {
    const seen: string[] = [];
    const root = streamXmlRecords(
      'x.xml',
      '<l:list xmlns:l="urn:x" date="2026"><l:item id="1"><l:name>A</l:name></l:item><l:item id="2"/></l:list>',
      (name, depth) => name === 'item' && depth === 1,
      (node) => seen.push(`${node.attrs.id}:${node.children[0]?.text ?? ''}`),
    );
    expect(root).toEqual({ name: 'list', attrs: { 'xmlns:l': 'urn:x', date: '2026' } });
    expect(seen).toEqual(['1:A', '2:']);
  });

  it('refuses malformed XML with line and column (E_XML_INVALID)', () => {
    expect(() =>
      streamXmlRecords(
        'x.xml',
        '<a><b></a>',
        () => true,
        () => {},
      ),
    ).toThrowError(expect.objectContaining({ code: 'E_XML_INVALID' }));
  });

  it('refuses an XML file cut off before its root closes (E_LIST_TRUNCATED)', () => {
    expect(() =>
      streamXmlRecords(
        'x.xml',
        '<list><item>1</item><item>',
        () => true,
        () => {},
      ),
    ).toThrowError(expect.objectContaining({ code: 'E_LIST_TRUNCATED' }));
  });
});
