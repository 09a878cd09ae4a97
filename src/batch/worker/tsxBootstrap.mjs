// Starts a screening worker from TypeScript source (tests, `npm run screen`): Node 20 does not apply the
// parent's --import tsx to worker threads, so the worker registers tsx itself, then loads the real module.
// The built package never uses this file: its worker is plain JavaScript.
import { workerData } from 'piscina';
import { register } from 'tsx/esm/api';

register();
const worker = await import(workerData.entry);

export default worker.default;
