import { Command, CommanderError } from 'commander';
import { registerBatchCommand } from './commands/batch.js';
import { registerExposureCommand } from './commands/exposure.js';
import { registerInspectCommand } from './commands/inspect.js';
import { registerListsCommand } from './commands/lists.js';
import { registerScreenCommand } from './commands/screen.js';
import { registerTxCommand } from './commands/tx.js';
import { reportError } from './errors.js';
import type { CliIO } from './io.js';

/**
 * Runs the CLI with these arguments (without `node` and the script) and returns the exit code:
 * 0 clear, 1 match or alert (or rejected records for `lists`/`inspect`), 2 error.
 */
export async function runCli(args: string[], io: CliIO): Promise<number> {
  let exitCode = 0;
  const setExit = (code: number) => {
    exitCode = code;
  };
  const program = new Command()
    .name('sanctions-screen')
    .description('Screen names, vendor files and payments against sanctions lists.')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text.trimEnd()),
      writeErr: (text) => io.stderr(text.trimEnd()),
    });
  registerScreenCommand(program, io, setExit);
  registerListsCommand(program, io, setExit);
  registerInspectCommand(program, io, setExit);
  registerTxCommand(program, io, setExit);
  registerExposureCommand(program, io, setExit);
  registerBatchCommand(program, io, setExit);
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    return reportError(error, io.stderr);
  }
  return exitCode;
}
