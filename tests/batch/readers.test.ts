import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BatchRow } from '../../src/batch/batchRow.js';
import { describeMapping, resolveColumnMapping } from '../../src/batch/columns/columnMapping.js';
import { openBatchFile } from '../../src/batch/readers/openBatchFile.js';
import { sniffDelimiter, sniffEncoding } from '../../src/batch/readers/sniffText.js';
import { InputError } from '../../src/errors.js';
import { fixturePath } from '../helpers/sharedLists.js';
import { tempDir } from '../helpers/tempDir.js';

async function rowsOf(relative: string, options: Parameters<typeof openBatchFile>[1] = {}) {
  const input = await openBatchFile(fixturePath(`batch/${relative}`), options);
  const rows: BatchRow[] = [];
  for await (const row of input.rows) rows.push(row);
  return { input, rows };
}

describe('CSV input', () => {
  it('reads a UTF-8 CSV with a byte-order mark and maps Vendor ID / Vendor Name / VAT', async () => {
    const { input, rows } = await rowsOf('vendors-bom.csv');
    expect(input.facts).toMatchObject({
      encoding: 'utf-8',
      delimiter: ',',
      nameColumn: 'Vendor Name',
      keyColumn: 'Vendor ID',
      taxIdColumn: 'VAT',
    });
    expect(rows[0]).toEqual({
      row: 2,
      key: 'V-1001',
      name: 'Müller Logistik GmbH',
      country: 'DE',
      identifiers: [{ type: 'taxId', value: 'DE811234567' }],
    });
    expect(rows.map((r) => r.name)).toContain('Anadolu Tekstil Sanayi A.Ş.');
  });

  it('keeps the row with an empty name as a row, and a quoted comma inside the name', async () => {
    const { rows } = await rowsOf('vendors-bom.csv');
    expect(rows.find((r) => r.key === 'V-1003')).toMatchObject({ row: 4, name: '' });
    expect(rows.find((r) => r.key === 'V-1009')?.name).toBe('Smith & Sons, Plumbing');
  });

  it('numbers a name wrapped over two lines by the line it starts on, and joins the lines', async () => {
    const { rows } = await rowsOf('vendors-bom.csv');
    expect(rows.at(-1)).toMatchObject({ row: 11, key: 'V-1010', name: 'Baltic Amber Trading OÜ' });
  });

  it('reads a Latin-1 (Windows-1252) CSV with semicolons, German headers and no id column', async () => {
    const { input, rows } = await rowsOf('vendors-latin1-semicolon.csv');
    expect(input.facts).toMatchObject({
      encoding: 'windows-1252',
      delimiter: ';',
      nameColumn: 'Lieferant',
      countryColumn: 'Land',
    });
    expect(rows.map((r) => r.name)).toEqual([
      'Müller Logistik GmbH',
      'Société Générale de Café SARL',
      'PMC Wagner',
      'Bäckerei Schröder & Söhne',
    ]);
    // Without an id column the name is the key, so an accept-list decision survives a re-sorted file.
    expect(rows[2]?.key).toBe('name:PMC Wagner');
  });

  it('keeps a stray quote inside a name as text and reports an unclosed quote as an error row with its line', async () => {
    const { rows } = await rowsOf('vendors-quotes-crlf.csv');
    expect(rows.map((r) => [r.row, r.key, r.name || r.error?.slice(0, 30)])).toEqual([
      [2, '1', 'Acme "Best" Ltd'],
      [3, '2', 'Multi line Ltd'],
      [5, '3', '"Bad "quote" Ltd'],
      [6, '4', 'Nordic Timber AB'],
      [7, 'row:7', 'line 7 is not valid CSV: Quote'],
    ]);
  });

  it('refuses a file without a name column, naming the file and the columns it has', async () => {
    const error = await openBatchFile(fixturePath('batch/vendors-no-name.csv')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain('vendors-no-name.csv');
    expect((error as InputError).message).toContain('no name column found');
    expect((error as InputError).message).toContain('"Vendor No", "City", "Postcode"');
  });

  it('takes the name column from --name-column and refuses a flag naming a column the file lacks', async () => {
    const { rows } = await rowsOf('vendors-no-name.csv', { columns: { name: 'City', key: 'vendor no' } });
    expect(rows[0]).toMatchObject({ key: 'V-1', name: 'Berlin' });
    await expect(
      openBatchFile(fixturePath('batch/vendors-no-name.csv'), { columns: { name: 'Supplier' } }),
    ).rejects.toThrow(/no column "Supplier" \(given with --name-column\)/);
  });
});

describe('column mapping without flags', () => {
  it('recognises id, company, country, dob, tax_id and type headers', () => {
    const mapping = resolveColumnMapping('parties.csv', ['ID', 'Company', 'Country', 'DOB', 'Tax ID', 'Type']);
    expect(describeMapping(mapping)).toEqual({
      keyColumn: 'ID',
      nameColumn: 'Company',
      countryColumn: 'Country',
      birthDateColumn: 'DOB',
      schemaColumn: 'Type',
      taxIdColumn: 'Tax ID',
    });
  });
});

describe('accounting for every line', () => {
  const dir = tempDir('batch-readers-');

  it('counts the lines of bare delimiters it passes over, and reports the progress of the records handed out', async () => {
    const file = join(dir, 'blank-lines.csv');
    const text = 'id;name;country\n1;Nordic Timber AB;SE\n;;\n\n2;;DE\n;;\n3;Acme Ltd;GB\n';
    writeFileSync(file, text);
    const input = await openBatchFile(file);
    expect(input.progress).toEqual({ bytesRead: 0, totalBytes: text.length });
    const rows: BatchRow[] = [];
    const progressAt: number[] = [];
    for await (const row of input.rows) {
      rows.push(row);
      progressAt.push(input.progress.bytesRead);
    }
    // The file is read in one go, but the progress follows the records handed out.
    expect(progressAt[0]).toBe('id;name;country\n1;Nordic Timber AB;SE\n'.length);
    // Line 5 has an id but no name: a row (reported as empty); lines 3 and 6 hold nothing at all.
    expect(rows.map((r) => [r.row, r.key, r.name])).toEqual([
      [2, '1', 'Nordic Timber AB'],
      [5, '2', ''],
      [7, '3', 'Acme Ltd'],
    ]);
    expect(input.blank.records).toBe(2);
    expect(input.progress.bytesRead).toBe(text.length);
  });

  it('reads Excel\'s "Unicode text" export: UTF-16 with a byte-order mark, tab-separated', async () => {
    const file = join(dir, 'unicode-text.txt');
    const text = '\uFEFFVendor ID\tVendor Name\tCountry\r\nV-1\tЧВК Вагнер\tRU\r\nV-2\tBäckerei Schröder\tDE\r\n';
    writeFileSync(file, Buffer.from(text, 'utf16le'));
    const input = await openBatchFile(file, { format: 'csv' });
    const rows: BatchRow[] = [];
    for await (const row of input.rows) rows.push(row);
    expect(input.facts).toMatchObject({ encoding: 'utf-16le', delimiter: 'tab', nameColumn: 'Vendor Name' });
    expect(rows.map((r) => [r.row, r.key, r.name, r.country])).toEqual([
      [2, 'V-1', 'ЧВК Вагнер', 'RU'],
      [3, 'V-2', 'Bäckerei Schröder', 'DE'],
    ]);
  });

  it('reads any one-character delimiter it is given', async () => {
    const file = join(dir, 'caret.csv');
    writeFileSync(file, 'id^name\n1^Smith, Jones & Co\n');
    const input = await openBatchFile(file, { delimiter: '^' });
    const rows: BatchRow[] = [];
    for await (const row of input.rows) rows.push(row);
    expect(input.facts.delimiter).toBe('^');
    expect(rows).toEqual([{ row: 2, key: '1', name: 'Smith, Jones & Co' }]);
  });
});

describe('delimiter and encoding detection', () => {
  it('detects comma, semicolon, tab and pipe', () => {
    expect(sniffDelimiter('name,country\nAcme,DE\n')).toBe(',');
    expect(sniffDelimiter('Name;Land;Betrag\n"Müller, Hans";DE;1,50\nAcme;FR;2,00\n')).toBe(';');
    expect(sniffDelimiter('name\tcountry\nSmith, John\tGB\n')).toBe('\t');
    expect(sniffDelimiter('id|name|country\n1|Acme, Inc.|US\n')).toBe('|');
    expect(sniffDelimiter('name\nAcme\n')).toBe(',');
  });

  it('tells UTF-8 from Windows-1252 and honours byte-order marks', () => {
    expect(sniffEncoding(new TextEncoder().encode('Müller'), true)).toEqual({ encoding: 'utf-8', bomLength: 0 });
    expect(sniffEncoding(new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]), true).encoding).toBe('windows-1252');
    expect(sniffEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), true)).toEqual({ encoding: 'utf-8', bomLength: 3 });
    expect(sniffEncoding(new Uint8Array([0xff, 0xfe, 0x41, 0x00]), true)).toEqual({
      encoding: 'utf-16le',
      bomLength: 2,
    });
    // A multi-byte character cut at the end of the sniffed head is not taken for invalid UTF-8.
    expect(sniffEncoding(new Uint8Array([0x4d, 0xc3]), false).encoding).toBe('utf-8');
  });
});

