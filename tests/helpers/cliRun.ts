import type { CliIO } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/program.js';

/** Runs the CLI in-process and captures what it prints, as a user's terminal would see it. */
export async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (l) => out.push(l), stderr: (l) => err.push(l), isTTY: false };
  const code = await runCli(args, io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}
