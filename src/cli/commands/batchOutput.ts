import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { ReadProgress } from '../../batch/readers/tabularInput.js';
import type { CliIO } from '../io.js';

/** A report file written with backpressure: `write` waits when the disk is slower than screening. */
export interface ReportSink {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * The report is handed to the file stream in buffers of this many bytes, each filled by encoding the text written
 * straight into it. A CSV report is a line per row (a million-row run writes a million lines of ~500 bytes); each
 * line written on its own cost the calling thread ~6 µs in the stream's per-write work and its own encoding, and
 * lines joined into one string first still ~4 µs, the joined text copied once more before it was encoded.
 * Encoded into a buffer, ~2 µs.
 */
const BUFFER_BYTES = 128 * 1024;

/** Opens the `--out` report file for streaming writes. */
export async function openReportSink(path: string): Promise<ReportSink> {
  const stream = createWriteStream(path);
  let failure: Error | undefined;
  stream.on('error', (error) => {
    failure = error;
  });
  await once(stream, 'open');
  let buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  let used = 0;
  const send = async (chunk: Buffer | string) => {
    if (!stream.write(chunk)) await once(stream, 'drain');
  };
  const flush = async () => {
    if (used === 0) return;
    // The stream keeps the filled buffer until it is on disk: later text goes into a new one.
    const filled = buffer.subarray(0, used);
    buffer = Buffer.allocUnsafe(BUFFER_BYTES);
    used = 0;
    await send(filled);
  };
  return {
    write: async (text) => {
      if (failure) throw failure;
      if (!text) return;
      // A UTF-16 code unit takes at most three bytes in UTF-8.
      if (used + text.length * 3 > BUFFER_BYTES) await flush();
      if (text.length * 3 > BUFFER_BYTES) await send(text);
      else used += buffer.write(text, used);
    },
    close: async () => {
      if (!failure) await flush();
      await new Promise<void>((resolve, reject) => {
        stream.end((error?: Error | null) => (error || failure ? reject(error ?? failure) : resolve()));
      });
    },
  };
}

/** The progress display of a batch run: a bar on an interactive terminal, nothing in a pipe or a log. */
export interface BatchProgress {
  update(rows: number): void;
  /** Prints a line (an alert on stdout) without leaving a torn bar behind it; the bar redraws below. */
  interrupt(print: () => void): void;
  stop(): void;
}

/**
 * A progress bar (cli-progress) with rows, rows/s and the ETA from the bytes read, on stderr, only when stderr
 * is a terminal (`io.isTTY`); otherwise a no-op so pipes and CI logs stay quiet. `stream` is for tests.
 */
export async function createBatchProgress(
  io: CliIO,
  progress: ReadProgress,
  started: number,
  stream: NodeJS.WritableStream = process.stderr,
): Promise<BatchProgress> {
  if (!io.isTTY) return { update: () => {}, interrupt: (print) => print(), stop: () => {} };
  const { SingleBar, Presets } = await import('cli-progress');
  const bar = new SingleBar(
    {
      format: 'screening |{bar}| {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted}',
      stream,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 5,
    },
    Presets.shades_classic,
  );
  bar.start(progress.totalBytes, 0, { rows: 0, rate: 0 });
  // The first update always draws: performance.now() may be under 200 ms in a young process or worker.
  let last = Number.NEGATIVE_INFINITY;
  return {
    update: (rows) => {
      const now = performance.now();
      if (now - last < 200) return;
      last = now;
      const rate = Math.round(rows / Math.max(0.001, (now - started) / 1000));
      bar.update(Math.min(progress.bytesRead, progress.totalBytes), { rows, rate });
    },
    interrupt: (print) => {
      // Carriage return and erase-line: the bar's line is blank again before the alert takes it. Then save the
      // cursor where the bar now is, as cli-progress did at start: it returns there to erase the bar at the end.
      stream.write('\r\x1b[2K');
      print();
      stream.write('\x1b7');
    },
    stop: () => bar.stop(),
  };
}
