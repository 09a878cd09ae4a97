import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The calling thread's full garbage collection (see {@link HeapBudget}), or undefined where Node refuses it. */
function fullCollection(): (() => void) | undefined {
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('gc');
  return typeof gc === 'function' ? (gc as () => void) : undefined;
}

/**
 * Collects the calling thread's garbage now, once (Node only; sets `--expose-gc` as {@link HeapBudget} does): for a
 * thread that has just let go of much, before more threads start beside it.
 */
export function collectGarbageNow(): void {
  fullCollection()?.();
}

/**
 * The heap slack, in MB, of a batch run's calling thread once the workers hold the lists (the CLI's, and the batch
 * bench's, which runs as the CLI does). It holds ~40 MB live, so a full collection is cheap: 32 MB rather than 64
 * saved ~20 MB of peak for ~2% more time (400,000 rows, two runs each).
 */
export const CALLING_THREAD_SLACK_MB = 32;

/**
 * Keeps a thread's heap within a budget above what it holds live, for the long runs of batch screening (Node
 * only: the worker threads and the CLI use it). V8 sizes a heap from what was live at its last full collection
 * and lets it grow to several times that before the next one. In a batch run nearly all of that growth is
 * garbage: a screening worker holds about 75 MB live, yet its heap grew to 320 MB between full collections; the
 * calling thread, after parsing 150 MB of lists it then hands to the workers, kept the heap size that parsing
 * set. A full collection whenever the heap outgrows the live set by `slackMB` keeps it near live + slack, at
 * the cost of one full collection (50–90 ms) every few ten thousand rows. Constructing the budget collects
 * once, so set-up garbage goes at once. Measured figures in the README.
 *
 * Node gives scripts no collection without `--expose-gc`; the flag, set now, gives a fresh context the `gc`
 * function, which collects the calling thread's heap. Where that fails, the budget does nothing.
 */
export class HeapBudget {
  private readonly collect: (() => void) | undefined;
  private readonly slackBytes: number;
  private ceiling: number;

  constructor(slackMB: number) {
    this.slackBytes = slackMB * 2 ** 20;
    this.collect = fullCollection();
    this.ceiling = this.collectNow();
  }

  /** Collects when the heap has outgrown the budget: call between units of work. */
  check(): void {
    if (this.collect && getHeapStatistics().used_heap_size > this.ceiling) this.ceiling = this.collectNow();
  }

  private collectNow(): number {
    this.collect?.();
    return getHeapStatistics().used_heap_size + this.slackBytes;
  }
}
