/**
 * Entry point of an ingest worker thread (bundled as `dist/ingest-worker.js`). It claims files
 * from the shared queue `readAll` set up, reads each exactly as the main thread would, and posts
 * every outcome back. It never throws at its parent: a file whose reading fails is reported as
 * failed and read again on the main thread, where the error belongs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readInput } from './index.js';
import { WORKER_KIND, type WorkerJob, type WorkerMessage } from './worker-pool.js';
import { packOutcome, transferList } from './worker-transfer.js';

async function work(job: WorkerJob, post: (message: WorkerMessage) => void): Promise<void> {
  const counter = new Int32Array(job.next);
  for (;;) {
    const entry = job.queue[Atomics.add(counter, 0, 1)];
    if (entry === undefined) break;
    try {
      post({ type: 'outcome', index: entry.index, outcome: packOutcome(await readInput(entry.file, job.task)) });
    } catch {
      post({ type: 'failed', index: entry.index });
    }
  }
  post({ type: 'done' });
}

const job = workerData as Partial<WorkerJob> | null;
if (parentPort !== null && job?.kind === WORKER_KIND) {
  const port = parentPort;
  // The request columns are handed over, not copied.
  const transfer = (message: WorkerMessage): ArrayBuffer[] =>
    message.type === 'outcome' ? transferList(message.outcome) : [];
  void work(job as WorkerJob, (message) => port.postMessage(message, transfer(message)));
}
