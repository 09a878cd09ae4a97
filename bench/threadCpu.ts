/**
 * CPU seconds per thread of this process, from /proc (Linux): what the batch benchmark uses to tell the main
 * thread's share from the workers', and so to project the rate on more cores. Empty elsewhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** CPU seconds (user + system) of each thread of this process, by thread id. */
export function threadCpuSeconds(): Map<number, number> {
  const out = new Map<number, number>();
  if (!existsSync('/proc/self/task')) return out;
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // Fields after the ")" that closes the thread name: utime and stime are the 12th and 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // The thread ended between listing and reading.
    }
  }
  return out;
}

/** CPU seconds each thread spent between two readings (threads started in between count from zero). */
export function cpuSince(before: Map<number, number>, after: Map<number, number>): Map<number, number> {
  const out = new Map<number, number>();
  for (const [tid, seconds] of after) out.set(tid, seconds - (before.get(tid) ?? 0));
  return out;
}
