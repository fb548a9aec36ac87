// -j asks for worker threads; more than the machine has cores only costs memory (-j 5000
// would start 5000 threads), so it is bounded by them.
import { availableParallelism } from 'node:os';

export function boundJobs(requested: number): number {
  return Math.min(requested, availableParallelism());
}
