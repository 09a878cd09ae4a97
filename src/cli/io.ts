/** Where the CLI writes; tests pass collectors, main passes the process streams. */
export interface CliIO {
  stdout(line: string): void;
  stderr(line: string): void;
  /** True when stderr is an interactive terminal (progress bars only then). */
  isTTY: boolean;
}

/** The process's own streams. */
export const processIO: CliIO = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  isTTY: Boolean(process.stderr.isTTY),
};
