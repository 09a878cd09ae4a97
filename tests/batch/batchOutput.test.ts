import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createBatchProgress, openReportSink } from '../../src/cli/commands/batchOutput.js';
import type { CliIO } from '../../src/cli/io.js';

/** A stream that records what is written to it, posing as a terminal or as a pipe. */
function capture(isTTY: boolean) {
  const written: string[] = [];
  const stream = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        written.push(String(chunk));
        done();
      },
    }),
    { isTTY, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true },
  );
  const stdout: string[] = [];
  const io: CliIO = { stdout: (line) => stdout.push(line), stderr: () => {}, isTTY };
  return { stream, io, text: () => written.join(''), stdout };
}

describe('batch progress display', () => {
  it('draws a bar with the rows, rows/s and the ETA on a terminal, and erases it at the end', async () => {
    const out = capture(true);
    const progress = await createBatchProgress(
      out.io,
      { bytesRead: 0, totalBytes: 1000 },
      performance.now() - 2000,
      out.stream,
    );
    progress.update(1200);
    progress.stop();
    expect(out.text()).toMatch(/screening \|.*\| \d+% \| 1200 rows \| \d+ rows\/s \| ETA \w+/);
    // clearOnComplete: the last thing written erases the bar's line.
    expect(out.text().endsWith('\u001b[2K')).toBe(true);
  });

  it('clears the bar before an alert line and saves the cursor below it', async () => {
    const out = capture(true);
    const progress = await createBatchProgress(out.io, { bytesRead: 0, totalBytes: 1000 }, 0, out.stream);
    const before = out.text().length;
    progress.interrupt(() => out.io.stdout('ALERT   row 3 V-1002'));
    progress.stop();
    expect(out.stdout).toEqual(['ALERT   row 3 V-1002']);
    expect(out.text().slice(before)).toMatch(/^\r\u001b\[2K\u001b7/);
  });

  it('writes nothing when stderr is a pipe or a log, and still prints the alert lines', async () => {
    const out = capture(false);
    const progress = await createBatchProgress(out.io, { bytesRead: 0, totalBytes: 1000 }, 0, out.stream);
    progress.update(10);
    progress.interrupt(() => out.io.stdout('ALERT   row 3 V-1002'));
    progress.stop();
    expect(out.text()).toBe('');
    expect(out.stdout).toEqual(['ALERT   row 3 V-1002']);
  });
});

describe('report file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'report-sink-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('holds every line written, in order, once closed: lines are gathered into buffers before they reach the disk', async () => {
    const path = join(dir, 'report.csv');
    const sink = await openReportSink(path);
    const lines: string[] = [];
    // Enough lines to cross the joining size several times, and a last piece left over for close().
    for (let row = 1; row <= 3000; row++) {
      const line = `"${row}","V-${row}","Müller Beyoğlu Ticaret ${'x'.repeat(row % 97)}","clear"\r\n`;
      lines.push(line);
      await sink.write(line);
    }
    await sink.write('');
    // A piece larger than the sink's buffer (an HTML report's closing section can be) goes through whole.
    const large = `<footer>${'Beyoğlu 𝒜 '.repeat(30_000)}</footer>`;
    lines.push(large);
    await sink.write(large);
    lines.push('last line\r\n');
    await sink.write('last line\r\n');
    await sink.close();
    expect(readFileSync(path, 'utf8')).toBe(lines.join(''));
  });

  it('fails the run when the report cannot be written, instead of losing lines', async () => {
    const path = join(dir, 'missing-folder', 'report.csv');
    await expect(openReportSink(path)).rejects.toThrow(/ENOENT/);
  });
});
