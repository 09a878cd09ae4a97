import { ScreeningError } from '../errors.js';

/** Exit codes for scripts: 0 clear, 1 match/alert, 2 error. */
export const EXIT = { clear: 0, alert: 1, error: 2 } as const;

/**
 * Prints an error the way a compliance engineer needs it (code and what to do) and returns exit code 2.
 * Only unexpected errors print a stack trace, since they are bugs to report.
 */
export function reportError(error: unknown, stderr: (line: string) => void): number {
  if (error instanceof ScreeningError) {
    stderr(`error [${error.code}]: ${error.message}`);
  } else if (error instanceof Error && 'code' in error && error.code === 'commander.unknownOption') {
    stderr(error.message);
  } else {
    stderr(
      `internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  }
  return EXIT.error;
}
