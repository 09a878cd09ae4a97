import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createBatchProgress } from '../../src/cli/commands/batchOutput.js';
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