describe('XLSX input', () => {
  it('finds the header under a title row and merged group headers, and reads the sheet by streaming', async () => {
    const { input, rows } = await rowsOf('vendors-merged.xlsx');
    expect(input.facts).toMatchObject({
      sheet: 'Suppliers',
      headerRow: '3',
      keyColumn: 'Vendor ID',
      nameColumn: 'Name',
      countryColumn: 'Country',
      schemaColumn: 'Type',
      birthDateColumn: 'Founded',
      taxIdColumn: 'VAT',
    });
    expect(rows[0]).toEqual({
      row: 4,
      key: 'V-1001',
      name: 'Müller Logistik GmbH',
      schema: 'organization',
      country: 'Germany',
      birthDate: '1998-03-01',
      identifiers: [{ type: 'taxId', value: 'DE811234567' }],
    });
    expect(rows.find((r) => r.key === 'V-1003')).toMatchObject({ row: 6, name: '' });
    expect(rows.find((r) => r.key === 'V-1004')?.birthDate).toBe('2022');
  });

  it('accepts the combined group label ("Vendor Name") as a column flag', async () => {
    const { rows } = await rowsOf('vendors-merged.xlsx', {
      columns: { name: 'Vendor Name', country: 'Vendor Country' },
    });
    expect(rows[1]).toMatchObject({ key: 'V-1002', name: 'PMC Wagner', country: 'RU' });
  });
});

describe('JSON lines input', () => {
  it('joins first and last name into a person name and reports a line that is not JSON', async () => {
    const { input, rows } = await rowsOf('customers.jsonl');
    expect(input.facts).toMatchObject({
      firstNameColumn: 'first_name',
      lastNameColumn: 'last_name',
      keyColumn: 'customer_id',
    });
    expect(rows[1]).toEqual({
      row: 2,
      key: 'C-2',
      name: 'Dmitriy Utkin',
      schema: 'person',
      country: 'RU',
      birthDate: '1970-06-11',
    });
    expect(rows.find((r) => r.row === 4)?.error).toMatch(/^line 4 is not valid JSON/);
    expect(rows.find((r) => r.key === 'C-3')).toMatchObject({ name: '', country: 'FR' });
    expect(rows).toHaveLength(5);
  });
});
